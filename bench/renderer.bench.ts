// npm run bench:renderer — the console's UI with 100,000 cached conversations, in Debian's Chromium
// against the real browser host: time to the first inbox paint, time to open a conversation,
// keystroke-to-screen latency in the composer, renderer memory, and a scripted scroll through the
// queue (long tasks, blank frames). The same measures on a 100-conversation workspace, in the same
// run, are the baseline every number is also given against. Budgets are checked; the exit code is
// non-zero if one is missed. Everything lives in a temporary folder deleted at the end.
// Needs `npx electron-vite build` first (npm run bench:renderer does it) and, like the console, a
// keychain session (see docs/performance.md); SPORTELLO_BENCH_SCALE=0.1 runs 10,000 conversations.
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { startHost } from './renderer/host';
import { firstPaintMs, keystrokeSamples, memorySample, type KeystrokeSamples, openConsole, openConversationSamples, scriptedScroll, type MemorySample, type ScrollResult } from './renderer/measure';
import { writeQueueWorkspace } from './renderer/queue-workspace';
import { concludeBudgets, inTempRoot, printMachine } from './run-bench';
import { quantile } from './store/latency';
import { formatBytes, formatCount, formatMs, printReport, type ReportRow } from './store/report';

const baselineConversations = 100;
const fullConversations = 100_000;
const firstPaintRuns = 5;
const openSamples = 30;
const keystrokes = 200;
/** Between keystrokes: a fast typist's pace, and long enough for each to be measured alone. */
const keystrokeGapMs = 60;
const scrollFrames = 600;

const budgets = {
  firstPaintMs: 1_500,
  openP95Ms: 100,
  keystrokeP95Ms: 16,
  /** See docs/performance.md: the UI holds the loaded pages and a screenful of rows, not the queue. */
  heapBytes: 64 * 1024 ** 2,
  heapRatio: 1.5,
};

const chromiumPath = process.env.SPORTELLO_CHROMIUM ?? '/usr/bin/chromium';
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

interface WorkspaceResult {
  conversations: number;
  writeMs: number;
  hostStartMs: number;
  firstPaint: number[];
  open: number[];
  keystroke: KeystrokeSamples;
  scroll: ScrollResult;
  idle: MemorySample;
  afterScroll: MemorySample;
}

async function main(): Promise<void> {
  await inTempRoot('sportello-renderer-bench-', async (root) => {
    printMachine();
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    try {
      console.log(`Chromium ${browser.version()} (${chromiumPath})`);
      const baseline = await measureWorkspace(browser, path.join(root, 'baseline'), baselineConversations);
      const full = await measureWorkspace(browser, path.join(root, 'full'), scaledConversations());
      const rows = report(full, baseline);
      printReport(rows);
      concludeBudgets(rows);
    } finally {
      await browser.close();
    }
  });
}

function scaledConversations(): number {
  const scale = Number(process.env.SPORTELLO_BENCH_SCALE ?? '1');
  if (!(scale > 0 && scale <= 1)) throw new RangeError('SPORTELLO_BENCH_SCALE must be in (0, 1]');
  return Math.round(fullConversations * scale);
}

async function measureWorkspace(browser: Browser, dataDir: string, conversations: number): Promise<WorkspaceResult> {
  console.log(`\n${formatCount(conversations)} conversations: writing the cache with the store's code…`);
  const written = await writeQueueWorkspace(dataDir, conversations);
  console.log(`  written in ${formatMs(written.ms)}; starting the browser host…`);
  const host = await startHost(dataDir);
  try {
    console.log(`  host up in ${formatMs(host.startMs)}; first paint, ${firstPaintRuns} cold loads…`);
    const firstPaint: number[] = [];
    for (let run = 0; run < firstPaintRuns; run += 1) {
      const { context, page } = await openConsole(browser, host.url);
      firstPaint.push(await firstPaintMs(page));
      await context.close();
    }
    const { context, page } = await openConsole(browser, host.url);
    try {
      // Let the start settle (the alert backlog, the first sync attempt) before measuring the rest.
      await page.waitForTimeout(2_000);
      const idle = await memorySample(context, page);
      console.log(`  opening ${openSamples} conversations…`);
      const open = await openConversationSamples(page, openSamples);
      console.log(`  typing ${keystrokes} characters…`);
      const keystroke = await keystrokeSamples(page, keystrokes, keystrokeGapMs);
      console.log(`  scrolling the queue for ${scrollFrames} frames…`);
      const scroll = await scriptedScroll(page, scrollFrames);
      const afterScroll = await memorySample(context, page);
      return { conversations, writeMs: written.ms, hostStartMs: host.startMs, firstPaint, open, keystroke, scroll, idle, afterScroll };
    } finally {
      await context.close();
    }
  } finally {
    await host.stop();
  }
}

const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);
const p50 = (values: readonly number[]) => quantile(sorted(values), 0.5);
const p95 = (values: readonly number[]) => quantile(sorted(values), 0.95);
const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}×`;

function report(full: WorkspaceResult, baseline: WorkspaceResult): ReportRow[] {
  const size = formatCount(full.conversations);
  const base = formatCount(baseline.conversations);
  const versus = (value: number, baseValue: number, format: (n: number) => string) => `${format(value)}  (baseline ${format(baseValue)}, ${ratio(value, baseValue)})`;
  const timing = (values: number[], baseValues: number[]) =>
    `p50 ${formatMs(p50(values))} · p95 ${formatMs(p95(values))} · max ${formatMs(Math.max(...values))}  (baseline p50 ${formatMs(p50(baseValues))} · p95 ${formatMs(p95(baseValues))}; p95 ${ratio(p95(values), p95(baseValues))})`;
  const section = `Renderer: ${size} open conversations (baseline: ${base}, same run)`;
  const heap = full.afterScroll.jsHeapUsedBytes;
  const heapRatio = heap / baseline.afterScroll.jsHeapUsedBytes;
  const frames = full.scroll.frameIntervals;
  return [
    { section: 'Setup', measure: 'cache written with the store (ingest + SLA clocks)', value: versus(full.writeMs, baseline.writeMs, formatMs) },
    { section: 'Setup', measure: 'browser host start (core open, quick_check, server)', value: versus(full.hostStartMs, baseline.hostStartMs, formatMs) },
    {
      section,
      measure: `first inbox paint, median of ${firstPaintRuns} cold loads`,
      value: `${versus(p50(full.firstPaint), p50(baseline.firstPaint), formatMs)}; runs ${full.firstPaint.map(formatMs).join(', ')}`,
      budget: `< ${formatMs(budgets.firstPaintMs)}`,
      pass: p50(full.firstPaint) < budgets.firstPaintMs,
    },
    {
      section,
      measure: `open a conversation (Enter → thread), ${openSamples} rows`,
      value: timing(full.open, baseline.open),
      budget: `p95 < ${budgets.openP95Ms} ms`,
      pass: p95(full.open) < budgets.openP95Ms,
    },
    {
      section,
      measure: `keystroke → screen in the composer, ${keystrokes} keys`,
      value: timing(full.keystroke.toScreen, baseline.keystroke.toScreen),
      budget: `p95 < ${budgets.keystrokeP95Ms} ms`,
      pass: p95(full.keystroke.toScreen) < budgets.keystrokeP95Ms,
    },
    {
      section,
      measure: '  of which handling the key (JavaScript, React render)',
      value: timing(full.keystroke.handling, baseline.keystroke.handling),
    },
    {
      section,
      measure: 'JS heap after GC, after first paint',
      value: versus(full.idle.jsHeapUsedBytes, baseline.idle.jsHeapUsedBytes, formatBytes),
    },
    {
      section,
      measure: `JS heap after GC, after the scroll (${formatCount(full.scroll.reachedRow)} rows loaded)`,
      value: `${formatBytes(heap)}  (baseline ${formatBytes(baseline.afterScroll.jsHeapUsedBytes)}, ${heapRatio.toFixed(2)}×)`,
      budget: `< ${formatBytes(budgets.heapBytes)} and ≤ ${budgets.heapRatio}× baseline`,
      pass: heap < budgets.heapBytes && heapRatio <= budgets.heapRatio,
    },
    {
      section,
      measure: 'DOM nodes after the scroll (whole page)',
      value: versus(full.afterScroll.domNodes, baseline.afterScroll.domNodes, formatCount),
    },
    {
      section,
      measure: 'queue rows in the DOM, most during the scroll',
      value: versus(full.scroll.maxRenderedRows, baseline.scroll.maxRenderedRows, formatCount),
    },
    {
      section,
      measure: `scripted scroll, ${full.scroll.frames} frames of half a screen`,
      value: `frame p50 ${formatMs(p50(frames))} · p95 ${formatMs(p95(frames))} · max ${formatMs(Math.max(...frames))}; blank frames ${full.scroll.blankFrames}; long tasks ${full.scroll.longTasks} (longest ${formatMs(full.scroll.longestTaskMs)})  (baseline: frame p95 ${formatMs(p95(baseline.scroll.frameIntervals))}, long tasks ${baseline.scroll.longTasks})`,
    },
  ];
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
