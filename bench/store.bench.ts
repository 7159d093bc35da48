// npm run bench:store — the local cache at a busy workspace's size (20 brands, 60k contacts, 100k
// conversations, 1M messages), against budgets: ingest throughput relative to a raw-INSERT
// baseline, queue and search latencies, plus start-up time, file size and memory. Everything lives
// in a temporary folder that is deleted at the end. Exits non-zero if a budget is missed.
// SPORTELLO_BENCH_SCALE=0.1 runs a tenth of the data (quicker, for working on the benchmark).
import fs from 'node:fs';
import path from 'node:path';
import { openStore, type Store } from '../electron/core/store/store';
import { otherCases, queueCases, searchCases } from './store/cases';
import { searchVocabulary } from './store/corpus';
import { fullSize, planDataset, type Dataset, type DatasetSize } from './store/dataset';
import { bytesByTable, fileSizes, median, peakRssBytes, silentLogger, timeStartup, type FileSizes, type StartupTiming } from './store/disk';
import { contentFingerprint, ingestSideBySide, type IngestTiming } from './store/ingest';
import { measureLatencies, type LatencyResult } from './store/latency';
import { applyQueueState, type QueueStateSummary } from './store/queue-state';
import { concludeBudgets, inTempRoot, printMachine } from './run-bench';
import { formatBytes, formatCount, formatMs, latencyRow, printReport, type ReportRow } from './store/report';
import { createWorkspace, type Workspace } from './store/workspace';

const seed = 20_251_001;
/** A fixed "now", so SLA clocks, thread times and therefore every query's result are reproducible. */
const now = Date.UTC(2025, 9, 1, 8, 30);
const ingestBatchSize = 1_000;
/** The two ingest paths take turns a tenth of the messages at a time; the baseline commits once per round. */
const ingestRounds = 10;
const ingestRatioBudget = 0.5;
const startupAttempts = 3;

async function main(): Promise<void> {
  await inTempRoot('sportello-bench-', async (root) => {
    const rows = await runBenchmark(root, scaledSize());
    printReport(rows);
    concludeBudgets(rows);
  });
}

function scaledSize(): DatasetSize {
  const scale = Number(process.env.SPORTELLO_BENCH_SCALE ?? '1');
  if (!(scale > 0 && scale <= 1)) throw new RangeError('SPORTELLO_BENCH_SCALE must be in (0, 1]');
  return {
    customers: Math.round(fullSize.customers * scale),
    conversations: Math.round(fullSize.conversations * scale),
    messages: Math.round(fullSize.messages * scale),
  };
}

async function runBenchmark(root: string, size: DatasetSize): Promise<ReportRow[]> {
  printMachine();
  const store = await openStore({ dataDir: freshDir(path.join(root, 'ours')), logger: silentLogger });
  const workspace = createWorkspace(store, now);
  const { dataset, product, raw } = await ingestBesideBaseline(path.join(root, 'raw'), store, workspace, size);
  const queueState = applyQueueState(store, dataset);
  printDataset(store, dataset, workspace, queueState);

  console.log('\nMeasuring queries (tinybench: ≥ 1 s and ≥ 200 runs per case)…');
  const queue = measureLatencies(queueCases(store, workspace, now));
  const search = measureLatencies(searchCases(store, workspace));
  const other = measureLatencies(otherCases(store, dataset, now));

  const whileOpen = fileSizes(store.file);
  printBytesByTable(store);
  store.close();
  const afterClose = fileSizes(store.file);
  console.log(`\nTiming openStore() on the closed database (${startupAttempts} times)…`);
  const startup = await timeStartup(path.dirname(store.file), store.file, startupAttempts);
  return [
    ...ingestRows(size, product, raw, queueState),
    ...latencySection(`Queue (${formatCount(queueState.open)} open of ${formatCount(size.conversations)} conversations)`, queue),
    ...latencySection(`Search (${formatCount(size.messages)} messages, ${formatCount(size.customers)} contacts)`, search),
    ...latencySection('Thread and badges', other),
    ...startupAndDiskRows(startup, whileOpen, afterClose),
  ];
}

/**
 * Plans the data and ingests it into `store` through the product and, side by side, into a second
 * fresh database through raw INSERTs; checks both hold the same rows, then deletes the second.
 */
async function ingestBesideBaseline(rawDir: string, store: Store, workspace: Workspace, size: DatasetSize) {
  const raw = await openStore({ dataDir: freshDir(rawDir), logger: silentLogger });
  try {
    assertSameWorkspace(workspace, createWorkspace(raw, now));
    console.log(`Planning the dataset (seed ${seed})…`);
    const planned = performance.now();
    const dataset = planDataset(workspace, size, seed, now);
    console.log(`  planned ${formatCount(size.customers)} contacts, ${formatCount(size.conversations)} conversations, ${formatCount(size.messages)} messages in ${formatMs(performance.now() - planned)}`);
    const timings = await ingestSideBySide({ product: store, raw }, dataset, workspace, { batchSize: ingestBatchSize, roundSize: roundSize(size) });
    assertSameRows(contentFingerprint(store.db), contentFingerprint(raw.db));
    return { dataset, ...timings };
  } finally {
    raw.close();
    fs.rmSync(rawDir, { recursive: true, force: true });
  }
}

/** 100,000 messages at full size: whole batches, ten rounds. */
function roundSize(size: DatasetSize): number {
  return Math.ceil(size.messages / ingestRounds / ingestBatchSize) * ingestBatchSize;
}

function freshDir(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

function assertSameWorkspace(ours: Workspace, baseline: Workspace): void {
  if (JSON.stringify(ours) !== JSON.stringify(baseline)) throw new Error('the two databases got different workspace ids');
}

/** Equal fingerprints: the baseline wrote exactly the rows ingest wrote, so the ratio is fair. */
function assertSameRows(ours: Record<string, number>, baseline: Record<string, number>): void {
  const differing = Object.keys(ours).filter((key) => ours[key] !== baseline[key]);
  if (differing.length > 0) {
    throw new Error(`the raw baseline did not write the same rows as ingest: ${differing.map((key) => `${key} ${ours[key]} vs ${baseline[key]}`).join(', ')}`);
  }
}


function printDataset(store: Store, dataset: Dataset, workspace: Workspace, queueState: QueueStateSummary): void {
  const { size } = dataset;
  const kinds = new Map<string, number>();
  for (const channel of workspace.channels) kinds.set(channel.kind, (kinds.get(channel.kind) ?? 0) + 1);
  const comments = dataset.conversationIsComments.reduce((sum, flag) => sum + flag, 0);
  const inbound = dataset.messageInbound.reduce((sum, flag) => sum + flag, 0);
  console.log(`\nDataset: ${workspace.brandIds.length} brands, ${workspace.channels.length} channels (${[...kinds].map(([kind, count]) => `${count} ${kind}`).join(', ')}),`);
  console.log(`  ${formatCount(size.customers)} contacts, ${formatCount(size.conversations)} conversations (${percent(comments, size.conversations)} comments), ${formatCount(size.messages)} messages (${percent(inbound, size.messages)} inbound)`);
  console.log(`  open: ${formatCount(queueState.open)} — ${formatCount(queueState.breached)} breached, ${formatCount(queueState.atRisk)} at risk, ${formatCount(queueState.noClock)} without a clock; ${formatCount(queueState.tagged)} conversations tagged`);
  const messageHits = (match: string) => store.db.prepare('SELECT count(*) FROM message_search WHERE message_search MATCH ?').pluck().get(match) as number;
  const contactHits = store.db.prepare('SELECT count(*) FROM contact_search WHERE contact_search MATCH ?').pluck().get(`${searchVocabulary.contactNamePrefix}*`) as number;
  const words = ['ordine', 'order', searchVocabulary.rareWord, searchVocabulary.accentFreeQuery].map((word) => {
    const hits = messageHits(`"${word}"`);
    return `"${word}" ${formatCount(hits)} (${percent(hits, size.messages, 3)})`;
  });
  const prefixHits = messageHits(`${searchVocabulary.threeLetterPrefix}*`);
  console.log(`  messages containing: ${words.join(', ')}, "${searchVocabulary.threeLetterPrefix}*" ${formatCount(prefixHits)} (${percent(prefixHits, size.messages)})`);
  console.log(`  contacts matching "${searchVocabulary.contactNamePrefix}*": ${formatCount(contactHits)} (${percent(contactHits, size.customers)})`);
  console.log(`  queue state UPDATEs took ${formatMs(queueState.ms)}`);
}

function printBytesByTable(store: Store): void {
  console.log('\nWhere the bytes are (dbstat, largest first):');
  for (const { name, bytes } of bytesByTable(store.db).slice(0, 10)) console.log(`  ${formatBytes(bytes).padStart(10)}  ${name}`);
}

const percent = (part: number, whole: number, digits = 1) => `${((part / whole) * 100).toFixed(digits)}%`;
const messagesPerSecond = (timing: IngestTiming) => timing.messages / (timing.ms / 1000);

function ingestRows(size: DatasetSize, ours: IngestTiming, raw: IngestTiming, queueState: QueueStateSummary): ReportRow[] {
  const section = `Ingest (${formatCount(size.messages)} messages)`;
  const ratio = messagesPerSecond(ours) / messagesPerSecond(raw);
  const rate = (timing: IngestTiming) => `${formatCount(messagesPerSecond(timing))} msg/s (${formatMs(timing.ms)})`;
  return [
    { section, measure: `store.messages.ingest, batches of ${formatCount(ingestBatchSize)}`, value: rate(ours) },
    { section, measure: `raw INSERT baseline, same rows, ${formatCount(roundSize(size))}-message transactions`, value: rate(raw) },
    { section, measure: 'ingest / raw throughput', value: ratio.toFixed(2), budget: `≥ ${ingestRatioBudget.toFixed(2)}`, pass: ratio >= ingestRatioBudget },
    { section, measure: 'queue state UPDATEs after ingest (not timed as ingest)', value: formatMs(queueState.ms) },
  ];
}

function latencySection(section: string, results: readonly LatencyResult[]): ReportRow[] {
  return results.map((result) => latencyRow(section, result));
}

function startupAndDiskRows(startup: StartupTiming, whileOpen: FileSizes, afterClose: FileSizes): ReportRow[] {
  const section = 'Start-up, disk and memory';
  const runs = (values: readonly number[]) => `median ${formatMs(median(values))} (${values.map(formatMs).join(', ')})`;
  return [
    { section, measure: 'openStore() on the big database (warm OS cache)', value: runs(startup.openStoreMs) },
    { section, measure: '  PRAGMA quick_check alone (openStore runs it every start)', value: runs(startup.quickCheckMs) },
    { section, measure: 'database on disk while open (db + WAL + shm)', value: `${formatBytes(whileOpen.database + whileOpen.wal + whileOpen.shm)} (WAL ${formatBytes(whileOpen.wal)})` },
    { section, measure: 'database on disk after close (checkpointed)', value: `${formatBytes(afterClose.database + afterClose.wal)}` },
    { section, measure: 'peak RSS of the benchmark process', value: formatBytes(peakRssBytes()) },
  ];
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
