// Follows: Send API reference — https://developers.facebook.com/docs/messenger-platform/reference/send-api/
// (POST /{page-id}/messages with recipient, messaging_type RESPONSE | UPDATE | MESSAGE_TAG, tag,
// message {text | attachment}, sender_action; answer {recipient_id, message_id}; text up to 2000
// characters), the Page Messages reference — https://developers.facebook.com/docs/graph-api/reference/page/messages,
// Instagram messaging "Send a Message" — https://developers.facebook.com/docs/messenger-platform/instagram/features/send-message
// (same endpoint, IGSID recipients, text up to 1000 bytes, HUMAN_AGENT the only tag), and Private
// Replies for Facebook — https://developers.facebook.com/docs/messenger-platform/discovery/private-replies
// and Instagram — https://developers.facebook.com/docs/messenger-platform/instagram/features/private-replies
// (recipient {comment_id}, one message per comment, within 7 days of the comment).

import { requirePageToken } from './caller-access';
import { graphErrors } from './graph-errors';
import type { GraphContext } from './graph-nodes';
import {
  instagramTextLimitBytes,
  judgeSend,
  messagingTypes,
  messengerTextLimitCharacters,
  privateReplyOpen,
  type MessagingType,
} from './messaging-windows';
import { objectParam, stringParam, type RequestParams } from './request-params';
import { lastInboundAt, type AttachmentRecord, type CommentRecord, type ConversationRecord, type PageRecord, type Platform } from './world';

const senderActions = ['mark_seen', 'typing_on', 'typing_off'];
const attachmentTypes: readonly AttachmentRecord['type'][] = ['image', 'video', 'audio', 'file'];

interface OutgoingMessage {
  text: string;
  attachments: AttachmentRecord[];
}

/**
 * POST /{page-id}/messages (also /me/messages with the Page token, and /{ig-user-id}/messages,
 * where only Instagram recipients exist).
 */
export function sendMessage(context: GraphContext, page: PageRecord, params: RequestParams, onlyInstagram: boolean): Record<string, unknown> {
  requirePageToken(context.caller, page.id, page.id, 'post');
  const recipient = objectParam(params, 'recipient');
  if (!recipient) throw graphErrors.missingParameter('recipient');
  const senderAction = stringParam(params, 'sender_action');
  const rawMessage = objectParam(params, 'message');

  if (typeof recipient.comment_id === 'string') {
    const outgoing = readMessage(rawMessage);
    return sendPrivateReply(context, page, recipient.comment_id, outgoing, onlyInstagram);
  }
  if (typeof recipient.id !== 'string' || recipient.id === '') throw graphErrors.invalidParameter('param recipient must contain id or comment_id');
  const conversation = conversationWith(context, page, recipient.id, onlyInstagram);

  if (senderAction !== undefined) {
    if (rawMessage) throw graphErrors.invalidParameter('Cannot send both message and sender_action at the same time');
    if (!senderActions.includes(senderAction.toLowerCase())) throw graphErrors.invalidParameter(`param sender_action must be one of {${senderActions.join(', ')}}`);
    enforceWindow(context, conversation, 'RESPONSE', undefined);
    return { recipient_id: conversation.customerId };
  }

  const messagingType = readMessagingType(params);
  const tag = stringParam(params, 'tag');
  if (messagingType === 'MESSAGE_TAG' && tag === undefined) throw graphErrors.missingParameter('tag');
  const outgoing = readMessage(rawMessage);
  enforceWindow(context, conversation, messagingType, tag);
  enforceTextLimit(conversation.platform, outgoing.text);

  const now = context.world.now();
  const message = context.world.addMessage(conversation, 'outbound', outgoing.text, now, outgoing.attachments);
  context.world.recordSent({
    kind: 'message',
    pageId: page.id,
    recipientId: conversation.customerId,
    conversationId: conversation.id,
    id: message.id,
    text: outgoing.text,
    messagingType,
    ...(tag === undefined ? {} : { tag }),
    createdAt: now,
  });
  return { recipient_id: conversation.customerId, message_id: message.id };
}

function conversationWith(context: GraphContext, page: PageRecord, customerId: string, onlyInstagram: boolean): ConversationRecord {
  const customer = context.world.customers.get(customerId);
  if (!customer || customer.pageId !== page.id || (onlyInstagram && customer.network !== 'instagram')) throw graphErrors.noMatchingUser();
  const platform: Platform = customer.network === 'instagram' ? 'instagram' : 'messenger';
  // A person who never wrote to the Page cannot be messaged: there is no thread to answer.
  const conversation = context.world.findConversation(page.id, platform, customer.id);
  if (!conversation) throw graphErrors.noMatchingUser();
  return conversation;
}

// The docs make messaging_type required on Messenger, yet their Instagram and private-reply
// examples leave it out; a missing value is read as RESPONSE, the strictest window.
function readMessagingType(params: RequestParams): MessagingType {
  const raw = stringParam(params, 'messaging_type');
  if (raw === undefined) return 'RESPONSE';
  const type = messagingTypes.find((candidate) => candidate === raw.toUpperCase());
  if (!type) throw graphErrors.invalidParameter(`Param messaging_type must be one of {${messagingTypes.join(', ')}} - got "${raw}"`);
  return type;
}

function readMessage(raw: Record<string, unknown> | undefined): OutgoingMessage {
  if (!raw) throw graphErrors.missingParameter('message');
  const text = raw.text;
  if (text !== undefined && typeof text !== 'string') throw graphErrors.invalidParameter('param message[text] must be a string');
  const attachments: AttachmentRecord[] = [];
  const attachment = raw.attachment as { type?: unknown; payload?: { url?: unknown } } | undefined;
  if (attachment !== undefined) {
    const type = attachmentTypes.find((candidate) => candidate === attachment.type);
    const url = attachment.payload?.url;
    if (!type || typeof url !== 'string') throw graphErrors.invalidParameter('param message[attachment] must have a type (image, video, audio, file) and payload.url');
    attachments.push({ type, url });
  }
  if ((text === undefined || text === '') && attachments.length === 0) throw graphErrors.emptyMessage();
  return { text: text ?? '', attachments };
}

function enforceWindow(context: GraphContext, conversation: ConversationRecord, messagingType: MessagingType, tag: string | undefined): void {
  const verdict = judgeSend(conversation.platform, messagingType, tag, lastInboundAt(conversation), context.world.now());
  if (verdict === 'outside-window') throw graphErrors.outsideAllowedWindow(conversation.platform);
  if (verdict === 'invalid-tag') throw graphErrors.invalidTag(tag ?? '', conversation.platform);
}

function enforceTextLimit(platform: Platform, text: string): void {
  if (platform === 'messenger' && [...text].length > messengerTextLimitCharacters) throw graphErrors.textTooLong(messengerTextLimitCharacters, 'characters');
  if (platform === 'instagram' && Buffer.byteLength(text, 'utf8') > instagramTextLimitBytes) throw graphErrors.textTooLong(instagramTextLimitBytes, 'bytes');
}

function sendPrivateReply(context: GraphContext, page: PageRecord, commentId: string, outgoing: OutgoingMessage, onlyInstagram: boolean): Record<string, unknown> {
  const { world } = context;
  const comment: CommentRecord | undefined = world.comments.get(commentId);
  if (!comment || world.pageOfObject(comment.id) !== page.id || (onlyInstagram && comment.network !== 'instagram')) {
    throw graphErrors.invalidParameter(`param recipient[comment_id] is not a comment this Page can answer: ${commentId}`);
  }
  const platform: Platform = comment.network === 'instagram' ? 'instagram' : 'messenger';
  const customer = world.customers.get(comment.authorId);
  if (!customer) throw graphErrors.cannotReplyToActivity();
  if (comment.privateReply) throw graphErrors.activityAlreadyRepliedTo();
  const now = world.now();
  if (!privateReplyOpen(comment.createdAt, now)) throw graphErrors.outsideAllowedWindow(platform);
  if (outgoing.text === '') throw graphErrors.emptyMessage();
  enforceTextLimit(platform, outgoing.text);

  const conversation = world.openConversation(page.id, platform, customer.id);
  const message = world.addMessage(conversation, 'outbound', outgoing.text, now);
  comment.privateReply = { messageId: message.id, sentAt: now };
  world.recordSent({
    kind: 'private-reply',
    pageId: page.id,
    recipientId: customer.id,
    inReplyTo: comment.id,
    conversationId: conversation.id,
    id: message.id,
    text: outgoing.text,
    createdAt: now,
  });
  return { recipient_id: customer.id, message_id: message.id };
}
