// Replies through the outbox: N replies across conversations whose customers wrote within the
// last 20 hours (inside Meta's 24-hour window, so each goes out as a RESPONSE), queued with
// reply.send through core.dispatch, then core.sync.outbox.flush() until nothing is pending,
// against the simulator with no faults. Every reply must reach the simulator exactly once.
import type { Core } from '../../electron/core/create-core';
import type { MetaSimulator } from '../../electron/simulator/meta';
import { messageText } from '../store/corpus';
import { seededRandom, streamFor } from '../store/random';
import type { FillResult } from './fill';
import { meterOutbox, type ReplyTiming } from './instrument';
import { conversationsWrittenWithin, type SyncPlan } from './plan';

export interface OutboxOptions {
  replies: number;
  conversations: number;
  seed: number;
}

export interface OutboxResult {
  replies: number;
  conversations: number;
  /** The synchronous loop of reply.send calls (each a transaction: message, outbox row, conversation). */
  enqueueMs: number;
  /** Replies that reached the simulator before the flush was timed: 0 when enqueueing and flushing did not overlap. */
  sentDuringEnqueue: number;
  flushMs: number;
  /** How many replies each flush() call delivered. */
  deliveredPerFlush: number[];
  perReply: ReplyTiming[];
  delivered: number;
  duplicated: number;
  missing: number;
}

const replyStream = 104;
/** Customers who wrote within this many minutes of the plan's "now": well inside 24 hours at reply time. */
const recentMinutes = 20 * 60;

export async function measureOutbox(core: Core, sim: MetaSimulator, plan: SyncPlan, fill: FillResult, options: OutboxOptions): Promise<OutboxResult> {
  if (sim.control.faults().length > 0) throw new Error('the outbox is measured without faults, but the simulator has some');
  const targets = pickConversations(core, plan, fill, options);
  const perConversation = Math.ceil(options.replies / targets.length);
  const replies: Array<{ conversationId: number; text: string }> = [];
  // Round-robin, as agents work: a first answer to every conversation, then follow-ups.
  for (let round = 0; round < perConversation; round += 1) {
    for (const target of targets) {
      if (replies.length === options.replies) break;
      const number = replies.length + 1;
      const text = messageText(streamFor(options.seed, replyStream, number), { language: target.language, inbound: false, customerFirstName: target.firstName });
      replies.push({ conversationId: target.id, text: `${text} [R-${String(number).padStart(5, '0')}]` });
    }
  }
  const sentBefore = sim.control.sent().total;
  const meter = meterOutbox(core.store);
  try {
    // reply.send runs its handler synchronously inside dispatch, and the flush it starts yields at
    // its first await: so a loop without awaits queues everything before the first request leaves.
    const enqueueBegan = performance.now();
    const outcomes = replies.map((reply) => core.dispatch('reply.send', reply));
    const flushBegan = performance.now();
    const enqueueMs = flushBegan - enqueueBegan;
    const sentDuringEnqueue = sim.control.sent().total - sentBefore;
    const refused = (await Promise.all(outcomes)).filter((outcome) => !outcome.ok);
    if (refused.length > 0) throw new Error(`reply.send refused ${refused.length} replies: ${JSON.stringify(refused[0])}`);
    const deliveredPerFlush = await flushUntilEmpty(core);
    const flushMs = performance.now() - flushBegan;
    const counts = sim.control.sent().countsByText;
    const timesSent = replies.map((reply) => counts[reply.text] ?? 0);
    return {
      replies: replies.length,
      conversations: targets.length,
      enqueueMs,
      sentDuringEnqueue,
      flushMs,
      deliveredPerFlush,
      perReply: [...meter.replies.values()],
      delivered: timesSent.filter((times) => times === 1).length,
      duplicated: timesSent.filter((times) => times > 1).length,
      missing: timesSent.filter((times) => times === 0).length,
    };
  } finally {
    meter.remove();
  }
}

/** flush() until pendingCount() is 0; each call's delivered count. Fails if three calls in a row deliver nothing. */
async function flushUntilEmpty(core: Core): Promise<number[]> {
  const delivered: number[] = [];
  let idle = 0;
  while (core.store.outbox.pendingCount() > 0) {
    const before = core.store.outbox.pendingCount();
    await core.sync.outbox.flush();
    const progress = before - core.store.outbox.pendingCount();
    delivered.push(progress);
    idle = progress > 0 ? 0 : idle + 1;
    if (idle === 3) {
      const states = core.store.db.prepare('SELECT state, count(*) AS count, max(failure_reason) AS reason FROM outbox GROUP BY state').all();
      throw new Error(`the outbox stopped draining: ${JSON.stringify(states)}`);
    }
  }
  return delivered;
}

interface Target {
  id: number;
  language: 'it' | 'en';
  firstName: string;
}

/** A seeded choice among the planned conversations whose customer wrote recently, with their SQLite ids. */
function pickConversations(core: Core, plan: SyncPlan, fill: FillResult, options: OutboxOptions): Target[] {
  const recent = conversationsWrittenWithin(plan, recentMinutes);
  if (recent.length < options.conversations) throw new Error(`only ${recent.length} planned conversations are recent enough for ${options.conversations}`);
  const random = seededRandom(options.seed ^ replyStream);
  for (let index = recent.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [recent[index], recent[other]] = [recent[other] ?? 0, recent[index] ?? 0];
  }
  const idOf = core.store.db.prepare('SELECT id FROM conversations WHERE external_id = ?').pluck();
  return recent.slice(0, options.conversations).map((conversation) => {
    const id = idOf.get(fill.conversationIds[conversation]) as number | undefined;
    const customer = plan.dataset.customers[conversation];
    if (id === undefined || !customer) throw new Error(`planned conversation ${conversation} is not in the database`);
    return { id, language: customer.language, firstName: customer.firstName };
  });
}
