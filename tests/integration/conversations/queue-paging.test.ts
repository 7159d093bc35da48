// The queue read page by page through ConversationService, as the virtualized list reads it: the
// pages join into exactly the whole queue in due order (ties and conversations without a clock
// included), and the count says how many rows the pages add up to.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calls, type QueueItem } from '../../../shared/contract';
import { ConversationService } from '../../../electron/core/conversations/conversation-service';
import { inbound, openTempStore, removeDir, seedWorkspace, setClock } from '../store/fixtures';

let store: Awaited<ReturnType<typeof openTempStore>>;
const now = 1_700_000_000_000;

beforeEach(async () => {
  store = await openTempStore();
});

afterEach(() => {
  store.close();
  removeDir(store.dataDir);
});

/** 250 open conversations: due times with ties every few rows, and every tenth with no clock. */
function seedQueue() {
  const workspace = seedWorkspace(store, now);
  const ids: number[] = [];
  for (let index = 0; index < 250; index += 1) {
    const channel = index % 3 === 0 ? workspace.alpineX : workspace.ginoPage;
    const [id] = store.messages.ingest([inbound(channel.id, `dm-${index}`, `Messaggio ${index}`, now - 60_000 + index)], now).conversationIds;
    ids.push(id!);
    setClock(store, id!, null, index % 10 === 0 ? null : now + Math.floor(index / 4) * 60_000);
  }
  return { workspace, ids };
}

function readAllPages(service: ConversationService, filter: Parameters<ConversationService['queue']>[0], limit: number): QueueItem[][] {
  const pages: QueueItem[][] = [];
  let last: QueueItem | undefined;
  for (;;) {
    const page = service.queue({ ...filter, limit, ...(last ? { after: { slaDueAt: last.slaDueAt, id: last.id } } : {}) });
    if (page.length === 0) return pages;
    pages.push(page);
    last = page.at(-1);
  }
}

describe('queue paging', () => {
  it('joins pages into the whole queue, in due order, each row once, clockless rows last', () => {
    seedQueue();
    const service = new ConversationService(store, () => now);
    const whole = store.db
      .prepare("SELECT id FROM conversations WHERE status = 'open' ORDER BY coalesce(sla_due_at, 9007199254740991), id")
      .pluck()
      .all() as number[];
    const pages = readAllPages(service, {}, 40);
    expect(pages.map((page) => page.length)).toEqual([40, 40, 40, 40, 40, 40, 10]);
    expect(pages.flat().map((item) => item.id)).toEqual(whole);
    expect(pages.flat().slice(-25).every((item) => item.slaDueAt === null)).toBe(true);
    expect(service.queueCount()).toBe(250);
  });

  it('pages and counts a filtered queue the same way', () => {
    const { workspace } = seedQueue();
    const service = new ConversationService(store, () => now);
    const pages = readAllPages(service, { channelKinds: ['x'] }, 30);
    const rows = pages.flat();
    expect(rows).toHaveLength(84);
    expect(new Set(rows.map((item) => item.id)).size).toBe(84);
    expect(rows.every((item) => item.channelKind === 'x' && item.brandId === workspace.outdoor.id)).toBe(true);
    expect(service.queueCount({ channelKinds: ['x'] })).toBe(84);
    expect(service.queueCount({ brandIds: [workspace.pizzeria.id] })).toBe(166);
    // Rows 1–3 are due exactly now: breached.
    expect(service.queueCount({ slaState: 'breached' })).toBe(3);
    expect(service.queueCount({ status: 'closed' })).toBe(0);
  });

  it('counts a tag nobody created as an empty queue', () => {
    seedQueue();
    const service = new ConversationService(store, () => now);
    expect(service.queueCount({ tag: 'nessuno' })).toBe(0);
    expect(service.queue({ tag: 'nessuno' })).toEqual([]);
  });

  it('keeps the old call shape: no paging parameters read the first 100 rows', () => {
    seedQueue();
    const service = new ConversationService(store, () => now);
    expect(service.queue()).toHaveLength(100);
  });

  it('refuses a page size or cursor the contract does not allow', () => {
    const params = calls['queue.list'].params;
    expect(params.safeParse({ limit: 0 }).success).toBe(false);
    expect(params.safeParse({ limit: 501 }).success).toBe(false);
    expect(params.safeParse({ after: { id: 3 } }).success).toBe(false);
    expect(params.safeParse({ limit: 500, after: { slaDueAt: null, id: 3 } }).success).toBe(true);
    expect(calls['queue.count'].params.safeParse({ limit: 10 }).success).toBe(false);
  });
});
