// The hot queries keep their indexes: a change to the schema or to a query that loses one fails
// here instead of making the console slow for someone with 100k conversations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brandClocksPageSql } from '../../../electron/core/sla/sla-clocks';
import { queueCountQuery, queueQuery, type QueueFilter } from '../../../electron/core/store/repositories/conversations';
import { threadPageSql } from '../../../electron/core/store/repositories/messages';
import { pendingByAccountSql } from '../../../electron/core/store/repositories/outbox';
import { messageSearchQuery } from '../../../electron/core/store/repositories/search';
import type { Store } from '../../../electron/core/store/store';
import { openTempStore, removeDir } from './fixtures';

describe('query plans', () => {
  let store: Store & { dataDir: string };
  beforeAll(async () => {
    store = await openTempStore();
  });
  afterAll(() => {
    store.close();
    removeDir(store.dataDir);
  });

  /** Every step of the plan, in order. */
  function plan(sql: string, params: Record<string, unknown> = {}): string[] {
    return (store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as Array<{ detail: string }>).map((row) => row.detail);
  }

  function expectNoFullScanOrSort(steps: string[]): void {
    // "SCAN <table>" without an index reads the whole table; the FTS index is searched, not read.
    expect(steps.filter((step) => /^SCAN /.test(step) && !/VIRTUAL TABLE INDEX/.test(step))).toEqual([]);
    expect(steps.filter((step) => /TEMP B-TREE FOR ORDER BY/.test(step))).toEqual([]);
  }

  it.each<[string, QueueFilter, string]>([
    ['whole queue', {}, 'conversations_queue (status=?)'],
    ['my queue', { assignee: 'ada' }, 'conversations_my_queue (assignee=? AND status=?)'],
    ['one brand', { brandIds: [1] }, 'conversations_brand_queue (brand_id=? AND status=?)'],
    ['one channel', { channelIds: [1] }, 'conversations_channel_queue (channel_id=? AND status=?)'],
    ['breached', { slaState: 'breached' }, 'conversations_queue (status=? AND sla_sort_key<?)'],
    ['next page', { after: { slaSortKey: 1, id: 1 } }, 'conversations_queue (status=? AND (sla_sort_key,rowid)>(?,?))'],
    ['tagged', { tagId: 1 }, 'conversations_queue (status=?)'],
    ['one kind of channel', { channelKinds: ['instagram', 'x'] }, 'conversations_queue (status=?)'],
  ])('queue: %s walks %s in due order', (_name, filter, index) => {
    const { sql, params } = queueQuery(filter, Date.now());
    const steps = plan(sql, params);
    expect(steps).toContain(`SEARCH c USING INDEX ${index}`);
    expect(steps).toContain('SEARCH m USING INDEX messages_thread (conversation_id=?)');
    expectNoFullScanOrSort(steps);
  });

  it('pending replies: only the undelivered rows of outbox_pending, then rows by id', () => {
    const steps = plan(pendingByAccountSql);
    expect(steps).toContain('SEARCH o USING INDEX outbox_pending (state=?)');
    expect(steps).toContain('SEARCH c USING INTEGER PRIMARY KEY (rowid=?)');
    expect(steps).toContain('SEARCH ch USING INTEGER PRIMARY KEY (rowid=?)');
    expect(steps.filter((step) => /^SCAN /.test(step))).toEqual([]);
  });

  it.each<[string, QueueFilter, string]>([
    ['whole queue', {}, 'SEARCH c USING COVERING INDEX conversations_queue (status=?)'],
    ['one brand', { brandIds: [1] }, 'SEARCH c USING COVERING INDEX conversations_brand_queue (brand_id=? AND status=?)'],
    ['breached', { slaState: 'breached' }, 'SEARCH c USING INDEX conversations_queue (status=? AND sla_sort_key<?)'],
    ['one kind of channel', { channelKinds: ['instagram'] }, 'SEARCH c USING INDEX conversations_queue (status=?)'],
  ])('queue count: %s reads %s', (_name, filter, step) => {
    const { sql, params } = queueCountQuery(filter, Date.now());
    const steps = plan(sql, params);
    expect(steps).toContain(step);
    expectNoFullScanOrSort(steps);
  });

  it('thread page: one range of messages_thread', () => {
    const steps = plan(threadPageSql, { conversationId: 1, beforeCreatedAt: 2, beforeId: 3, limit: 50 });
    expect(steps).toEqual(['SEARCH messages USING INDEX messages_thread (conversation_id=? AND (created_at,rowid)<(?,?))']);
  });

  it('search: the FTS index, then rows by id, newest first without sorting', () => {
    const query = messageSearchQuery('perche', { brandIds: [1, 2], direction: 'inbound' })!;
    const steps = plan(query.sql, query.params);
    expect(steps[0]).toMatch(/^SCAN message_search VIRTUAL TABLE INDEX \d+:M/);
    expect(steps.slice(1)).toEqual(['SEARCH m USING INTEGER PRIMARY KEY (rowid=?)', 'SEARCH c USING INTEGER PRIMARY KEY (rowid=?)']);
    expectNoFullScanOrSort(steps);
  });

  it('customer history and badge counts use their indexes', () => {
    const history = plan(
      'SELECT c.id FROM conversations c JOIN channels ch ON ch.id = c.channel_id WHERE c.contact_id = 1 ORDER BY c.last_message_at DESC LIMIT 50',
    );
    expect(history[0]).toBe('SEARCH c USING INDEX conversations_contact (contact_id=?)');
    expectNoFullScanOrSort(history);
    const badges = plan("SELECT brand_id, count(*) FROM conversations WHERE status = 'open' GROUP BY brand_id");
    expect(badges[0]).toBe('SEARCH conversations USING INDEX conversations_queue (status=?)');
  });

  it.each([
    ['the next threshold', 'SELECT min(sla_next_alert_at) FROM conversations WHERE sla_next_alert_at IS NOT NULL', 'conversations_next_alert'],
    ['what is due', 'SELECT id FROM conversations WHERE sla_next_alert_at <= 1 ORDER BY sla_next_alert_at LIMIT 10', 'conversations_next_alert (sla_next_alert_at<?)'],
    ['the at-risk count', 'SELECT count(*), sum(sla_due_at <= 1) FROM conversations WHERE sla_warning_at IS NOT NULL AND sla_warning_at <= 1', 'USING COVERING INDEX conversations_at_risk'],
    ['a page of a brand’s clocks to recompute', brandClocksPageSql, 'SEARCH c USING INTEGER PRIMARY KEY (rowid>?)'],
  ])('SLA clocks and alerts find %s through an index', (_name, sql, index) => {
    const steps = plan(sql, sql.includes('@brandId') ? { brandId: 1, afterId: 0, limit: 10 } : {});
    expect(steps.join(' | ')).toContain(index);
    expect(steps.filter((step) => /^SCAN conversations$/.test(step) || /TEMP B-TREE/.test(step))).toEqual([]);
  });
});
