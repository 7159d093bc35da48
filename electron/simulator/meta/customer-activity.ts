// What customers do on the platform side: write a direct message (in a new or an existing thread)
// or a comment (on a post or media, or as a reply). The control API and chatter both act through
// these, so an injected message is indistinguishable from a seeded one when read through Graph.

import { minute } from './graph-time';
import type { AttachmentRecord, CommentRecord, CustomerRecord, MessageRecord, MetaWorld, Network, Platform } from './world';

export class ActivityError extends Error {
  constructor(
    readonly status: 400 | 404,
    message: string,
  ) {
    super(message);
    this.name = 'ActivityError';
  }
}

/** An existing customer by id, or a new person to create. */
export type Author = { customerId: string } | { name: string; username?: string };

export interface InboundMessage {
  pageId: string;
  platform: Platform;
  author: Author;
  text: string;
  /** Files the customer sent with it (the text may then be empty). */
  attachments?: AttachmentRecord[];
  /** Back-dates the message; 0 (now) when omitted. */
  minutesAgo?: number;
}

export interface ReceivedMessage {
  conversationId: string;
  messageId: string;
  customerId: string;
  createdTime: number;
}

export function receiveMessage(world: MetaWorld, inbound: InboundMessage): ReceivedMessage {
  const page = world.pages.get(inbound.pageId);
  if (!page) throw new ActivityError(404, `No Page ${inbound.pageId}.`);
  if (inbound.platform === 'instagram' && !page.instagramAccountId) throw new ActivityError(400, `Page ${page.id} has no linked Instagram account.`);
  requireContent(inbound.text, inbound.attachments?.length ?? 0);
  const customer = authorFor(world, page.id, inbound.platform === 'instagram' ? 'instagram' : 'facebook', inbound.author);
  const conversation = world.openConversation(page.id, inbound.platform, customer.id);
  const createdAt = world.now() - (inbound.minutesAgo ?? 0) * minute;
  const message: MessageRecord = world.addMessage(conversation, 'inbound', inbound.text, createdAt, inbound.attachments ?? []);
  return { conversationId: conversation.id, messageId: message.id, customerId: customer.id, createdTime: createdAt };
}

export interface InboundComment {
  /** A post or media id for a top-level comment, or a comment id for a reply. */
  targetId: string;
  author: Author;
  text: string;
  /** A photo, video or link with the comment (Facebook only: Instagram comments carry none). */
  attachment?: AttachmentRecord;
  minutesAgo?: number;
}

export interface ReceivedComment {
  commentId: string;
  objectId: string;
  parentId?: string;
  customerId: string;
}

export function receiveComment(world: MetaWorld, inbound: InboundComment): ReceivedComment {
  const target = world.posts.get(inbound.targetId) ?? world.media.get(inbound.targetId) ?? world.comments.get(inbound.targetId);
  const pageId = world.pageOfObject(inbound.targetId);
  if (!target || pageId === undefined) throw new ActivityError(404, `No post, media or comment ${inbound.targetId}.`);
  requireContent(inbound.text, inbound.attachment ? 1 : 0);
  const answered = world.comments.get(inbound.targetId);
  // Both platforms keep threads two levels deep: a reply to a reply joins the top-level comment.
  const parent = answered?.parentId === undefined ? answered : world.comments.get(answered.parentId);
  const objectId = answered ? answered.objectId : inbound.targetId;
  const network: Network = world.media.has(objectId) ? 'instagram' : 'facebook';
  if (inbound.attachment && network === 'instagram') throw new ActivityError(400, 'Instagram comments carry no attachments.');
  const customer = authorFor(world, pageId, network, inbound.author);
  const comment: CommentRecord = world.addComment({
    network,
    objectId,
    ...(parent ? { parentId: parent.id } : {}),
    authorId: customer.id,
    text: inbound.text,
    likeCount: 0,
    createdAt: world.now() - (inbound.minutesAgo ?? 0) * minute,
    ...(inbound.attachment ? { attachment: inbound.attachment } : {}),
  });
  return { commentId: comment.id, objectId, ...(parent ? { parentId: parent.id } : {}), customerId: customer.id };
}

function authorFor(world: MetaWorld, pageId: string, network: Network, author: Author): CustomerRecord {
  if ('customerId' in author) {
    const customer = world.customers.get(author.customerId);
    if (!customer || customer.pageId !== pageId || customer.network !== network) {
      throw new ActivityError(404, `No ${network} customer ${author.customerId} on Page ${pageId}.`);
    }
    return customer;
  }
  if (author.name.trim() === '') throw new ActivityError(400, 'A new customer needs a name.');
  return world.addCustomer(pageId, network, author.name, network === 'instagram' ? (author.username ?? author.name.toLowerCase().replace(/\s+/g, '.')) : undefined);
}

/** Meta refuses a message or comment with neither text nor attachment. */
function requireContent(text: string, attachments: number): void {
  if (text.trim() === '' && attachments === 0) throw new ActivityError(400, 'The text is empty and there is no attachment.');
}
