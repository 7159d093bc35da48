// The durable outbox: every reply is a row written in the same transaction as its optimistic
// message in the thread. States: queued → sending (committed before the request leaves) → sent |
// retry | failed | unknown; cancelled by the agent. With synchronous=FULL, a "sending" or "sent"
// mark survives a crash, which is what makes "never lost, never sent twice" possible.
import type Database from 'better-sqlite3';
import type { ChannelKind } from './accounts';
import type { ConversationKind } from './conversations';

export type OutboxState = 'queued' | 'sending' | 'sent' | 'retry' | 'failed' | 'unknown' | 'cancelled';
export type ReplyOperation = 'reply' | 'private_reply';

export interface ReplyPayload {
  text: string;
  /** For a reply to a comment: the comment answered (publicly or privately). */
  replyToExternalId: string | null;
}

/** An outbox row with everything a connector needs to send it. */
export interface OutboundRow {
  id: number;
  state: OutboxState;
  operation: ReplyOperation;
  payload: ReplyPayload;
  attempts: number;
  updatedAt: number;
  messageId: number | null;
  conversationId: number;
  conversationExternalId: string;
  conversationKind: ConversationKind;
  lastInboundAt: number | null;
  channelKind: ChannelKind;
  channelExternalId: string;
  accountId: number;
  accountExternalId: string;
  customerExternalId: string | null;
}

const rowSelect = `
  SELECT o.id, o.state, o.operation, o.payload, o.attempts, o.updated_at AS updatedAt, o.message_id AS messageId,
         c.id AS conversationId, c.external_id AS conversationExternalId, c.kind AS conversationKind,
         c.last_inbound_at AS lastInboundAt, ch.kind AS channelKind, ch.external_id AS channelExternalId,
         a.id AS accountId, a.external_id AS accountExternalId,
         (SELECT ci.external_id FROM contact_identities ci WHERE ci.contact_id = c.contact_id AND ci.channel_id = c.channel_id) AS customerExternalId
  FROM outbox o
  JOIN conversations c ON c.id = o.conversation_id
  JOIN channels ch ON ch.id = c.channel_id
  JOIN accounts a ON a.id = ch.account_id`;

const editable = "('queued', 'retry', 'failed')";

/** Read on every sync and outbox change: walks only the undelivered rows of `outbox_pending`. */
export const pendingByAccountSql = `SELECT ch.account_id AS accountId, count(*) AS count FROM outbox o
  JOIN conversations c ON c.id = o.conversation_id
  JOIN channels ch ON ch.id = c.channel_id
  WHERE o.state IN ('queued', 'sending', 'retry', 'unknown')
  GROUP BY ch.account_id ORDER BY ch.account_id`;

export class OutboxRepository {
  constructor(private readonly db: Database.Database) {}

  /** Queues a reply and shows it in the thread at once, in one transaction. */
  enqueueReply(
    request: { conversationId: number; operation: ReplyOperation; text: string; authorName: string; replyToExternalId: string | null; idempotencyKey: string },
    now: number,
  ): { outboxId: number; messageId: number } {
    return this.db.transaction(() => {
      const messageId = this.db
        .prepare(
          `INSERT INTO messages (conversation_id, parent_external_id, direction, visibility, author_name, text, created_at, delivery_state)
           VALUES (?, ?, 'outbound', ?, ?, ?, ?, 'queued') RETURNING id`,
        )
        .pluck()
        .get(request.conversationId, request.replyToExternalId, visibilityOf(this.db, request), request.authorName, request.text, now) as number;
      const payload: ReplyPayload = { text: request.text, replyToExternalId: request.replyToExternalId };
      const outboxId = this.db
        .prepare(
          `INSERT INTO outbox (conversation_id, message_id, operation, payload, idempotency_key, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
        )
        .pluck()
        .get(request.conversationId, messageId, request.operation, JSON.stringify(payload), request.idempotencyKey, now, now) as number;
      this.db
        .prepare('UPDATE conversations SET unread_count = 0, last_message_at = max(coalesce(last_message_at, 0), ?), updated_at = ? WHERE id = ?')
        .run(now, now, request.conversationId);
      return { outboxId, messageId };
    })();
  }

  get(id: number): OutboundRow | undefined {
    const row = this.db.prepare(`${rowSelect} WHERE o.id = ?`).get(id) as (Omit<OutboundRow, 'payload'> & { payload: string }) | undefined;
    return row && withPayload(row);
  }

  /**
   * Makes this account's waiting retries due now: its connection just came back, so the backoff
   * that was waiting out the outage would only delay replies the customer is waiting for.
   */
  retryNow(accountId: number, now: number): number {
    return this.db
      .prepare(
        `UPDATE outbox SET next_attempt_at = @now
         WHERE state = 'retry' AND next_attempt_at > @now
           AND conversation_id IN (SELECT c.id FROM conversations c JOIN channels ch ON ch.id = c.channel_id WHERE ch.account_id = @accountId)`,
      )
      .run({ accountId, now }).changes;
  }

  /**
   * Rows ready to go for accounts that may send, oldest first, at most one per conversation and
   * none for a conversation with a send in flight or unresolved (that keeps replies in order).
   */
  due(now: number, limit = 20): OutboundRow[] {
    const rows = this.db
      .prepare(
        `${rowSelect}
         WHERE o.state IN ('queued', 'retry') AND coalesce(o.next_attempt_at, 0) <= @now AND a.status = 'active'
           AND NOT EXISTS (SELECT 1 FROM outbox busy WHERE busy.conversation_id = o.conversation_id
                           AND (busy.state IN ('sending', 'unknown') OR (busy.state IN ('queued', 'retry') AND busy.id < o.id)))
         ORDER BY o.id LIMIT @limit`,
      )
      .all({ now, limit }) as Array<Omit<OutboundRow, 'payload'> & { payload: string }>;
    return rows.map(withPayload);
  }

  /** Rows whose outcome must be read back from the platform before anything else is sent. */
  unresolved(): OutboundRow[] {
    const rows = this.db.prepare(`${rowSelect} WHERE o.state = 'unknown' AND a.status = 'active' ORDER BY o.id`).all() as Array<
      Omit<OutboundRow, 'payload'> & { payload: string }
    >;
    return rows.map(withPayload);
  }

  /** After a crash, a row left "sending" may or may not have reached the platform. */
  markInterruptedSendsUnknown(now: number): number {
    return this.db.prepare("UPDATE outbox SET state = 'unknown', updated_at = ? WHERE state = 'sending'").run(now).changes;
  }

  markSending(id: number, now: number): void {
    this.transition(id, "state = 'sending', attempts = attempts + 1, updated_at = @now", 'sending', { now });
  }

  markSent(id: number, platformId: string, now: number): void {
    this.db.transaction(() => {
      const row = this.db.prepare('SELECT conversation_id AS conversationId, message_id AS messageId FROM outbox WHERE id = ?').get(id) as
        | { conversationId: number; messageId: number | null }
        | undefined;
      if (!row) return;
      // Sync may already have pulled the published reply as its own message: keep ours, drop that copy.
      this.db.prepare('DELETE FROM messages WHERE conversation_id = ? AND external_id = ? AND id IS NOT ?').run(row.conversationId, platformId, row.messageId);
      this.db.prepare("UPDATE outbox SET state = 'sent', platform_id = ?, failure_reason = NULL, updated_at = ? WHERE id = ?").run(platformId, now, id);
      this.db.prepare("UPDATE messages SET external_id = ?, delivery_state = 'sent', delivered_at = ?, failure_reason = NULL WHERE id = ?").run(platformId, now, row.messageId);
    })();
  }

  markRetry(id: number, nextAttemptAt: number, reason: string, now: number): void {
    this.transition(id, "state = 'retry', next_attempt_at = @nextAttemptAt, failure_reason = @reason, updated_at = @now", 'queued', { nextAttemptAt, reason, now });
  }

  markUnknown(id: number, reason: string, now: number): void {
    this.transition(id, "state = 'unknown', failure_reason = @reason, updated_at = @now", 'unknown', { reason, now });
  }

  markFailed(id: number, reason: string, now: number): void {
    this.transition(id, "state = 'failed', failure_reason = @reason, updated_at = @now", 'failed', { reason, now });
  }

  /** Back to the queue without counting an attempt: the account must be re-authorised first. */
  hold(id: number, reason: string, now: number): void {
    this.transition(id, "state = 'queued', next_attempt_at = NULL, failure_reason = @reason, updated_at = @now", 'queued', { reason, now });
  }

  cancel(id: number, now: number): boolean {
    return this.db.transaction(() => {
      const row = this.db.prepare(`SELECT message_id AS messageId FROM outbox WHERE id = ? AND state IN ${editable}`).get(id) as
        | { messageId: number | null }
        | undefined;
      if (!row) return false;
      this.db.prepare("UPDATE outbox SET state = 'cancelled', message_id = NULL, updated_at = ? WHERE id = ?").run(now, id);
      this.db.prepare('DELETE FROM messages WHERE id = ?').run(row.messageId);
      return true;
    })();
  }

  edit(id: number, text: string, now: number): boolean {
    return this.db.transaction(() => {
      const row = this.db.prepare(`SELECT message_id AS messageId, payload FROM outbox WHERE id = ? AND state IN ${editable}`).get(id) as
        | { messageId: number | null; payload: string }
        | undefined;
      if (!row) return false;
      const payload: ReplyPayload = { ...(JSON.parse(row.payload) as ReplyPayload), text };
      this.db
        .prepare("UPDATE outbox SET payload = ?, state = 'queued', next_attempt_at = NULL, failure_reason = NULL, updated_at = ? WHERE id = ?")
        .run(JSON.stringify(payload), now, id);
      this.db.prepare("UPDATE messages SET text = ?, delivery_state = 'queued', failure_reason = NULL WHERE id = ?").run(text, row.messageId);
      return true;
    })();
  }

  retryFailed(id: number, now: number): boolean {
    return this.db.transaction(() => {
      const changed = this.db
        .prepare("UPDATE outbox SET state = 'queued', next_attempt_at = NULL, failure_reason = NULL, updated_at = ? WHERE id = ? AND state = 'failed'")
        .run(now, id).changes;
      if (changed) this.db.prepare("UPDATE messages SET delivery_state = 'queued', failure_reason = NULL WHERE id = (SELECT message_id FROM outbox WHERE id = ?)").run(id);
      return changed > 0;
    })();
  }

  /** Replies on their way (not failed: those wait for the agent), per account that has any. */
  pendingByAccount(): Array<{ accountId: number; count: number }> {
    return this.db.prepare(pendingByAccountSql).all() as Array<{ accountId: number; count: number }>;
  }

  pendingCount(): number {
    return this.db.prepare("SELECT count(*) FROM outbox WHERE state NOT IN ('sent', 'cancelled')").pluck().get() as number;
  }

  private transition(id: number, set: string, messageState: string, params: Record<string, unknown>): void {
    this.db.transaction(() => {
      this.db.prepare(`UPDATE outbox SET ${set} WHERE id = @id`).run({ ...params, id });
      const reason = 'reason' in params ? params.reason : null;
      this.db
        .prepare('UPDATE messages SET delivery_state = ?, failure_reason = ? WHERE id = (SELECT message_id FROM outbox WHERE id = ?)')
        .run(messageState, reason, id);
    })();
  }
}

function visibilityOf(db: Database.Database, request: { conversationId: number; operation: ReplyOperation }): 'public' | 'private' {
  if (request.operation === 'private_reply') return 'private';
  const kind = db.prepare('SELECT kind FROM conversations WHERE id = ?').pluck().get(request.conversationId);
  return kind === 'comments' ? 'public' : 'private';
}

function withPayload(row: Omit<OutboundRow, 'payload'> & { payload: string }): OutboundRow {
  return { ...row, payload: JSON.parse(row.payload) as ReplyPayload };
}
