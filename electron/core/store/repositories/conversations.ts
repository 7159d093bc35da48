// The queue: open conversations ordered by SLA urgency, filtered the ways an agent, a freelancer
// and a supervisor slice it, and the counts behind the badges. Each shape of filter lands on an
// index chosen for it in migration 0001; tests/integration/store/query-plans.test.ts keeps it so.
import type Database from 'better-sqlite3';
import { integerList } from '../sql';
import type { ChannelKind } from './accounts';

export type ConversationStatus = 'open' | 'pending' | 'snoozed' | 'closed';
export type ConversationKind = 'dm' | 'comments';
/** `attention`: at risk or breached, i.e. past the warning time. */
export type SlaState = 'ok' | 'at_risk' | 'breached' | 'attention';

export interface QueueFilter {
  /** Exactly these conversations (in any status unless `status` is given). */
  ids?: readonly number[];
  /** Only conversations assigned to this agent (a team workspace); absent: everyone's. */
  assignee?: string;
  brandIds?: readonly number[];
  channelIds?: readonly number[];
  /** Facebook, Instagram, X…: every channel of that kind. */
  channelKinds?: readonly ChannelKind[];
  tagId?: number;
  kind?: ConversationKind;
  status?: ConversationStatus;
  slaState?: SlaState;
  limit?: number;
  /** Keyset paging: the last row of the previous page. */
  after?: { slaSortKey: number; id: number };
}

export interface QueueRow {
  id: number;
  brandId: number;
  channelId: number;
  channelKind: ChannelKind;
  kind: ConversationKind;
  status: ConversationStatus;
  subject: string | null;
  contactName: string | null;
  priority: number;
  snoozedUntil: number | null;
  unreadCount: number;
  lastMessageAt: number | null;
  lastMessageText: string | null;
  slaStage: string | null;
  slaWarningAt: number | null;
  slaDueAt: number | null;
  slaSortKey: number;
}

export interface BadgeCounts {
  brandId: number;
  open: number;
  unread: number;
  atRisk: number;
  breached: number;
}

export const defaultQueuePageSize = 100;
export const maxQueuePageSize = 500;
/** `sla_sort_key` of a conversation with no running clock (see migration 0001): after every due time. */
export const noDueTimeSortKey = Number.MAX_SAFE_INTEGER;

export class ConversationRepository {
  constructor(private readonly db: Database.Database) {}

  queue(filter: QueueFilter, now: number): QueueRow[] {
    const { sql, params } = queueQuery(filter, now);
    return this.db.prepare(sql).all(params) as QueueRow[];
  }

  /** How many conversations the whole filtered queue holds (paging and the cursor are ignored). */
  queueCount(filter: QueueFilter, now: number): number {
    const { sql, params } = queueCountQuery(filter, now);
    return this.db.prepare(sql).pluck().get(params) as number;
  }

  /** Open, unread, at-risk and breached conversations per brand, for the navigation badges. */
  badgeCounts(now: number): BadgeCounts[] {
    return this.db
      .prepare(
        `SELECT brand_id AS brandId,
                count(*) AS open,
                sum(unread_count > 0) AS unread,
                sum(sla_due_at > @now AND coalesce(sla_warning_at, sla_due_at) <= @now) AS atRisk,
                sum(sla_due_at <= @now) AS breached
         FROM conversations
         WHERE status = 'open'
         GROUP BY brand_id`,
      )
      .all({ now }) as BadgeCounts[];
  }

  /** The same counts per brand and channel kind: what a supervisor watches. */
  countsByChannel(now: number): Array<BadgeCounts & { channelKind: ChannelKind }> {
    return this.db
      .prepare(
        `SELECT c.brand_id AS brandId, ch.kind AS channelKind,
                count(*) AS open,
                sum(c.unread_count > 0) AS unread,
                -- coalesce: a group where no clock runs sums nothing but NULLs.
                coalesce(sum(c.sla_due_at > @now AND coalesce(c.sla_warning_at, c.sla_due_at) <= @now), 0) AS atRisk,
                coalesce(sum(c.sla_due_at <= @now), 0) AS breached
         FROM conversations c JOIN channels ch ON ch.id = c.channel_id
         WHERE c.status = 'open'
         GROUP BY c.brand_id, ch.kind
         ORDER BY c.brand_id, ch.kind`,
      )
      .all({ now }) as Array<BadgeCounts & { channelKind: ChannelKind }>;
  }
}

/** Builds the queue query from a filter; exported so the plan tests check exactly what runs. */
export function queueQuery(filter: QueueFilter, now: number): { sql: string; params: Record<string, unknown> } {
  const { where, params } = queueConditions(filter, now);
  params.limit = Math.min(Math.max(1, filter.limit ?? defaultQueuePageSize), maxQueuePageSize);
  if (filter.after) {
    where.push('(c.sla_sort_key, c.id) > (@afterKey, @afterId)');
    params.afterKey = filter.after.slaSortKey;
    params.afterId = filter.after.id;
  }
  const sql = `
    SELECT c.id, c.brand_id AS brandId, c.channel_id AS channelId, ch.kind AS channelKind, c.kind, c.status,
           c.subject, ct.display_name AS contactName, c.priority, c.snoozed_until AS snoozedUntil, c.unread_count AS unreadCount,
           c.last_message_at AS lastMessageAt,
           (SELECT m.text FROM messages m WHERE m.conversation_id = c.id ORDER BY m.created_at DESC LIMIT 1) AS lastMessageText,
           c.sla_stage AS slaStage, c.sla_warning_at AS slaWarningAt, c.sla_due_at AS slaDueAt, c.sla_sort_key AS slaSortKey
    FROM conversations c
    JOIN channels ch ON ch.id = c.channel_id
    LEFT JOIN contacts ct ON ct.id = c.contact_id
    WHERE ${where.join(' AND ')}
    ORDER BY c.sla_sort_key, c.id
    LIMIT @limit`;
  return { sql, params };
}

/**
 * Counts what queueQuery pages through, on the same index. The channels table is joined only when
 * the filter names channel kinds, so the common counts read nothing but the queue index.
 */
export function queueCountQuery(filter: QueueFilter, now: number): { sql: string; params: Record<string, unknown> } {
  const { where, params } = queueConditions(filter, now);
  const join = filter.channelKinds?.length ? 'JOIN channels ch ON ch.id = c.channel_id' : '';
  return { sql: `SELECT count(*) FROM conversations c ${join} WHERE ${where.join(' AND ')}`, params };
}

/** The WHERE conditions of a filter (without the paging cursor), shared by the page and the count. */
function queueConditions(filter: QueueFilter, now: number): { where: string[]; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = { now };
  if (filter.ids?.length) where.push(`c.id IN (${integerList(filter.ids)})`);
  if (filter.status || !filter.ids?.length) {
    where.push('c.status = @status');
    params.status = filter.status ?? 'open';
  }
  if (filter.assignee !== undefined) {
    where.push('c.assignee = @assignee');
    params.assignee = filter.assignee;
  }
  if (filter.brandIds?.length) where.push(`c.brand_id IN (${integerList(filter.brandIds)})`);
  if (filter.channelIds?.length) where.push(`c.channel_id IN (${integerList(filter.channelIds)})`);
  if (filter.channelKinds?.length) {
    const names = filter.channelKinds.map((_, index) => `@channelKind${index}`);
    where.push(`ch.kind IN (${names.join(', ')})`);
    filter.channelKinds.forEach((kind, index) => (params[`channelKind${index}`] = kind));
  }
  if (filter.kind) {
    where.push('c.kind = @kind');
    params.kind = filter.kind;
  }
  if (filter.tagId !== undefined) {
    where.push('c.id IN (SELECT conversation_id FROM conversation_tags WHERE tag_id = @tagId)');
    params.tagId = filter.tagId;
  }
  if (filter.slaState === 'breached') where.push('c.sla_sort_key <= @now');
  if (filter.slaState === 'at_risk') where.push('c.sla_sort_key > @now AND coalesce(c.sla_warning_at, c.sla_due_at) <= @now');
  if (filter.slaState === 'attention') where.push(`c.sla_sort_key < ${noDueTimeSortKey} AND coalesce(c.sla_warning_at, c.sla_due_at) <= @now`);
  if (filter.slaState === 'ok') where.push('c.sla_sort_key > @now AND (c.sla_warning_at IS NULL OR c.sla_warning_at > @now)');
  return { where, params };
}
