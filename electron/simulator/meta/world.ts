// The simulator's in-memory world: Pages and their linked Instagram accounts, the tokens that open
// them, customers, conversations, posts, media and comments, plus a log of everything the Pages
// sent. Endpoints read and change it; the seed and the control API fill it. Times are epoch
// milliseconds; formatting into Meta's text happens only at the edge.

import { formatGraphTime } from './graph-time';
import { IdFactory } from './ids';

export type Platform = 'messenger' | 'instagram';
export type Network = 'facebook' | 'instagram';
export type Direction = 'inbound' | 'outbound';

export interface UserRecord {
  id: string;
  name: string;
  firstName: string;
  lastName: string;
  pageIds: string[];
}

export interface PageRecord {
  id: string;
  name: string;
  username: string;
  category: string;
  about: string;
  fanCount: number;
  instagramAccountId?: string;
}

export interface InstagramAccountRecord {
  id: string;
  pageId: string;
  username: string;
  name: string;
  biography: string;
  followersCount: number;
}

export interface CustomerRecord {
  /** PSID on Facebook, IGSID on Instagram. */
  id: string;
  network: Network;
  pageId: string;
  name: string;
  /** Instagram handle, without "@". */
  username?: string;
}

export interface AttachmentRecord {
  type: 'image' | 'video' | 'audio' | 'file';
  url: string;
  /** Bytes, when known. */
  size?: number;
}

export interface MessageRecord {
  id: string;
  conversationId: string;
  direction: Direction;
  text: string;
  attachments: AttachmentRecord[];
  createdAt: number;
}

export interface ConversationRecord {
  id: string;
  pageId: string;
  platform: Platform;
  customerId: string;
  /** Oldest first. */
  messages: MessageRecord[];
}

export interface PostRecord {
  id: string;
  pageId: string;
  message: string;
  createdAt: number;
}

export interface MediaRecord {
  id: string;
  instagramAccountId: string;
  caption: string;
  mediaType: 'IMAGE' | 'VIDEO' | 'CAROUSEL_ALBUM';
  productType: 'FEED' | 'REELS';
  shortcode: string;
  likeCount: number;
  createdAt: number;
}

export interface CommentRecord {
  id: string;
  network: Network;
  /** The post (Facebook) or media (Instagram) the comment belongs to. */
  objectId: string;
  /** Set on replies: the top-level comment they answer. */
  parentId?: string;
  /** A customer id, or the Page / Instagram account id when the business wrote it. */
  authorId: string;
  text: string;
  likeCount: number;
  createdAt: number;
  privateReply?: { messageId: string; sentAt: number };
  /** A photo, video or link the commenter added (Facebook comments). */
  attachment?: AttachmentRecord;
}

export type TokenState = 'valid' | 'expired' | 'password-changed' | 'app-removed';

export interface TokenRecord {
  value: string;
  kind: 'user' | 'page';
  /** The user id for a user token, the Page id for a Page token. */
  subjectId: string;
  state: TokenState;
  /** When an expired token stopped working. */
  expiredAt?: number;
}

export type SentKind = 'message' | 'private-reply' | 'comment-reply' | 'instagram-comment' | 'instagram-reply';

/** One thing a Page put out into the world, for exactly-once checks in tests. */
export interface SentRecord {
  sequence: number;
  kind: SentKind;
  pageId: string;
  /** PSID/IGSID for messages; for comments, the author of the comment answered (if any). */
  recipientId?: string;
  /** The comment answered privately or publicly, or the media commented on. */
  inReplyTo?: string;
  conversationId?: string;
  /** message_id for messages, the new comment id for comments. */
  id: string;
  text: string;
  messagingType?: string;
  tag?: string;
  createdTime: string;
  createdAt: number;
}

export class MetaWorld {
  readonly ids = new IdFactory();
  readonly appId = '1234567890123456';
  readonly users = new Map<string, UserRecord>();
  readonly pages = new Map<string, PageRecord>();
  readonly instagramAccounts = new Map<string, InstagramAccountRecord>();
  readonly customers = new Map<string, CustomerRecord>();
  readonly conversations = new Map<string, ConversationRecord>();
  readonly messages = new Map<string, MessageRecord>();
  readonly posts = new Map<string, PostRecord>();
  readonly media = new Map<string, MediaRecord>();
  readonly comments = new Map<string, CommentRecord>();
  readonly tokens = new Map<string, TokenRecord>();
  readonly sent: SentRecord[] = [];
  private readonly conversationByParticipant = new Map<string, string>();

  constructor(readonly now: () => number) {}

  addToken(value: string, kind: TokenRecord['kind'], subjectId: string): void {
    this.tokens.set(value, { value, kind, subjectId, state: 'valid' });
  }

  addCustomer(pageId: string, network: Network, name: string, username?: string): CustomerRecord {
    const customer: CustomerRecord = {
      id: network === 'facebook' ? this.ids.psid() : this.ids.igsid(),
      network,
      pageId,
      name,
      ...(username === undefined ? {} : { username }),
    };
    this.customers.set(customer.id, customer);
    return customer;
  }

  /** The Page's own Instagram account, or undefined if none is linked. */
  instagramAccountOf(pageId: string): InstagramAccountRecord | undefined {
    const id = this.pages.get(pageId)?.instagramAccountId;
    return id === undefined ? undefined : this.instagramAccounts.get(id);
  }

  findConversation(pageId: string, platform: Platform, customerId: string): ConversationRecord | undefined {
    const id = this.conversationByParticipant.get(participantKey(pageId, platform, customerId));
    return id === undefined ? undefined : this.conversations.get(id);
  }

  /** The conversation between the Page and the customer on that platform, created if new. */
  openConversation(pageId: string, platform: Platform, customerId: string): ConversationRecord {
    const existing = this.findConversation(pageId, platform, customerId);
    if (existing) return existing;
    const instagramAccountId = this.pages.get(pageId)?.instagramAccountId ?? pageId;
    const conversation: ConversationRecord = {
      id: platform === 'messenger' ? this.ids.messengerConversationId() : this.ids.instagramConversationId(instagramAccountId),
      pageId,
      platform,
      customerId,
      messages: [],
    };
    this.conversations.set(conversation.id, conversation);
    this.conversationByParticipant.set(participantKey(pageId, platform, customerId), conversation.id);
    return conversation;
  }

  addMessage(conversation: ConversationRecord, direction: Direction, text: string, createdAt: number, attachments: AttachmentRecord[] = []): MessageRecord {
    const message: MessageRecord = {
      id: conversation.platform === 'messenger' ? this.ids.messengerMessageId() : this.ids.instagramMessageId(),
      conversationId: conversation.id,
      direction,
      text,
      attachments,
      createdAt,
    };
    // Kept in time order even when the seed or the control API writes into the past.
    const position = conversation.messages.findIndex((existing) => existing.createdAt > createdAt);
    if (position === -1) conversation.messages.push(message);
    else conversation.messages.splice(position, 0, message);
    this.messages.set(message.id, message);
    return message;
  }

  /** The top-level comment of a comment's thread (a reply to a reply joins the top-level thread). */
  threadTop(comment: CommentRecord | undefined): CommentRecord | undefined {
    return comment?.parentId === undefined ? comment : this.comments.get(comment.parentId);
  }

  addComment(comment: Omit<CommentRecord, 'id'>): CommentRecord {
    const id = comment.network === 'facebook' ? this.ids.facebookCommentId(comment.objectId) : this.ids.instagramCommentId();
    const record: CommentRecord = { ...comment, id };
    this.comments.set(id, record);
    return record;
  }

  recordSent(entry: Omit<SentRecord, 'sequence' | 'createdTime'>): void {
    this.sent.push({ ...entry, sequence: this.sent.length + 1, createdTime: formatGraphTime(entry.createdAt) });
  }

  /** The Page that owns a post, media object or comment. */
  pageOfObject(objectId: string): string | undefined {
    const post = this.posts.get(objectId);
    if (post) return post.pageId;
    const media = this.media.get(objectId);
    if (media) return this.instagramAccounts.get(media.instagramAccountId)?.pageId;
    const comment = this.comments.get(objectId);
    return comment ? this.pageOfObject(comment.objectId) : undefined;
  }

  /** Top-level comments of a post/media, or the replies to one comment; oldest first. */
  commentsUnder(objectId: string, parentId?: string): CommentRecord[] {
    return [...this.comments.values()]
      .filter((comment) => comment.objectId === objectId && comment.parentId === parentId)
      .sort(byCreatedAt);
  }

  /** Ordered by last activity, newest first, as the conversations edge returns them. */
  conversationsOf(pageId: string, platform: Platform): ConversationRecord[] {
    return [...this.conversations.values()]
      .filter((conversation) => conversation.pageId === pageId && conversation.platform === platform && conversation.messages.length > 0)
      .sort((a, b) => updatedAt(b) - updatedAt(a) || b.id.localeCompare(a.id));
  }
}

export function updatedAt(conversation: ConversationRecord): number {
  return conversation.messages.at(-1)?.createdAt ?? 0;
}

export function lastInboundAt(conversation: ConversationRecord): number | undefined {
  for (let index = conversation.messages.length - 1; index >= 0; index -= 1) {
    const message = conversation.messages[index];
    if (message?.direction === 'inbound') return message.createdAt;
  }
  return undefined;
}

export function byCreatedAt(a: { createdAt: number; id: string }, b: { createdAt: number; id: string }): number {
  return a.createdAt - b.createdAt || a.id.localeCompare(b.id);
}

function participantKey(pageId: string, platform: Platform, customerId: string): string {
  return `${pageId}|${platform}|${customerId}`;
}
