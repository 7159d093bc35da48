// Ingest two ways, timing only the database work (building the batches is not timed):
//  - the product: store.messages.ingest(batch, now), one transaction per batch, exactly as sync will;
//  - the raw baseline: the same rows with plain prepared INSERTs, ids and counters precomputed
//    (dataset.expected), one transaction per round. Same schema, triggers and FTS (its database is
//    opened by openStore too), so the difference is ingest's per-message lookups and bookkeeping.
// The two run interleaved, a round of messages each in turn, so both databases grow together and a
// noisy minute on a shared 2-core machine slows both rather than whichever ran then.
import type Database from 'better-sqlite3';
import type { PlatformMessage } from '../../electron/core/store/repositories/messages';
import type { Store } from '../../electron/core/store/store';
import type { Dataset } from './dataset';
import { channelOfConversation, conversationExternalId, messageBatch } from './messages';
import { progressReporter, yieldToEventLoop } from './progress';
import type { Workspace } from './workspace';

export interface IngestTiming {
  messages: number;
  /** Time spent in the database calls only. */
  ms: number;
}

export interface IngestOptions {
  /** Messages per store.messages.ingest call. */
  batchSize: number;
  /** Messages per round; the baseline commits once per round. */
  roundSize: number;
}

const messagesPerSecond = (messages: number, ms: number) => `${Math.round(messages / (ms / 1000)).toLocaleString('en-US')} msg/s`;

export async function ingestSideBySide(
  stores: { product: Store; raw: Store },
  dataset: Dataset,
  workspace: Workspace,
  options: IngestOptions,
): Promise<{ product: IngestTiming; raw: IngestTiming }> {
  const total = dataset.size.messages;
  const statements = rawInserts(stores.raw.db);
  const time = stopwatch();
  // The baseline's contacts and conversations, final counters included, before any message.
  time.raw(() => stores.raw.db.transaction(() => insertContacts(statements, dataset, workspace))());
  time.raw(() => stores.raw.db.transaction(() => insertConversations(statements, dataset, workspace))());
  const progress = progressReporter('ingest', total, 'messages');
  let inserted = 0;
  for (let roundStart = 0, round = 0; roundStart < total; roundStart += options.roundSize, round += 1) {
    const batches = roundBatches(dataset, workspace, roundStart, Math.min(total, roundStart + options.roundSize), options.batchSize);
    const product = async () => {
      for (const { batch } of batches) {
        inserted += time.product(() => stores.product.messages.ingest(batch, dataset.now)).inserted;
        await yieldToEventLoop();
      }
    };
    const raw = () => time.raw(() => stores.raw.db.transaction(() => batches.forEach(({ batch, start }) => insertMessages(statements, dataset, batch, start)))());
    // Alternate who goes first, so neither always meets a page cache the other just warmed.
    if (round % 2 === 0) {
      raw();
      await product();
    } else {
      await product();
      raw();
    }
    const done = batches.at(-1)?.end ?? roundStart;
    progress(done, () => `store.messages.ingest ${messagesPerSecond(done, time.productMs())}, raw ${messagesPerSecond(done, time.rawMs())}`);
  }
  if (inserted !== total) throw new Error(`ingest stored ${inserted} of ${total} messages`);
  return { product: { messages: total, ms: time.productMs() }, raw: { messages: total, ms: time.rawMs() } };
}

function roundBatches(dataset: Dataset, workspace: Workspace, roundStart: number, roundEnd: number, batchSize: number) {
  const batches: Array<{ batch: PlatformMessage[]; start: number; end: number }> = [];
  for (let start = roundStart; start < roundEnd; start += batchSize) {
    const end = Math.min(roundEnd, start + batchSize);
    batches.push({ batch: messageBatch(dataset, workspace, start, end), start, end });
  }
  return batches;
}

/** Separate running totals for the two paths; only the wrapped calls count. */
function stopwatch() {
  let productMs = 0;
  let rawMs = 0;
  const timed = <T>(work: () => T, add: (ms: number) => void): T => {
    const began = performance.now();
    const result = work();
    add(performance.now() - began);
    return result;
  };
  return {
    product: <T>(work: () => T) => timed(work, (ms) => (productMs += ms)),
    raw: <T>(work: () => T) => timed(work, (ms) => (rawMs += ms)),
    productMs: () => productMs,
    rawMs: () => rawMs,
  };
}

function rawInserts(db: Database.Database) {
  return {
    contact: db.prepare('INSERT INTO contacts (id, display_name, first_name, created_at) VALUES (?, ?, ?, ?)'),
    identity: db.prepare('INSERT INTO contact_identities (id, contact_id, channel_id, external_id, handle) VALUES (?, ?, ?, ?, ?)'),
    conversation: db.prepare(
      `INSERT INTO conversations (id, channel_id, brand_id, contact_id, external_id, kind, subject, unread_count,
                                  last_message_at, last_inbound_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)`,
    ),
    message: db.prepare(
      `INSERT INTO messages (id, conversation_id, external_id, parent_external_id, direction, visibility, author_name,
                             author_external_id, text, attachments, created_at, delivered_at, delivery_state)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
}

type RawInserts = ReturnType<typeof rawInserts>;

/** Contacts and their one identity each, in the order ingest would create them (same ids). */
function insertContacts(statements: RawInserts, dataset: Dataset, workspace: Workspace): void {
  dataset.expected.customerByContactId.forEach((customerIndex, position) => {
    const contactId = position + 1;
    const customer = dataset.customers[customerIndex];
    if (!customer) throw new RangeError(`no customer ${customerIndex}`);
    const channel = workspace.channels[dataset.customerChannel[customerIndex] ?? 0];
    if (!channel) throw new RangeError(`no channel for customer ${customerIndex}`);
    const firstName = customer.name.trim().split(/\s+/)[0] ?? null;
    statements.contact.run(contactId, customer.name, firstName, dataset.now);
    statements.identity.run(contactId, contactId, channel.id, customer.externalId, customer.handle);
  });
}

/** Conversations with their final counters, which the product reaches one message at a time. */
function insertConversations(statements: RawInserts, dataset: Dataset, workspace: Workspace): void {
  const { expected } = dataset;
  expected.conversationByConversationId.forEach((conversation, position) => {
    const channel = channelOfConversation(dataset, workspace, conversation);
    const contactId = expected.contactIdByCustomer[dataset.conversationCustomer[conversation] ?? 0];
    statements.conversation.run(
      position + 1,
      channel.id,
      channel.brandId,
      contactId,
      conversationExternalId(dataset, conversation),
      dataset.conversationIsComments[conversation] ? 'comments' : 'dm',
      expected.unreadCount[conversation],
      expected.lastMessageAt[conversation],
      expected.lastInboundAt[conversation] || null,
      dataset.now,
      dataset.now,
    );
  });
}

function insertMessages(statements: RawInserts, dataset: Dataset, batch: readonly PlatformMessage[], firstIndex: number): void {
  batch.forEach(({ message }, offset) => {
    const index = firstIndex + offset;
    const conversationId = dataset.expected.conversationIdByConversation[dataset.messageConversation[index] ?? 0];
    const outbound = message.direction === 'outbound';
    statements.message.run(
      index + 1,
      conversationId,
      message.externalId,
      message.parentExternalId ?? null,
      message.direction,
      message.visibility,
      message.authorName,
      message.authorExternalId ?? null,
      message.text,
      JSON.stringify(message.attachments ?? []),
      message.createdAt,
      outbound ? message.createdAt : null,
      outbound ? 'sent' : 'received',
    );
  });
}

/**
 * A summary of every row ingest writes; equal fingerprints mean the baseline did the same work as
 * the product (same ids, texts, counters), so the ratio compares like with like.
 */
export function contentFingerprint(db: Database.Database): Record<string, number> {
  const messages = db
    .prepare(
      `SELECT count(*) AS messages, sum(conversation_id) AS conversationIds, sum(created_at % 1000003) AS times,
              sum(length(text)) AS textLength, sum(direction = 'inbound') AS inbound, sum(visibility = 'public') AS public,
              sum(length(external_id) + length(coalesce(parent_external_id, ''))) AS externalIds, sum(length(attachments)) AS attachments
       FROM messages`,
    )
    .get() as Record<string, number>;
  const conversations = db
    .prepare(
      `SELECT count(*) AS conversations, sum(contact_id) AS contactIds, sum(channel_id * brand_id) AS channels,
              sum(unread_count) AS unread, sum(last_message_at % 1000003) AS lastMessage, sum(last_inbound_at % 1000003) AS lastInbound
       FROM conversations`,
    )
    .get() as Record<string, number>;
  const contacts = db
    .prepare(
      `SELECT count(*) AS contacts, sum(length(display_name) + length(coalesce(first_name, ''))) AS names,
              (SELECT sum(length(handle) + channel_id) FROM contact_identities) AS identities
       FROM contacts`,
    )
    .get() as Record<string, number>;
  return { ...messages, ...conversations, ...contacts };
}
