// Follows: Conversations API — https://developers.facebook.com/docs/messenger-platform/conversations
// (GET /{page-id}/conversations?platform=messenger|instagram, optional user_id; list ordered by
// updated_time, newest first; time-based paging not available), the Conversation reference —
// https://developers.facebook.com/docs/graph-api/reference/conversation (id, updated_time,
// message_count, unread_count, snippet, participants, senders, can_reply, messages edge), the
// Message reference — https://developers.facebook.com/docs/graph-api/reference/message (id,
// created_time, from, to, message, attachments; default fields id and created_time; newest first),
// and the User Profile APIs — https://developers.facebook.com/docs/messenger-platform/identity/user-profile
// and https://developers.facebook.com/docs/messenger-platform/instagram/features/user-profile
// Messenger people appear as {name,email,id}, Instagram people as {username,id}.

import { requirePageToken } from './caller-access';
import { graphErrors } from './graph-errors';
import { edge, value, type EdgeItems, type EdgeParams, type GraphContext, type NodeDef } from './graph-nodes';
import { formatGraphTime } from './graph-time';
import { messageAttachment } from './media';
import { humanAgentWindowMs } from './messaging-windows';
import { lastInboundAt, updatedAt, type ConversationRecord, type CustomerRecord, type MessageRecord, type MetaWorld, type PageRecord, type Platform } from './world';

interface Participant {
  id: string;
  name?: string;
  email?: string;
  username?: string;
}

function customerParticipant(customer: CustomerRecord | undefined, customerId: string): Participant {
  if (customer?.network === 'instagram') return { username: customer.username ?? customer.name, id: customerId };
  return { name: customer?.name ?? '', email: `${customerId}@facebook.com`, id: customerId };
}

function businessParticipant(world: MetaWorld, page: PageRecord | undefined, platform: Platform): Participant {
  if (platform === 'instagram' && page) {
    const account = world.instagramAccountOf(page.id);
    if (account) return { username: account.username, id: account.id };
  }
  return { name: page?.name ?? '', email: `${page?.id ?? ''}@facebook.com`, id: page?.id ?? '' };
}

function participantsOf(world: MetaWorld, conversation: ConversationRecord): { customer: Participant; business: Participant } {
  return {
    customer: customerParticipant(world.customers.get(conversation.customerId), conversation.customerId),
    business: businessParticipant(world, world.pages.get(conversation.pageId), conversation.platform),
  };
}

function messageParties(world: MetaWorld, message: MessageRecord): { from: Participant; to: Participant } | undefined {
  const conversation = world.conversations.get(message.conversationId);
  if (!conversation) return undefined;
  const { customer, business } = participantsOf(world, conversation);
  return message.direction === 'inbound' ? { from: customer, to: business } : { from: business, to: customer };
}

function attachmentsOf(message: MessageRecord): unknown {
  if (message.attachments.length === 0) return undefined;
  return { data: message.attachments.map((attachment, index) => messageAttachment(attachment, `${message.id}_${index}`)) };
}

export const messageNode: NodeDef<MessageRecord> = {
  typeName: 'Message',
  defaultFields: ['id', 'created_time'],
  idOf: (message) => message.id,
  fields: {
    id: value((message) => message.id),
    created_time: value((message) => formatGraphTime(message.createdAt)),
    message: value((message) => message.text),
    from: value((message, context) => messageParties(context.world, message)?.from),
    to: value((message, context) => {
      const parties = messageParties(context.world, message);
      return parties ? { data: [parties.to] } : undefined;
    }),
    attachments: value(attachmentsOf),
    is_unsupported: value(() => false),
  },
};

function unreadCount(conversation: ConversationRecord): number {
  let count = 0;
  for (let index = conversation.messages.length - 1; index >= 0; index -= 1) {
    if (conversation.messages[index]?.direction !== 'inbound') break;
    count += 1;
  }
  return count;
}

export const conversationNode: NodeDef<ConversationRecord> = {
  typeName: 'Conversation',
  defaultFields: ['id', 'updated_time'],
  idOf: (conversation) => conversation.id,
  fields: {
    id: value((conversation) => conversation.id),
    updated_time: value((conversation) => formatGraphTime(updatedAt(conversation))),
    message_count: value((conversation) => conversation.messages.length),
    unread_count: value(unreadCount),
    snippet: value((conversation) => conversation.messages.at(-1)?.text.slice(0, 100)),
    participants: value((conversation, context) => {
      const { customer, business } = participantsOf(context.world, conversation);
      return { data: [customer, business] };
    }),
    senders: value((conversation, context) => {
      const { customer, business } = participantsOf(context.world, conversation);
      return { data: [customer, business] };
    }),
    // Whether the Page can still answer at all: within 7 days of the customer's last message
    // (the standard window, or HUMAN_AGENT beyond it).
    can_reply: value((conversation, context) => {
      const last = lastInboundAt(conversation);
      return last !== undefined && context.world.now() - last <= humanAgentWindowMs;
    }),
    // Newest first, like the conversations themselves.
    messages: edge(messageNode, (conversation) => ({ items: [...conversation.messages].reverse() })),
  },
};

const platforms: readonly Platform[] = ['messenger', 'instagram'];

export function listConversations(page: PageRecord, context: GraphContext, params: EdgeParams): EdgeItems<ConversationRecord> {
  requirePageToken(context.caller, page.id, page.id);
  const requested = (params.get('platform') ?? 'messenger').toLowerCase();
  const platform = platforms.find((candidate) => candidate === requested);
  if (!platform) throw graphErrors.invalidParameter(`param platform must be one of {MESSENGER, INSTAGRAM} - got "${params.get('platform')}"`);
  if (platform === 'instagram' && !page.instagramAccountId) throw graphErrors.invalidParameter('This Page has no linked Instagram professional account');
  const userId = params.get('user_id');
  const conversations = context.world.conversationsOf(page.id, platform);
  return { items: userId ? conversations.filter((conversation) => conversation.customerId === userId) : conversations };
}

/** /{PSID} with the Page token: the Messenger User Profile API. */
export const messengerProfileNode: NodeDef<CustomerRecord> = {
  typeName: 'User',
  defaultFields: ['first_name', 'last_name', 'profile_pic', 'id'],
  idOf: (customer) => customer.id,
  fields: {
    id: value((customer) => customer.id),
    name: value((customer) => customer.name),
    first_name: value((customer) => customer.name.split(' ')[0]),
    last_name: value((customer) => customer.name.split(' ').slice(1).join(' ')),
    profile_pic: value((customer) => `https://platform-lookaside.fbsbx.com/platform/profilepic/?psid=${customer.id}`),
  },
};

/** /{IGSID} with the Page token: the Instagram User Profile API. */
export const instagramProfileNode: NodeDef<CustomerRecord> = {
  typeName: 'InstagramUser',
  defaultFields: ['name', 'username', 'id'],
  idOf: (customer) => customer.id,
  fields: {
    id: value((customer) => customer.id),
    name: value((customer) => customer.name),
    username: value((customer) => customer.username),
    profile_pic: value((customer) => `https://scontent.cdninstagram.com/sim/${customer.id}.jpg`),
    follower_count: value(() => 120),
    is_verified_user: value(() => false),
    is_user_follow_business: value(() => true),
    is_business_follow_user: value(() => false),
  },
};
