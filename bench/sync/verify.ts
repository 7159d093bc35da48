// Did everything arrive, exactly? A fingerprint of the planned threads in a database — counts, and
// sums over texts, times and counters — compared with what the plan says. Platform ids are left
// out: the simulator's are not the plan's, and the raw baseline uses the plan's own.
import type Database from 'better-sqlite3';
import type { MetaSimulator } from '../../electron/simulator/meta';
import type { FillResult } from './fill';
import type { SyncPlan } from './plan';

export interface ThreadFingerprint {
  conversations: number;
  contacts: number;
  messages: number;
  inbound: number;
  /** Code points, as SQLite's length() counts them. */
  textCharacters: number;
  /** Sums modulo a prime, so every millisecond of every time counts. */
  times: number;
  unread: number;
  lastMessage: number;
  lastInbound: number;
}

const modulus = 1_000_003;

/** Over the conversations with these platform ids, or over all conversations when null. */
export function threadFingerprint(db: Database.Database, conversationExternalIds: readonly string[] | null): ThreadFingerprint {
  const chosen = conversationExternalIds === null ? '1' : 'external_id IN (SELECT value FROM json_each(@ids))';
  const params = conversationExternalIds === null ? {} : { ids: JSON.stringify(conversationExternalIds) };
  const conversations = db
    .prepare(
      `SELECT count(*) AS conversations, count(DISTINCT contact_id) AS contacts, coalesce(sum(unread_count), 0) AS unread,
              coalesce(sum(last_message_at % ${modulus}), 0) AS lastMessage, coalesce(sum(last_inbound_at % ${modulus}), 0) AS lastInbound
       FROM conversations WHERE ${chosen}`,
    )
    .get(params) as Pick<ThreadFingerprint, 'conversations' | 'contacts' | 'unread' | 'lastMessage' | 'lastInbound'>;
  const messages = db
    .prepare(
      `SELECT count(*) AS messages, coalesce(sum(direction = 'inbound'), 0) AS inbound, coalesce(sum(length(text)), 0) AS textCharacters,
              coalesce(sum(created_at % ${modulus}), 0) AS times
       FROM messages WHERE conversation_id IN (SELECT id FROM conversations WHERE ${chosen})`,
    )
    .get(params) as Pick<ThreadFingerprint, 'messages' | 'inbound' | 'textCharacters' | 'times'>;
  return { ...conversations, ...messages };
}

/** What the planned threads must look like once stored: the fingerprint worked out from the plan. */
export function plannedFingerprint(plan: SyncPlan, fill: FillResult): ThreadFingerprint {
  const { dataset } = plan;
  const { expected } = dataset;
  const sumModulo = (values: Float64Array) => values.reduce((sum, value) => sum + (value % modulus), 0);
  return {
    conversations: dataset.size.conversations,
    contacts: expected.customerByContactId.length,
    messages: dataset.size.messages,
    inbound: dataset.messageInbound.reduce((sum, flag) => sum + flag, 0),
    textCharacters: fill.textCharacters,
    times: sumModulo(dataset.messageCreatedAt),
    unread: expected.unreadCount.reduce((sum, count) => sum + count, 0),
    lastMessage: sumModulo(expected.lastMessageAt),
    lastInbound: sumModulo(expected.lastInboundAt),
  };
}

/** The keys where two fingerprints differ, as "key actual vs expected". */
export function fingerprintDifferences(actual: ThreadFingerprint, expected: ThreadFingerprint): string[] {
  return (Object.keys(expected) as Array<keyof ThreadFingerprint>)
    .filter((key) => actual[key] !== expected[key])
    .map((key) => `${key} ${actual[key]} vs ${expected[key]}`);
}

export interface SeedShare {
  conversations: number;
  messages: number;
  /** Conversations besides the planned ones, by kind, against what the seed's SeedInfo lists. */
  dmThreads: { stored: number; seeded: number };
  commentThreads: { stored: number; seeded: number };
  /** Seeded DM threads (from SeedInfo) that are not in the database. */
  missingSeedThreads: string[];
}

/**
 * Everything in the database that is not a planned thread must be the simulator's demo seed (its
 * two Pages come with scripted DMs and comments): one conversation per seeded DM thread and one per
 * top-level customer comment, and every seeded DM thread by id.
 */
export function seedShare(db: Database.Database, sim: MetaSimulator, planned: ThreadFingerprint, plannedIds: readonly string[]): SeedShare {
  const totals = db.prepare('SELECT (SELECT count(*) FROM conversations) AS conversations, (SELECT count(*) FROM messages) AS messages').get() as {
    conversations: number;
    messages: number;
  };
  const byKind = db
    .prepare("SELECT coalesce(sum(kind = 'dm'), 0) AS dm, coalesce(sum(kind = 'comments'), 0) AS comments FROM conversations WHERE external_id NOT IN (SELECT value FROM json_each(?))")
    .get(JSON.stringify(plannedIds)) as { dm: number; comments: number };
  const present = db.prepare('SELECT 1 FROM conversations WHERE external_id = ?').pluck();
  const seededDms = sim.seed.pages.flatMap((page) => page.conversations.map((conversation) => conversation.id));
  const seededCommentThreads = sim.seed.pages.flatMap((page) => page.comments.filter((comment) => comment.parentId === undefined && !comment.byPage)).length;
  return {
    conversations: totals.conversations - planned.conversations,
    messages: totals.messages - planned.messages,
    dmThreads: { stored: byKind.dm, seeded: seededDms.length },
    commentThreads: { stored: byKind.comments, seeded: seededCommentThreads },
    missingSeedThreads: seededDms.filter((id) => present.get(id) === undefined),
  };
}
