// The shape of the benchmark's data, decided up front from one seed: which customer writes on which
// channel, how long each thread is, when every message arrives, and — by replaying ingest's rules —
// which ids and counters the product will give every row. Everything is typed arrays (a few MB for
// a million messages); message texts are regenerated on demand (see ./messages.ts).
import { customerProfile, type CustomerProfile } from './corpus';
import { chance, exponential, normal, streamFor, weightedIndexPicker } from './random';
import type { Workspace } from './workspace';

export interface DatasetSize {
  customers: number;
  conversations: number;
  messages: number;
}

export const fullSize: DatasetSize = { customers: 60_000, conversations: 100_000, messages: 1_000_000 };

const day = 86_400_000;
const historyMs = 180 * day;
/** Independent random streams, so changing one part of the generator leaves the others alone. */
export const streams = { customers: 1, conversations: 2, threadLengths: 3, times: 4, messages: 5, queueState: 6, benchInputs: 7 } as const;

export interface Dataset {
  seed: number;
  now: number;
  size: DatasetSize;
  customers: CustomerProfile[];
  /** Index into workspace.channels. */
  customerChannel: Int32Array;
  conversationCustomer: Int32Array;
  conversationIsComments: Uint8Array;
  /** Messages in arrival order (the order sync hands them to ingest). */
  messageConversation: Int32Array;
  messageCreatedAt: Float64Array;
  messageInbound: Uint8Array;
  /** 0 for a thread's first message. */
  messageOrdinal: Int32Array;
  expected: ExpectedRows;
}

/** What ingest produces, worked out in advance: the raw baseline inserts exactly these rows. */
export interface ExpectedRows {
  /** Customer index for contact id n at [n - 1]; contacts are created at first sighting. */
  customerByContactId: Int32Array;
  contactIdByCustomer: Int32Array;
  conversationByConversationId: Int32Array;
  conversationIdByConversation: Int32Array;
  unreadCount: Int32Array;
  lastMessageAt: Float64Array;
  lastInboundAt: Float64Array;
}

export function planDataset(workspace: Workspace, size: DatasetSize, seed: number, now: number): Dataset {
  if (size.messages < size.conversations) throw new RangeError('every conversation needs at least one message');
  const { customers, customerChannel } = planCustomers(workspace, size, seed);
  const { conversationCustomer, conversationIsComments } = planConversations(size, seed);
  const threadLengths = planThreadLengths(size, seed);
  const messages = planMessages(size, seed, now, threadLengths, conversationIsComments);
  const dataset = { seed, now, size, customers, customerChannel, conversationCustomer, conversationIsComments, ...messages };
  return { ...dataset, expected: replayIngest(dataset) };
}

function planCustomers(workspace: Workspace, size: DatasetSize, seed: number) {
  const pickChannel = weightedIndexPicker(workspace.channels.map((channel) => channel.traffic));
  const customerChannel = new Int32Array(size.customers);
  const customers: CustomerProfile[] = [];
  for (let index = 0; index < size.customers; index += 1) {
    const random = streamFor(seed, streams.customers, index);
    customerChannel[index] = pickChannel(random);
    customers.push(customerProfile(random, index));
  }
  return { customers, customerChannel };
}

/** Every customer has at least one conversation; the rest go to repeat customers, a few of them often. */
function planConversations(size: DatasetSize, seed: number) {
  const conversationCustomer = new Int32Array(size.conversations);
  const conversationIsComments = new Uint8Array(size.conversations);
  for (let index = 0; index < size.conversations; index += 1) {
    const random = streamFor(seed, streams.conversations, index);
    conversationCustomer[index] = index < size.customers ? index : Math.floor(size.customers * random() ** 2);
    conversationIsComments[index] = chance(random, 0.4) ? 1 : 0;
  }
  return { conversationCustomer, conversationIsComments };
}

/** Log-normal thread lengths: most threads are a handful of messages, a few run to hundreds. */
function planThreadLengths(size: DatasetSize, seed: number): Int32Array {
  const random = streamFor(seed, streams.threadLengths, 0);
  const weights = Float64Array.from({ length: size.conversations }, () => Math.exp(1.1 * normal(random)));
  const pickConversation = weightedIndexPicker(weights);
  const lengths = new Int32Array(size.conversations).fill(1);
  for (let extra = size.messages - size.conversations; extra > 0; extra -= 1) {
    const index = pickConversation(random);
    lengths[index] = (lengths[index] ?? 0) + 1;
  }
  return lengths;
}

/** Each thread starts somewhere in the last 180 days; replies follow minutes to hours apart. */
function planMessages(size: DatasetSize, seed: number, now: number, threadLengths: Int32Array, isComments: Uint8Array) {
  const byThread = {
    conversation: new Int32Array(size.messages),
    createdAt: new Float64Array(size.messages),
    inbound: new Uint8Array(size.messages),
    ordinal: new Int32Array(size.messages),
  };
  let position = 0;
  for (let conversation = 0; conversation < size.conversations; conversation += 1) {
    const random = streamFor(seed, streams.times, conversation);
    const length = threadLengths[conversation] ?? 1;
    const start = now - 10 * 60_000 - random() * historyMs;
    const meanGap = isComments[conversation] ? 30 * 60_000 : 90 * 60_000;
    const gaps = Array.from({ length }, (_, ordinal) => (ordinal === 0 ? 0 : exponential(random, meanGap)));
    const total = gaps.reduce((sum, gap) => sum + gap, 0);
    // A thread never runs past "now": a long one that started recently is squeezed into the time left.
    const squeeze = total > 0 ? Math.min(1, (now - 60_000 - start) / total) : 1;
    let elapsed = 0;
    for (let ordinal = 0; ordinal < length; ordinal += 1) {
      elapsed += (gaps[ordinal] ?? 0) * squeeze;
      byThread.conversation[position] = conversation;
      // + ordinal keeps a thread's times strictly increasing even when squeezed to milliseconds.
      byThread.createdAt[position] = Math.round(start + elapsed) + ordinal;
      byThread.inbound[position] = ordinal === 0 || chance(random, 0.6) ? 1 : 0;
      byThread.ordinal[position] = ordinal;
      position += 1;
    }
  }
  return inArrivalOrder(byThread);
}

function inArrivalOrder(byThread: { conversation: Int32Array; createdAt: Float64Array; inbound: Uint8Array; ordinal: Int32Array }) {
  const { createdAt } = byThread;
  const order = Uint32Array.from({ length: createdAt.length }, (_, index) => index);
  order.sort((a, b) => (createdAt[a] ?? 0) - (createdAt[b] ?? 0) || a - b);
  const permute = <T extends Int32Array | Float64Array | Uint8Array>(source: T, target: T): T => {
    order.forEach((from, to) => {
      target[to] = source[from] ?? 0;
    });
    return target;
  };
  return {
    messageConversation: permute(byThread.conversation, new Int32Array(order.length)),
    messageCreatedAt: permute(byThread.createdAt, new Float64Array(order.length)),
    messageInbound: permute(byThread.inbound, new Uint8Array(order.length)),
    messageOrdinal: permute(byThread.ordinal, new Int32Array(order.length)),
  };
}

/**
 * Walks the messages in arrival order with MessageRepository.ingest's rules: a contact is created
 * at a customer's first message, a conversation at its first message, and every inbound message
 * bumps unread_count and last_inbound_at.
 */
export function replayIngest(dataset: Omit<Dataset, 'expected'>): ExpectedRows {
  const { size, conversationCustomer, messageConversation, messageCreatedAt, messageInbound } = dataset;
  const contactIdByCustomer = new Int32Array(size.customers);
  const customerByContactId: number[] = [];
  const conversationIdByConversation = new Int32Array(size.conversations);
  const conversationByConversationId: number[] = [];
  const unreadCount = new Int32Array(size.conversations);
  const lastMessageAt = new Float64Array(size.conversations);
  const lastInboundAt = new Float64Array(size.conversations);
  for (let index = 0; index < size.messages; index += 1) {
    const conversation = messageConversation[index] ?? 0;
    const customer = conversationCustomer[conversation] ?? 0;
    if (contactIdByCustomer[customer] === 0) contactIdByCustomer[customer] = customerByContactId.push(customer);
    if (conversationIdByConversation[conversation] === 0) conversationIdByConversation[conversation] = conversationByConversationId.push(conversation);
    const createdAt = messageCreatedAt[index] ?? 0;
    lastMessageAt[conversation] = Math.max(lastMessageAt[conversation] ?? 0, createdAt);
    if (messageInbound[index]) {
      unreadCount[conversation] = (unreadCount[conversation] ?? 0) + 1;
      lastInboundAt[conversation] = Math.max(lastInboundAt[conversation] ?? 0, createdAt);
    }
  }
  return {
    customerByContactId: Int32Array.from(customerByContactId),
    contactIdByCustomer,
    conversationByConversationId: Int32Array.from(conversationByConversationId),
    conversationIdByConversation,
    unreadCount,
    lastMessageAt,
    lastInboundAt,
  };
}
