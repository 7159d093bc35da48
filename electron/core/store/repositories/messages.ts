// Messages in and out of the cache: ingest of what sync pulls from the platforms (idempotent: a
// message seen twice is stored once), and a thread read a page at a time, newest first.
import type Database from 'better-sqlite3';
import type { ConversationKind } from './conversations';

export type Direction = 'inbound' | 'outbound';
export type Visibility = 'public' | 'private';
export type DeliveryState = 'received' | 'queued' | 'sending' | 'sent' | 'failed' | 'unknown';

/** An attachment as the platform described it: shown as a placeholder, fetched only on request. */
export interface AttachmentMeta {
  kind: 'image' | 'video' | 'audio' | 'file' | 'link';
  name?: string;
  /** Bytes, when the platform says. */
  size?: number;
  mimeType?: string;
  /** Where the platform serves it (untrusted: checked again before any use). */
  url?: string;
}

const attachmentKinds: ReadonlySet<string> = new Set(['image', 'video', 'audio', 'file', 'link']);

/**
 * The attachments column read back. Rows written before attachments were parsed carry
 * `{type: mime-or-"file", name, size, url}`; both shapes become an AttachmentMeta, and anything
 * unreadable is left out rather than failing the thread.
 */
export function readStoredAttachments(json: string): AttachmentMeta[] {
  let items: unknown;
  try {
    items = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(items)) return [];
  const result: AttachmentMeta[] = [];
  for (const item of items as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const raw = item as Record<string, unknown>;
    const text = (key: string) => (typeof raw[key] === 'string' ? (raw[key] as string) : undefined);
    const legacyType = text('type');
    const family = (text('mimeType') ?? legacyType)?.split('/')[0];
    const kind = text('kind') ?? (family === 'image' || family === 'video' || family === 'audio' ? family : 'file');
    if (!attachmentKinds.has(kind)) continue;
    const meta: AttachmentMeta = { kind: kind as AttachmentMeta['kind'] };
    const name = text('name');
    const url = text('url');
    const mimeType = text('mimeType') ?? (legacyType?.includes('/') ? legacyType : undefined);
    if (name !== undefined) meta.name = name;
    if (typeof raw.size === 'number' && Number.isFinite(raw.size)) meta.size = raw.size;
    if (mimeType !== undefined) meta.mimeType = mimeType;
    if (url !== undefined) meta.url = url;
    result.push(meta);
  }
  return result;
}

/** One message as a platform reports it, with the conversation and customer it belongs to. */
export interface PlatformMessage {
  channelId: number;
  conversation: { externalId: string; kind: ConversationKind; subject?: string | null };
  customer: { externalId: string; name: string; handle?: string | null };
  message: {
    externalId: string;
    parentExternalId?: string | null;
    direction: Direction;
    visibility: Visibility;
    authorName: string;
    authorExternalId?: string | null;
    text: string;
    createdAt: number;
    attachments?: readonly AttachmentMeta[];
  };
}

export interface IngestResult {
  inserted: number;
  duplicates: number;
  /** Conversations that received new messages, for SLA and unread updates downstream. */
  conversationIds: number[];
}

export interface ThreadMessage {
  id: number;
  externalId: string | null;
  parentExternalId: string | null;
  direction: Direction;
  visibility: Visibility;
  authorName: string;
  text: string;
  attachments: AttachmentMeta[];
  createdAt: number;
  deliveredAt: number | null;
  deliveryState: DeliveryState;
  failureReason: string | null;
}

export interface ThreadPage {
  messages: ThreadMessage[];
  /** Pass as `before` to read older messages; null at the start of the thread. */
  olderCursor: { createdAt: number; id: number } | null;
}

/** Newest first from a (created_at, id) cursor: one range of the messages_thread index. */
export const threadPageSql = `
  SELECT id, external_id AS externalId, parent_external_id AS parentExternalId, direction, visibility,
         author_name AS authorName, text, attachments, created_at AS createdAt, delivered_at AS deliveredAt,
         delivery_state AS deliveryState, failure_reason AS failureReason
  FROM messages
  WHERE conversation_id = @conversationId AND (created_at, id) < (@beforeCreatedAt, @beforeId)
  ORDER BY created_at DESC, id DESC
  LIMIT @limit`;

export class MessageRepository {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      channelBrand: db.prepare('SELECT brand_id FROM channels WHERE id = ?').pluck(),
      findIdentity: db.prepare('SELECT contact_id FROM contact_identities WHERE channel_id = ? AND external_id = ?').pluck(),
      insertContact: db.prepare('INSERT INTO contacts (display_name, first_name, created_at) VALUES (?, ?, ?) RETURNING id').pluck(),
      insertIdentity: db.prepare('INSERT INTO contact_identities (contact_id, channel_id, external_id, handle) VALUES (?, ?, ?, ?)'),
      findConversation: db.prepare('SELECT id FROM conversations WHERE channel_id = ? AND external_id = ?').pluck(),
      insertConversation: db
        .prepare(
          `INSERT INTO conversations (channel_id, brand_id, contact_id, external_id, kind, subject, created_at, updated_at)
           VALUES (@channelId, @brandId, @contactId, @externalId, @kind, @subject, @now, @now) RETURNING id`,
        )
        .pluck(),
      insertMessage: db.prepare(
        `INSERT INTO messages (conversation_id, external_id, parent_external_id, direction, visibility, author_name,
                               author_external_id, text, attachments, created_at, delivered_at, delivery_state)
         VALUES (@conversationId, @externalId, @parentExternalId, @direction, @visibility, @authorName,
                 @authorExternalId, @text, @attachments, @createdAt, @deliveredAt, @deliveryState)
         ON CONFLICT (conversation_id, external_id) DO NOTHING`,
      ),
      // A new customer message makes the conversation unread and, if it was closed, open again.
      touchInbound: db.prepare(
        `UPDATE conversations SET unread_count = unread_count + 1,
           last_message_at = max(coalesce(last_message_at, 0), @createdAt),
           last_inbound_at = max(coalesce(last_inbound_at, 0), @createdAt),
           -- The customer wrote: closed, pending (waiting on them) and snoozed conversations reopen.
           status = CASE WHEN status IN ('closed', 'pending', 'snoozed') THEN 'open' ELSE status END,
           snoozed_until = NULL,
           updated_at = @now
         WHERE id = @conversationId`,
      ),
      touchOutbound: db.prepare(
        `UPDATE conversations SET last_message_at = max(coalesce(last_message_at, 0), @createdAt), updated_at = @now
         WHERE id = @conversationId`,
      ),
      // A reply published by someone else, newly seen while one of ours waits (not ours: no reply of
      // ours has its text), flags the conversation, so the agent checks before theirs goes out. When
      // it was published does not matter: written while we were offline, it was unseen all the same.
      flagAnsweredElsewhere: db.prepare(
        `UPDATE conversations SET answered_elsewhere_at = @createdAt
         WHERE id = @conversationId AND EXISTS (
           SELECT 1 FROM outbox o WHERE o.conversation_id = @conversationId
             AND o.state IN ('queued', 'retry', 'unknown', 'failed', 'sending'))
           AND NOT EXISTS (
           SELECT 1 FROM outbox o WHERE o.conversation_id = @conversationId
             AND o.state != 'cancelled' AND trim(json_extract(o.payload, '$.text')) = trim(@text))`,
      ),
      threadPage: db.prepare(threadPageSql),
    };
  }

  /** Stores a batch in one transaction; returns what was new. */
  ingest(batch: readonly PlatformMessage[], now: number): IngestResult {
    return this.db.transaction(() => {
      const touched = new Set<number>();
      const brandByChannel = new Map<number, number>();
      let inserted = 0;
      for (const item of batch) {
        const { channelId, message } = item;
        let brandId = brandByChannel.get(channelId);
        if (brandId === undefined) {
          brandId = this.statements.channelBrand.get(channelId) as number | undefined;
          if (brandId === undefined) throw new RangeError(`Unknown channel ${channelId}`);
          brandByChannel.set(channelId, brandId);
        }
        const contactId = this.contactFor(item, now);
        const conversationId =
          (this.statements.findConversation.get(channelId, item.conversation.externalId) as number | undefined) ??
          (this.statements.insertConversation.get({
            channelId,
            brandId,
            contactId,
            externalId: item.conversation.externalId,
            kind: item.conversation.kind,
            subject: item.conversation.subject ?? null,
            now,
          }) as number);
        const outbound = message.direction === 'outbound';
        const changes = this.statements.insertMessage.run({
          conversationId,
          externalId: message.externalId,
          parentExternalId: message.parentExternalId ?? null,
          direction: message.direction,
          visibility: message.visibility,
          authorName: message.authorName,
          authorExternalId: message.authorExternalId ?? null,
          text: message.text,
          attachments: JSON.stringify(message.attachments ?? []),
          createdAt: message.createdAt,
          deliveredAt: outbound ? message.createdAt : null,
          deliveryState: outbound ? 'sent' : 'received',
        }).changes;
        if (changes === 0) continue;
        inserted += 1;
        touched.add(conversationId);
        const touch = outbound ? this.statements.touchOutbound : this.statements.touchInbound;
        touch.run({ conversationId, createdAt: message.createdAt, now });
        if (outbound) this.statements.flagAnsweredElsewhere.run({ conversationId, createdAt: message.createdAt, text: message.text });
      }
      return { inserted, duplicates: batch.length - inserted, conversationIds: [...touched] };
    })();
  }

  /** Newest first; `before` continues from an earlier page's olderCursor. */
  threadPage(conversationId: number, options: { before?: { createdAt: number; id: number }; limit?: number } = {}): ThreadPage {
    const limit = Math.min(Math.max(1, options.limit ?? 50), 200);
    const rows = this.statements.threadPage.all({
      conversationId,
      beforeCreatedAt: options.before?.createdAt ?? Number.MAX_SAFE_INTEGER,
      beforeId: options.before?.id ?? Number.MAX_SAFE_INTEGER,
      limit,
    }) as Array<Omit<ThreadMessage, 'attachments'> & { attachments: string }>;
    const messages = rows.map((row) => ({ ...row, attachments: readStoredAttachments(row.attachments) }));
    const oldest = messages.at(-1);
    return { messages, olderCursor: messages.length === limit && oldest ? { createdAt: oldest.createdAt, id: oldest.id } : null };
  }

  private contactFor(item: PlatformMessage, now: number): number {
    const { channelId, customer } = item;
    const known = this.statements.findIdentity.get(channelId, customer.externalId) as number | undefined;
    if (known !== undefined) return known;
    const firstName = customer.name.trim().split(/\s+/)[0] ?? null;
    const contactId = this.statements.insertContact.get(customer.name, firstName, now) as number;
    this.statements.insertIdentity.run(contactId, channelId, customer.externalId, customer.handle ?? null);
    return contactId;
  }
}
