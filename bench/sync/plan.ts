// The sync benchmark's data, decided up front from one seed: 10,000 DM conversations (≈20 customer
// messages each, 200,000 in all) on the simulator's two Pages, Messenger and Instagram, every
// message within the last 30 days. It is expressed as bench/store's Dataset, in the order sync hands
// the messages to ingest, so the store benchmark's raw-INSERT baseline and its message generator
// (the same texts, byte for byte) work on it unchanged.
import { customerProfile } from '../store/corpus';
import { replayIngest, streams, type Dataset, type ExpectedRows } from '../store/dataset';
import { exponential, integerBetween, streamFor } from '../store/random';
import type { Workspace } from '../store/workspace';

export interface SyncPlanSize {
  conversations: number;
  messages: number;
}

export const fullPlanSize: SyncPlanSize = { conversations: 10_000, messages: 200_000 };

const minute = 60_000;
const day = 24 * 60;
/** Threads end within the last 25 days and span at most 25 gaps of 3 hours: all inside 30 days. */
const latestStartMinutes = 25 * day;
const maxGapMinutes = 180;
/** Thread lengths are the mean ± this, in pairs that cancel out, so the total is exact. */
const lengthSpread = 6;
/** The simulator's two seeded Pages; their brands, in the order connecting creates them. */
export const planPages = ['daGino', 'alpine'] as const;
export type PlanPage = (typeof planPages)[number];
export type PlanPlatform = 'messenger' | 'instagram';

/** One DM stream per Page and platform, in the order connecting creates their channels. */
export const planStreams: ReadonlyArray<{ page: PlanPage; platform: PlanPlatform }> = [
  { page: 'daGino', platform: 'messenger' },
  { page: 'daGino', platform: 'instagram' },
  { page: 'alpine', platform: 'messenger' },
  { page: 'alpine', platform: 'instagram' },
];

/** This benchmark's own random streams, apart from bench/store's (which it also uses, for texts). */
const syncStreams = { placement: 101, lengths: 102, times: 103 } as const;

export interface SyncPlan {
  /** bench/store's shape: conversation c belongs to customer c; messages in sync's ingest order. */
  dataset: Dataset;
  /** The ids a fresh database gives the two brands and four channels when both Pages connect. */
  workspace: Workspace;
  /** Index into planStreams, per conversation. */
  conversationStream: Uint8Array;
  /** Dataset index of each conversation's newest message; its older ones follow it. */
  conversationStart: Int32Array;
  conversationLength: Int32Array;
  /** How long before dataset.now each message was written, in whole minutes. */
  messageMinutesAgo: Int32Array;
}

export function planSync(size: SyncPlanSize, seed: number, now: number): SyncPlan {
  const { conversations, messages } = size;
  const mean = messages / conversations;
  if (!Number.isInteger(mean) || conversations % 2 !== 0 || mean <= lengthSpread) {
    throw new RangeError('the plan needs an even number of conversations and a whole mean thread length above the spread');
  }
  const customers = Array.from({ length: conversations }, (_, index) => customerProfile(streamFor(seed, streams.customers, index), index));
  const conversationStream = new Uint8Array(conversations);
  const lastMinutesAgo = new Int32Array(conversations);
  const conversationLength = new Int32Array(conversations);
  for (let conversation = 0; conversation < conversations; conversation += 1) {
    const random = streamFor(seed, syncStreams.placement, conversation);
    // Pizzeria Da Gino is the busier Page; Messenger carries more of it than Instagram.
    const page = random() < 0.55 ? 0 : 1;
    const platform = random() < 0.6 ? 0 : 1;
    conversationStream[conversation] = page * 2 + platform;
    // Recent threads are more common, as in a live queue: about 20% end within the last 24 hours.
    lastMinutesAgo[conversation] = 2 + Math.floor(latestStartMinutes * random() ** 2);
  }
  for (let pair = 0; pair < conversations / 2; pair += 1) {
    const spread = integerBetween(streamFor(seed, syncStreams.lengths, pair), -lengthSpread, lengthSpread);
    conversationLength[pair * 2] = mean + spread;
    conversationLength[pair * 2 + 1] = mean - spread;
  }
  const order = syncOrder(conversationStream, lastMinutesAgo);
  const dataset: Dataset = {
    seed,
    now,
    size: { customers: conversations, conversations, messages },
    customers,
    customerChannel: Int32Array.from(conversationStream),
    conversationCustomer: Int32Array.from({ length: conversations }, (_, index) => index),
    conversationIsComments: new Uint8Array(conversations),
    messageConversation: new Int32Array(messages),
    messageCreatedAt: new Float64Array(messages),
    messageInbound: new Uint8Array(messages).fill(1),
    messageOrdinal: new Int32Array(messages),
    expected: emptyExpectedRows(),
  };
  const conversationStart = new Int32Array(conversations);
  const messageMinutesAgo = new Int32Array(messages);
  let position = 0;
  for (const conversation of order) {
    const length = conversationLength[conversation] ?? 0;
    const random = streamFor(seed, syncStreams.times, conversation);
    conversationStart[conversation] = position;
    // Newest first, as the Graph API lists a thread; earlier messages minutes to hours apart.
    let minutesAgo = lastMinutesAgo[conversation] ?? 0;
    for (let back = 0; back < length; back += 1) {
      if (back > 0) minutesAgo += Math.min(maxGapMinutes, Math.max(1, Math.round(exponential(random, 45))));
      dataset.messageConversation[position] = conversation;
      dataset.messageOrdinal[position] = length - 1 - back;
      dataset.messageCreatedAt[position] = now - minutesAgo * minute;
      messageMinutesAgo[position] = minutesAgo;
      position += 1;
    }
  }
  dataset.expected = replayIngest(dataset);
  return { dataset, workspace: planWorkspace(), conversationStream, conversationStart, conversationLength, messageMinutesAgo };
}

/**
 * Stream by stream, busiest conversation first: the order MetaReader reads the conversations edge
 * (newest activity first) and so the order sync hands them to ingest.
 */
function syncOrder(conversationStream: Uint8Array, lastMinutesAgo: Int32Array): number[] {
  const order = Array.from({ length: conversationStream.length }, (_, index) => index);
  return order.sort((a, b) => (conversationStream[a] ?? 0) - (conversationStream[b] ?? 0) || (lastMinutesAgo[a] ?? 0) - (lastMinutesAgo[b] ?? 0) || a - b);
}

/** Brands 1–2 (one per Page), each with its Page (facebook_page) and Instagram channel. */
function planWorkspace(): Workspace {
  const names = { daGino: 'Pizzeria Da Gino', alpine: 'Alpine Outdoor' } as const;
  return {
    brandIds: [1, 2],
    channels: planStreams.map(({ page, platform }, index) => ({
      id: index + 1,
      brandId: planPages.indexOf(page) + 1,
      kind: platform === 'messenger' ? 'facebook_page' : 'instagram',
      name: names[page],
      traffic: 1,
    })),
  };
}

function emptyExpectedRows(): ExpectedRows {
  const none = new Int32Array(0);
  return {
    customerByContactId: none,
    contactIdByCustomer: none,
    conversationByConversationId: none,
    conversationIdByConversation: none,
    unreadCount: none,
    lastMessageAt: new Float64Array(0),
    lastInboundAt: new Float64Array(0),
  };
}

/** Conversations whose customer wrote last within `minutes` of dataset.now: replies go out with RESPONSE. */
export function conversationsWrittenWithin(plan: SyncPlan, minutes: number): number[] {
  const recent: number[] = [];
  plan.conversationStart.forEach((start, conversation) => {
    if ((plan.messageMinutesAgo[start] ?? Infinity) <= minutes) recent.push(conversation);
  });
  return recent;
}
