// After the first sync, sync runs as a poll every 15 s or so: what does one cost at this size?
// tinybench times syncNow() with nothing new, and with a few new customer messages arriving before
// each call. A fixed number of calls, not a time: each costs requests, and the simulator's usage
// headers feed the account's rate governor, which pauses the account at 95% of the allowance (a
// paused syncNow() returns at once without a request, so it would measure nothing). Separately, the
// first poll after the replies reads them back (each reply moved its thread to the top of the
// conversations edge) and must store none of them twice.
import { Bench } from 'tinybench';
import type { Core } from '../../electron/core/create-core';
import type { MetaSimulator } from '../../electron/simulator/meta';
import { quantile } from '../store/latency';
import { integerBetween, streamFor } from '../store/random';
import type { FillResult } from './fill';
import type { HttpMeter } from './instrument';
import { planStreams, type SyncPlan } from './plan';

export interface ReadBack {
  ms: number;
  requests: number;
  /** Outbound messages in the planned threads, and how many of them are marked sent. */
  outbound: number;
  outboundSent: number;
}

/** One syncNow() right after the replies: it meets them again on the platform. */
export async function readBackReplies(core: Core, fill: FillResult, http: { meter: HttpMeter; reset(): void }): Promise<ReadBack> {
  http.reset();
  const began = performance.now();
  await core.sync.syncNow();
  const ms = performance.now() - began;
  requireOnline(core, 'the read-back of the replies');
  const counts = core.store.db
    .prepare(
      `SELECT count(*) AS outbound, coalesce(sum(delivery_state = 'sent'), 0) AS outboundSent FROM messages
       WHERE direction = 'outbound' AND conversation_id IN (SELECT id FROM conversations WHERE external_id IN (SELECT value FROM json_each(?)))`,
    )
    .get(JSON.stringify(fill.conversationIds)) as { outbound: number; outboundSent: number };
  return { ms, requests: http.meter.gets, ...counts };
}

export interface PollLatency {
  name: string;
  p50: number;
  p95: number;
  samples: number;
  requestsPerCall: number;
}

export interface PollOptions {
  seed: number;
  /** Timed calls per case (after 3 warm-up calls). */
  calls: number;
  /** New customer messages before each call of the second case. */
  newMessages: number;
}

export async function measurePolls(core: Core, sim: MetaSimulator, plan: SyncPlan, fill: FillResult, http: { meter: HttpMeter; reset(): void }, options: PollOptions): Promise<PollLatency[]> {
  const random = streamFor(options.seed, 105, 0);
  let injected = 0;
  const injectNewMessages = () => {
    for (let count = 0; count < options.newMessages; count += 1) {
      const conversation = integerBetween(random, 0, plan.dataset.size.conversations - 1);
      const { page, platform } = planStreams[plan.conversationStream[conversation] ?? 0] ?? { page: 'daGino', platform: 'messenger' };
      const customerId = fill.customerIds[conversation] ?? '';
      sim.control.injectMessage({ pageId: sim.seed[page].id, platform, author: { customerId }, text: `Ci sono novità? (${injected + 1})` });
      injected += 1;
    }
  };
  const cases = [
    { name: 'syncNow(), nothing new', before: undefined },
    { name: `syncNow(), ${options.newMessages} new customer messages`, before: injectNewMessages },
  ];
  const storedBefore = countMessages(core);
  const results: PollLatency[] = [];
  for (const { name, before } of cases) {
    const bench = new Bench({ time: 0, iterations: options.calls, warmupTime: 0, warmupIterations: 3, retainSamples: true, throws: true });
    let calls = 0;
    bench.add(
      name,
      async () => {
        calls += 1;
        await core.sync.syncNow();
      },
      before ? { beforeEach: before } : {},
    );
    http.reset();
    await bench.run();
    const result = bench.getTask(name)?.result;
    if (result?.state !== 'completed' || !result.latency.samples) throw new Error(`${name}: ${result?.state ?? 'not run'}`);
    requireOnline(core, name);
    results.push({ name, p50: result.latency.p50, p95: quantile(result.latency.samples, 0.95), samples: result.latency.samplesCount, requestsPerCall: http.meter.gets / calls });
  }
  const stored = countMessages(core) - storedBefore;
  if (stored !== injected) throw new Error(`the polls stored ${stored} new messages, but customers wrote ${injected}`);
  return results;
}

/** Every account synced normally: not paused by its rate governor, not offline. */
export function requireOnline(core: Core, during: string): void {
  const other = core.sync.statuses().filter((status) => status.state !== 'online');
  if (other.length > 0) throw new Error(`${during}: accounts not online, so the calls did no work: ${JSON.stringify(other)}`);
}

function countMessages(core: Core): number {
  return core.store.db.prepare('SELECT count(*) FROM messages').pluck().get() as number;
}
