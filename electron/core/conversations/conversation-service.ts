// What the agent does with conversations: read the queue, open a thread (which marks it read),
// and reply. A reply goes into the outbox in one transaction with its message in the thread, so
// it is on screen at once, survives a crash, and is delivered when the account can send.
import crypto from 'node:crypto';
import type { ConversationView, QueueItem, ReplyWindow, ThreadMessage } from '../../../shared/contract';
import { countCharacters, textLimitFor } from '../../../shared/composer/text-limits';
import { dmWindow, privateReplyAllowed } from '../../../shared/messaging-window';
import { CoreError } from '../core-error';
import { attachmentView } from './attachment-images';
import type { ChannelKind } from '../store/repositories/accounts';
import { noDueTimeSortKey, type QueueFilter, type QueueRow } from '../store/repositories/conversations';
import type { BrandLabels } from '../store/repositories/brands';
import type { Store } from '../store/store';

type QueueListFilter = Pick<QueueFilter, 'brandIds' | 'slaState' | 'status' | 'channelKinds' | 'kind'> & { tag?: string };
/** The last row of the previous page, as the renderer has it. */
type QueueCursor = { slaDueAt: number | null; id: number };

export class ConversationService {
  constructor(
    private readonly store: Store,
    private readonly now: () => number = Date.now,
  ) {}

  /** A page of the queue: the first, or the one after the row `after` names (keyset paging). */
  queue({ after, ...filter }: QueueListFilter & { limit?: number; after?: QueueCursor } = {}): QueueItem[] {
    const repositoryFilter = this.repositoryFilter(filter);
    if (!repositoryFilter) return []; // no conversation carries a tag nobody created
    const cursor = after && { slaSortKey: after.slaDueAt ?? noDueTimeSortKey, id: after.id };
    const labelOf = this.store.brands.labels();
    return this.store.conversations.queue({ ...repositoryFilter, after: cursor }, this.now()).map((row) => this.item(row, labelOf));
  }

  /** How many rows the whole queue under this filter holds. */
  queueCount(filter: QueueListFilter = {}): number {
    const repositoryFilter = this.repositoryFilter(filter);
    return repositoryFilter ? this.store.conversations.queueCount(repositoryFilter, this.now()) : 0;
  }

  /** The contract's filter in the repository's terms; null for a tag that does not exist. */
  private repositoryFilter<F extends { tag?: string }>({ tag, ...filter }: F): (Omit<F, 'tag'> & { tagId?: number }) | null {
    if (tag === undefined) return filter;
    const tagId = this.store.db.prepare('SELECT id FROM tags WHERE name = ?').pluck().get(tag) as number | undefined;
    return tagId === undefined ? null : { ...filter, tagId };
  }

  /** The thread and its state; notes and tags are ConversationActions', the draft SavedReplies'. */
  /**
   * The customer's handles, their other conversations (newest first), and the notes and tags of all
   * their conversations across channels and brands (nothing for an unknown customer).
   */
  customer(conversationId: number): ConversationView['customer'] {
    const contactId = this.store.db.prepare('SELECT contact_id FROM conversations WHERE id = ?').pluck().get(conversationId) as number | null | undefined;
    const history = contactId == null ? undefined : this.store.contacts.history(contactId);
    if (contactId == null || !history) return { handles: [], otherConversations: [], tags: [], notes: [] };
    const labelOf = this.store.brands.labels();
    const { notes, tags } = this.store.contacts.notesAndTags(contactId);
    return {
      tags,
      notes: notes.map(({ brandId, ...note }) => ({ ...note, ...labelOf(brandId) })),
      handles: [...new Set(history.identities.map((identity) => identity.handle).filter((handle): handle is string => Boolean(handle)))],
      otherConversations: history.conversations
        .filter((conversation) => conversation.id !== conversationId)
        .map((conversation) => ({
          id: conversation.id,
          ...labelOf(conversation.brandId),
          channelKind: conversation.channelKind,
          kind: conversation.kind,
          status: conversation.status,
          lastMessageAt: conversation.lastMessageAt,
        })),
    };
  }

  open(conversationId: number): Omit<ConversationView, 'notes' | 'tags' | 'draft' | 'customer'> {
    const { db } = this.store;
    db.prepare('UPDATE conversations SET unread_count = 0 WHERE id = ? AND unread_count > 0').run(conversationId);
    const row = this.store.conversations.queue({ ids: [conversationId] }, this.now())[0];
    if (!row) throw new CoreError('not-found', `There is no conversation ${conversationId}.`);
    const labelOf = this.store.brands.labels();
    const outboxByMessage = new Map(
      (db.prepare("SELECT id, message_id AS messageId FROM outbox WHERE conversation_id = ? AND state NOT IN ('sent', 'cancelled')").all(conversationId) as Array<{
        id: number;
        messageId: number;
      }>).map((entry) => [entry.messageId, entry.id]),
    );
    const page = this.store.messages.threadPage(conversationId, { limit: 100 });
    const messages: ThreadMessage[] = page.messages
      .map((m) => ({
        id: m.id,
        externalId: m.externalId,
        direction: m.direction,
        visibility: m.visibility,
        authorName: m.authorName,
        text: m.text,
        createdAt: m.createdAt,
        deliveryState: m.deliveryState,
        failureReason: m.failureReason,
        outboxId: outboxByMessage.get(m.id) ?? null,
        attachments: m.attachments.map(attachmentView),
      }))
      .reverse();
    const answeredElsewhereAt = db.prepare('SELECT answered_elsewhere_at FROM conversations WHERE id = ?').pluck().get(conversationId) as number | null;
    return {
      conversation: this.item(row, labelOf),
      messages,
      answeredElsewhereAt,
      window: this.window(conversationId, row),
    };
  }

  reply(request: { conversationId: number; text: string; privately?: boolean }): { outboxId: number } {
    const conversation = this.store.db
      .prepare(
        `SELECT c.kind, c.external_id AS externalId, c.last_inbound_at AS lastInboundAt, ch.kind AS channelKind
         FROM conversations c JOIN channels ch ON ch.id = c.channel_id WHERE c.id = ?`,
      )
      .get(request.conversationId) as { kind: 'dm' | 'comments'; externalId: string; lastInboundAt: number | null; channelKind: ChannelKind } | undefined;
    if (!conversation) throw new CoreError('not-found', `There is no conversation ${request.conversationId}.`);
    const limit = textLimitFor(conversation.channelKind, conversation.kind, request.privately);
    const length = countCharacters(request.text, limit);
    if (length > limit.max) throw new CoreError('invalid-request', `This reply has ${length} characters; the platform allows at most ${limit.max}.`);
    if (request.privately && conversation.kind !== 'comments') {
      throw new CoreError('invalid-request', 'Only a public comment can be answered privately.');
    }
    if (request.privately) {
      const comment = this.latestCustomerComment(request.conversationId);
      if (!comment || !privateReplyAllowed(comment.createdAt, this.hasPrivateReply(request.conversationId, comment.externalId), this.now())) {
        throw new CoreError('invalid-request', 'This comment can no longer be answered privately: one private reply per comment, within 7 days.');
      }
    } else if (conversation.kind === 'dm' && dmWindow(conversation.lastInboundAt, this.now()).state === 'closed') {
      throw new CoreError('invalid-request', 'The customer last wrote more than 7 days ago: Meta allows no reply until they write again.');
    }
    const replyTo = conversation.kind === 'comments' ? (this.latestCustomerComment(request.conversationId)?.externalId ?? conversation.externalId) : null;
    const { outboxId } = this.store.outbox.enqueueReply(
      {
        conversationId: request.conversationId,
        operation: request.privately ? 'private_reply' : 'reply',
        text: request.text,
        authorName: this.authorName(request.conversationId),
        replyToExternalId: replyTo,
        idempotencyKey: crypto.randomUUID(),
      },
      this.now(),
    );
    return { outboxId };
  }

  /** The agent has seen that the conversation was answered elsewhere. */
  acknowledge(conversationId: number): void {
    this.store.db.prepare('UPDATE conversations SET answered_elsewhere_at = NULL WHERE id = ?').run(conversationId);
  }

  cancel(outboxId: number): void {
    if (!this.store.outbox.cancel(outboxId, this.now())) throw new CoreError('invalid-request', 'This reply is already on its way and can no longer be cancelled.');
  }

  edit(outboxId: number, text: string): void {
    if (!this.store.outbox.edit(outboxId, text, this.now())) throw new CoreError('invalid-request', 'This reply is already on its way and can no longer be edited.');
  }

  retry(outboxId: number): void {
    if (!this.store.outbox.retryFailed(outboxId, this.now())) throw new CoreError('invalid-request', 'Only a failed reply can be retried.');
  }

  conversationOf(outboxId: number): number | null {
    return (this.store.db.prepare('SELECT conversation_id FROM outbox WHERE id = ?').pluck().get(outboxId) as number | undefined) ?? null;
  }

  private window(conversationId: number, row: QueueRow): ReplyWindow {
    if (row.kind === 'comments') return { state: 'public', closesAt: null };
    const lastInboundAt = this.store.db.prepare('SELECT last_inbound_at FROM conversations WHERE id = ?').pluck().get(conversationId) as number | null;
    const window = dmWindow(lastInboundAt, this.now());
    return { state: window.state, closesAt: window.state === 'closed' ? null : window.closesAt };
  }

  private latestCustomerComment(conversationId: number): { externalId: string; createdAt: number } | undefined {
    return this.store.db
      .prepare(
        `SELECT external_id AS externalId, created_at AS createdAt FROM messages
         WHERE conversation_id = ? AND direction = 'inbound' AND external_id IS NOT NULL ORDER BY created_at DESC LIMIT 1`,
      )
      .get(conversationId) as { externalId: string; createdAt: number } | undefined;
  }

  private hasPrivateReply(conversationId: number, commentId: string): boolean {
    const row = this.store.db
      .prepare("SELECT 1 FROM outbox WHERE conversation_id = ? AND operation = 'private_reply' AND state != 'cancelled' AND json_extract(payload, '$.replyToExternalId') = ?")
      .get(conversationId, commentId);
    return row !== undefined;
  }

  private authorName(conversationId: number): string {
    return (
      (this.store.db
        .prepare('SELECT ch.name FROM conversations c JOIN channels ch ON ch.id = c.channel_id WHERE c.id = ?')
        .pluck()
        .get(conversationId) as string | undefined) ?? 'Sportello'
    );
  }

  private item(row: QueueRow, labelOf: BrandLabels): QueueItem {
    return {
      id: row.id,
      brandId: row.brandId,
      ...labelOf(row.brandId),
      channelKind: row.channelKind,
      kind: row.kind,
      status: row.status,
      priority: row.priority,
      snoozedUntil: row.snoozedUntil,
      subject: row.subject,
      contactName: row.contactName,
      unreadCount: row.unreadCount,
      lastMessageAt: row.lastMessageAt,
      lastMessageText: row.lastMessageText,
      slaStage: row.slaStage as QueueItem['slaStage'],
      slaWarningAt: row.slaWarningAt,
      slaDueAt: row.slaDueAt,
    };
  }
}
