// npm run bench:sync — sync and outbox against the Meta simulator at a busy workspace's size: a
// first sync of 10,000 conversations / 200,000 messages through the real core (HTTP on loopback,
// the real OS keychain), its rate against bench/store's raw-INSERT baseline on the same messages,
// the outbox draining 2,000 replies, the poll's cost afterwards, memory and database size.
// Budgets are checked and the exit code is non-zero if one is missed. Everything lives in a
// temporary folder that is deleted at the end, and the tokens it stored in the keychain are removed.
// Needs an unlocked keychain: see bench/sync/keychain.ts (howToRun) or docs/performance.md.
// SPORTELLO_BENCH_SCALE=0.1 runs a tenth of the data (quicker, for working on the benchmark).
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../electron/core/create-core';
import type { KeytarSecretStore } from '../electron/core/secrets/keytar-secret-store';
import { startMetaSimulator, type MetaSimulator } from '../electron/simulator/meta';
import { bytesByTable, fileSizes, peakRssBytes, type FileSizes } from './store/disk';
import { quantile } from './store/latency';
import { concludeBudgets, printMachine } from './run-bench';
import { formatBytes, formatCount, formatMs, printReport, type ReportRow } from './store/report';
import { measureBaseline, type BaselineResult } from './sync/baseline';
import { fillSimulator, type FillResult } from './sync/fill';
import { capturingLogger, connectOnlyExplicitSyncs, openBenchCore, timeFirstSync, type CapturedLogger, type FirstSyncResult } from './sync/first-sync';
import { meterHttp } from './sync/instrument';
import { benchKeychain, forgetTokens, KeychainUnavailable } from './sync/keychain';
import { measureOutbox, type OutboxResult } from './sync/outbox';
import { fullPlanSize, planSync, type SyncPlan, type SyncPlanSize } from './sync/plan';
import { measurePolls, readBackReplies, type PollLatency, type ReadBack } from './sync/poll';
import { createTempRoot, removeAbandonedRoots } from './sync/temp-root';
import { fingerprintDifferences, plannedFingerprint, seedShare, threadFingerprint, type SeedShare } from './sync/verify';

const seed = 20_251_002;
const syncRatioBudget = 0.25;
const outboxBudgetPerSecond = 100;
const fullOutbox = { replies: 2_000, conversations: 500 };
const newMessagesPerPoll = 20;
/** Fixed, not timed: every call costs requests against the simulator's usage allowance. */
const pollCalls = 20;

type Cleanup = () => Promise<void> | void;

async function main(): Promise<void> {
  const began = performance.now();
  const root = createTempRoot();
  const abandoned = removeAbandonedRoots(root);
  if (abandoned > 0) console.log(`Removed ${abandoned} temporary folder(s) left by earlier runs that were killed.`);
  // Undone last-in first-out: tokens out of the keychain, core and simulator closed, folder deleted.
  const cleanups: Cleanup[] = [() => fs.rmSync(root, { recursive: true, force: true })];
  const cleanUp = async () => {
    for (let cleanup = cleanups.pop(); cleanup; cleanup = cleanups.pop()) {
      try {
        await cleanup();
      } catch (error) {
        console.error('cleanup failed:', error);
      }
    }
  };
  // Ctrl-C reaches this process twice (from the terminal and relayed by tsx): the second must not
  // kill it halfway through the cleanup, which is asynchronous (the keychain is on D-Bus).
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) return;
    interrupted = true;
    console.log(`\n${signal}: cleaning up…`);
    void cleanUp().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const secrets = await benchKeychain();
    const rows = await runBenchmark(root, secrets, scaledSize(), (cleanup) => cleanups.push(cleanup));
    printReport(rows);
    concludeBudgets(rows);
  } catch (error) {
    if (!(error instanceof KeychainUnavailable)) throw error;
    console.error(`\nThe sync benchmark cannot run: ${error.message}`);
    process.exitCode = 2;
  } finally {
    await cleanUp();
    console.log(`Total elapsed: ${formatMs(performance.now() - began)}`);
  }
}

interface Scaled {
  plan: SyncPlanSize;
  outbox: { replies: number; conversations: number };
}

function scaledSize(): Scaled {
  const scale = Number(process.env.SPORTELLO_BENCH_SCALE ?? '1');
  if (!(scale > 0 && scale <= 1)) throw new RangeError('SPORTELLO_BENCH_SCALE must be in (0, 1]');
  const conversations = Math.max(2, Math.round((fullPlanSize.conversations * scale) / 2) * 2);
  return {
    plan: { conversations, messages: conversations * (fullPlanSize.messages / fullPlanSize.conversations) },
    outbox: { replies: Math.max(4, Math.round(fullOutbox.replies * scale)), conversations: Math.max(1, Math.round(fullOutbox.conversations * scale)) },
  };
}

/** The simulator's clock: held still while it is filled, so every planned time is exact; then live. */
function simulatorClock() {
  let frozenAt: number | null = null;
  return {
    now: () => frozenAt ?? Date.now(),
    freeze: (at: number) => {
      frozenAt = at;
    },
    release: () => {
      frozenAt = null;
    },
  };
}

async function runBenchmark(root: string, secrets: KeytarSecretStore, size: Scaled, onCleanup: (cleanup: Cleanup) => void): Promise<ReportRow[]> {
  printMachine();
  const clock = simulatorClock();
  const sim = await startMetaSimulator({ now: clock.now });
  let simClosed = false;
  const closeSim = async () => {
    if (simClosed) return;
    simClosed = true;
    await sim.close();
  };
  onCleanup(closeSim);

  // Whole minutes before a whole-minute "now": every time survives Graph's one-second precision.
  const now = Math.floor(Date.now() / 60_000) * 60_000;
  clock.freeze(now);
  console.log(`\nPlanning the data (seed ${seed})…`);
  const plan = planSync(size.plan, seed, now);
  printPlan(plan);
  console.log(`\nFilling the simulator in-process (control.injectMessage, not measured)…`);
  const fill = await fillSimulator(sim, plan);
  clock.release();
  const rssAfterFill = process.memoryUsage().rss;
  console.log(`  ${formatCount(fill.messages)} messages in ${formatCount(fill.conversationIds.length)} threads in ${formatMs(fill.ms)}; RSS now ${formatBytes(rssAfterFill)}`);

  const logger = capturingLogger();
  const dataDir = path.join(root, 'core');
  fs.mkdirSync(dataDir);
  const core = await openBenchCore(dataDir, secrets, logger);
  let coreClosed = false;
  const closeCore = async () => {
    if (coreClosed) return;
    coreClosed = true;
    try {
      await forgetTokens(secrets, core.store.accounts.list().map((account) => account.id));
    } finally {
      await core.close();
    }
  };
  onCleanup(closeCore);
  const accountIds = await connectOnlyExplicitSyncs(core, sim);
  const http = meterHttp();
  onCleanup(http.remove);

  console.log(`\nFirst sync: core.sync.syncNow() on an empty database (${accountIds.length} accounts, ${core.store.accounts.channels().length} channels)…`);
  const first = await timeFirstSync(core, http);
  const seedPart = verifyFirstSync(core, sim, plan, fill);
  const afterSync = { disk: fileSizes(core.store.file), peakRss: peakRssBytes() };
  printBytesByTable(core);

  const usage: UsageReadings = { afterFirstSync: http.meter.appUsagePercent, afterPolls: null, atEnd: null };

  console.log(`\nPolling: syncNow() with tinybench, ${pollCalls} calls per case…`);
  const polls = await measurePolls(core, sim, plan, fill, http, { seed, calls: pollCalls, newMessages: newMessagesPerPoll });
  usage.afterPolls = http.meter.appUsagePercent;

  console.log(`\nOutbox: ${formatCount(size.outbox.replies)} replies with reply.send, then outbox.flush() until nothing is pending…`);
  const outbox = await measureOutbox(core, sim, plan, fill, { ...size.outbox, seed });
  console.log(`  delivered in ${formatMs(outbox.flushMs)} over ${outbox.deliveredPerFlush.length} flush() calls`);
  const readBack = await readBackReplies(core, fill, http);
  usage.atEnd = http.meter.appUsagePercent;
  failOnLoggedErrors(logger);
  await closeCore();
  http.remove();
  await closeSim();

  console.log(`\nBaseline: bench/store's ingest comparison on the same ${formatCount(plan.dataset.size.messages)} messages, two fresh databases…`);
  const baseline = await measureBaseline(root, plan);
  const rawDifferences = fingerprintDifferences(baseline.rawFingerprint, plannedFingerprint(plan, fill));
  if (rawDifferences.length > 0) throw new Error(`the raw baseline did not store the planned threads: ${rawDifferences.join(', ')}`);

  return [
    ...fillRows(plan, fill, rssAfterFill),
    ...firstSyncRows(plan, first, seedPart),
    ...baselineRows(plan, first, baseline),
    ...pollRows(polls, usage),
    ...outboxRows(outbox, readBack),
    ...memoryRows(afterSync),
  ];
}

/** Every planned thread stored exactly as planned, and nothing else but the simulator's demo seed. */
function verifyFirstSync(core: Core, sim: MetaSimulator, plan: SyncPlan, fill: FillResult): SeedShare {
  const planned = plannedFingerprint(plan, fill);
  const differences = fingerprintDifferences(threadFingerprint(core.store.db, fill.conversationIds), planned);
  if (differences.length > 0) throw new Error(`the first sync did not store the planned threads as planned: ${differences.join(', ')}`);
  const seeded = seedShare(core.store.db, sim, planned, fill.conversationIds);
  const { dmThreads, commentThreads } = seeded;
  if (seeded.missingSeedThreads.length > 0 || dmThreads.stored !== dmThreads.seeded || commentThreads.stored !== commentThreads.seeded) {
    throw new Error(`the first sync stored other conversations than the plan and the seed: ${JSON.stringify(seeded)}`);
  }
  console.log(`  verified: ${formatCount(planned.conversations)} planned conversations and ${formatCount(planned.messages)} messages, texts, times and counters as planned`);
  console.log(
    `  besides them: the simulator's demo seed, ${dmThreads.stored} DM threads and ${commentThreads.stored} comment threads (as SeedInfo lists), ` +
      `${formatCount(seeded.messages)} messages`,
  );
  return seeded;
}

function failOnLoggedErrors(logger: CapturedLogger): void {
  for (const line of logger.lines) console.log(`  core ${line.level}: ${line.message} ${JSON.stringify(line.details ?? {})}`);
  const errors = logger.lines.filter((line) => line.level === 'error');
  if (errors.length > 0) throw new Error(`core logged ${errors.length} error(s) during the run`);
}


function printPlan(plan: SyncPlan): void {
  const { dataset } = plan;
  const lengths = plan.conversationLength;
  const recentDay = plan.conversationStart.filter((start) => (plan.messageMinutesAgo[start] ?? Infinity) <= 24 * 60).length;
  const oldestDays = plan.messageMinutesAgo.reduce((oldest, minutes) => Math.max(oldest, minutes), 0) / (24 * 60);
  const italian = dataset.customers.filter((customer) => customer.language === 'it').length;
  console.log(
    `  ${formatCount(dataset.size.conversations)} DM threads, ${formatCount(dataset.size.messages)} customer messages; ${lengths.reduce((a, b) => Math.min(a, b))}–${lengths.reduce((a, b) => Math.max(a, b))} per thread, ` +
      `${formatCount(lengths.filter((length) => length > 25).length)} longer than one 25-message page; ${percent(italian, dataset.customers.length)} Italian`,
  );
  console.log(`  ${formatCount(recentDay)} threads with a message in the last 24 h; oldest message ${oldestDays.toFixed(1)} days ago (the first-sync window is 30 days)`);
}

function printBytesByTable(core: Core): void {
  console.log('  largest objects (dbstat):');
  for (const { name, bytes } of bytesByTable(core.store.db).slice(0, 6)) console.log(`  ${formatBytes(bytes).padStart(10)}  ${name}`);
}

const percent = (part: number, whole: number) => `${((part / whole) * 100).toFixed(0)}%`;
const perSecond = (count: number, ms: number) => count / (ms / 1000);
const share = (part: number, whole: number) => `${formatMs(part)} (${percent(part, whole)})`;

function fillRows(plan: SyncPlan, fill: FillResult, rssAfterFill: number): ReportRow[] {
  const section = 'Simulator fill (in-process control API; not part of any measurement)';
  return [
    {
      section,
      measure: `control.injectMessage × ${formatCount(fill.messages)} (${formatCount(plan.dataset.size.conversations)} threads, 2 Pages × Messenger/Instagram)`,
      value: `${formatMs(fill.ms)} (${formatCount(perSecond(fill.messages, fill.ms))} msg/s)`,
    },
    { section, measure: 'RSS after the fill (simulator world, plan, core not yet open)', value: formatBytes(rssAfterFill) },
  ];
}

function firstSyncRows(plan: SyncPlan, first: FirstSyncResult, seeded: SeedShare): ReportRow[] {
  const section = `First sync (${formatCount(plan.dataset.size.conversations)} conversations, ${formatCount(plan.dataset.size.messages)} messages + demo seed)`;
  const restMs = first.ms - first.getMs - first.ingestMs;
  return [
    { section, measure: 'core.sync.syncNow(), empty database, until everything is in', value: `${formatCount(perSecond(first.inserted, first.ms))} msg/s (${formatMs(first.ms)})` },
    {
      section,
      measure: `  waiting for ${formatCount(first.gets)} GET answers (rendered by the simulator, same thread)`,
      value: `${share(first.getMs, first.ms)}; ${formatMs(first.getMs / first.gets)} per request`,
    },
    { section, measure: `  inside store.messages.ingest (${first.ingestCalls.length} calls, one per page)`, value: share(first.ingestMs, first.ms) },
    { section, measure: '  the rest: JSON parsing, zod validation, mapping, event loop', value: share(restMs, first.ms) },
    {
      section,
      measure: 'longest event-loop stall (one page stored in one synchronous call)',
      value: `${formatMs(first.longestStallMs)}; largest page ${formatCount(Math.max(...first.ingestCalls.map((call) => call.messages)))} messages`,
    },
    {
      section,
      measure: 'stored: the planned threads (counts, texts, times, counters)',
      value: `${formatCount(plan.dataset.size.conversations)} conversations, ${formatCount(plan.dataset.size.messages)} messages, as planned`,
      budget: 'all',
      pass: true,
    },
    {
      section,
      measure: "stored besides: the simulator's demo seed",
      value: `${seeded.dmThreads.stored} DM + ${seeded.commentThreads.stored} comment threads (as seeded), ${formatCount(seeded.messages)} messages`,
    },
  ];
}

function baselineRows(plan: SyncPlan, first: FirstSyncResult, baseline: BaselineResult): ReportRow[] {
  const section = `Ingest baseline (the same ${formatCount(plan.dataset.size.messages)} messages, fresh databases)`;
  const syncRate = perSecond(first.inserted, first.ms);
  const ingestRate = perSecond(baseline.product.messages, baseline.product.ms);
  const rawRate = perSecond(baseline.raw.messages, baseline.raw.ms);
  const ratio = syncRate / rawRate;
  return [
    { section, measure: 'store.messages.ingest, batches of 1,000', value: `${formatCount(ingestRate)} msg/s (${formatMs(baseline.product.ms)})` },
    { section, measure: "raw INSERT baseline (bench/store's), same rows", value: `${formatCount(rawRate)} msg/s (${formatMs(baseline.raw.ms)})` },
    { section, measure: 'first sync / raw throughput', value: ratio.toFixed(2), budget: `≥ ${syncRatioBudget.toFixed(2)}`, pass: ratio >= syncRatioBudget },
    { section, measure: '  (store.messages.ingest / raw, for comparison)', value: (ingestRate / rawRate).toFixed(2) },
  ];
}

function outboxRows(outbox: OutboxResult, readBack: ReadBack): ReportRow[] {
  const section = `Outbox (${formatCount(outbox.replies)} replies to ${formatCount(outbox.conversations)} conversations, no faults)`;
  const rate = perSecond(outbox.replies, outbox.flushMs);
  const totals = outbox.perReply.map((reply) => reply.totalMs).sort((a, b) => a - b);
  const mean = (pick: (reply: OutboxResult['perReply'][number]) => number) => formatMs(outbox.perReply.reduce((sum, reply) => sum + pick(reply), 0) / outbox.perReply.length);
  const perFlush = outbox.deliveredPerFlush;
  return [
    {
      section,
      measure: 'reply.send × N through core.dispatch (queue only)',
      value: `${formatMs(outbox.enqueueMs)} (${formatCount(perSecond(outbox.replies, outbox.enqueueMs))}/s); ${outbox.sentDuringEnqueue} sent meanwhile`,
    },
    { section, measure: 'outbox.flush() until pendingCount() is 0', value: `${formatCount(rate)} replies/s (${formatMs(outbox.flushMs)})`, budget: `≥ ${outboxBudgetPerSecond}/s`, pass: rate >= outboxBudgetPerSecond },
    { section, measure: '  per reply: commit "sending", Send API POST, commit "sent"', value: `p50 ${formatMs(quantile(totals, 0.5))} · p95 ${formatMs(quantile(totals, 0.95))}` },
    { section, measure: '  mean split: "sending" commit · POST · "sent" commit', value: `${mean((r) => r.sendingMs)} · ${mean((r) => r.requestMs)} · ${mean((r) => r.sentMs)}` },
    { section, measure: '  flush() calls needed, and replies each delivered', value: `${perFlush.length}: ${callsByDelivered(perFlush)}` },
    {
      section,
      measure: 'delivered exactly once (control.sent())',
      value: `${formatCount(outbox.delivered)} of ${formatCount(outbox.replies)} (${outbox.duplicated} twice or more, ${outbox.missing} missing)`,
      budget: 'all, once',
      pass: outbox.delivered === outbox.replies,
    },
    {
      section,
      measure: 'next syncNow() reads the replies back, stores none twice',
      value: `${formatMs(readBack.ms)}, ${formatCount(readBack.requests)} requests; ${formatCount(readBack.outbound)} replies in the threads, ${formatCount(readBack.outboundSent)} sent`,
      budget: 'none twice',
      pass: readBack.outbound === outbox.replies && readBack.outboundSent === outbox.replies,
    },
  ];
}

/** "1 × 40, 98 × 20": how many flush() calls delivered how many replies, largest first. */
function callsByDelivered(perFlush: readonly number[]): string {
  const calls = new Map<number, number>();
  for (const delivered of perFlush) calls.set(delivered, (calls.get(delivered) ?? 0) + 1);
  return [...calls].sort((a, b) => b[0] - a[0]).map(([delivered, count]) => `${count} × ${delivered}`).join(', ');
}

interface UsageReadings {
  afterFirstSync: number | null;
  afterPolls: number | null;
  atEnd: number | null;
}

function pollRows(polls: readonly PollLatency[], usage: UsageReadings): ReportRow[] {
  const section = `Polling after the first sync (tinybench: ${pollCalls} calls per case after 3 warm-up calls)`;
  const percentOf = (value: number | null) => (value === null ? 'not reported' : `${value}%`);
  return [
    ...polls.map((poll) => ({
      section,
      measure: poll.name,
      value: `p50 ${formatMs(poll.p50)} · p95 ${formatMs(poll.p95)}  (n=${poll.samples}, ${poll.requestsPerCall.toFixed(1)} requests per call)`,
    })),
    {
      section,
      measure: "simulated app usage (X-App-Usage call_count; the governor pauses at 95%)",
      value: `${percentOf(usage.afterFirstSync)} after the first sync, ${percentOf(usage.afterPolls)} after the polls, ${percentOf(usage.atEnd)} after the replies`,
    },
  ];
}

function memoryRows(afterSync: { disk: FileSizes; peakRss: number }): ReportRow[] {
  const section = 'Memory and disk';
  const { disk } = afterSync;
  return [
    { section, measure: 'peak RSS at the end of the first sync (simulator included)', value: formatBytes(afterSync.peakRss) },
    { section, measure: 'database after the first sync (db + WAL + shm)', value: `${formatBytes(disk.database + disk.wal + disk.shm)} (db ${formatBytes(disk.database)}, WAL ${formatBytes(disk.wal)})` },
    { section, measure: 'peak RSS of the whole run (baseline included)', value: formatBytes(peakRssBytes()) },
  ];
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
