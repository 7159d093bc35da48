// The real core on a fresh data folder, connected to the simulator with its user token the way the
// console connects (accounts.connect through core.dispatch), then one timed core.sync.syncNow()
// that has to bring in every planned thread.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createCore, type Core } from '../../electron/core/create-core';
import type { Logger } from '../../electron/core/logger';
import type { SecretStore } from '../../electron/core/secrets/secret-store';
import type { MetaSimulator } from '../../electron/simulator/meta';
import { formatBytes, formatCount } from '../store/report';
import { meterIngest, type HttpMeter, type IngestCall } from './instrument';

/** Long enough that the engine's timers never fire again during the run. */
const syncIntervalMs = 24 * 60 * 60_000;

export interface CapturedLogger extends Logger {
  /** Warnings and errors core logged; the run fails on errors. */
  lines: Array<{ level: 'warn' | 'error'; message: string; details?: Record<string, unknown> }>;
}

export function capturingLogger(): CapturedLogger {
  const lines: CapturedLogger['lines'] = [];
  return {
    lines,
    info: () => {},
    warn: (message, details) => lines.push({ level: 'warn', message, details }),
    error: (message, details) => lines.push({ level: 'error', message, details }),
  };
}

export function openBenchCore(dataDir: string, secrets: SecretStore, logger: Logger): Promise<Core> {
  return createCore({
    dataDir,
    appName: 'Sportello',
    version: 'bench',
    host: 'browser',
    runtimeVersions: { node: process.versions.node },
    networkProbe: () => true,
    secrets,
    logger,
    syncIntervalMs,
  });
}

/**
 * Connects both Pages with the simulator's user token, then stops the sync engine's timers.
 * Connecting schedules a pull of every account 0 ms later whatever syncIntervalMs says, and
 * syncNow() does not wait for it: without the stop, every stream is pulled twice at the same time
 * (measured: 176 requests instead of 88 for 2,000 messages). A stopped engine still serves
 * syncNow() and outbox.flush(), and reply.send still starts a flush; it only schedules nothing.
 * The timers have not fired yet: no macrotask runs between connect's handler and this continuation.
 */
export async function connectOnlyExplicitSyncs(core: Core, sim: MetaSimulator): Promise<number[]> {
  const outcome = await core.dispatch('accounts.connect', { platform: 'meta', token: sim.seed.user.token, baseUrl: sim.url });
  await core.sync.stop();
  if (!outcome.ok) throw new Error(`accounts.connect failed: ${outcome.error.kind}: ${outcome.error.message}`);
  const accountIds = core.store.accounts.list().map((account) => account.id);
  if (accountIds.length !== sim.seed.pages.length) throw new Error(`connected ${accountIds.length} accounts, expected ${sim.seed.pages.length}`);
  return accountIds;
}

export interface FirstSyncResult {
  ms: number;
  inserted: number;
  gets: number;
  /** Waiting for GET answers (the in-process simulator renders them meanwhile). */
  getMs: number;
  /** Inside store.messages.ingest. */
  ingestMs: number;
  /** The longest time the event loop could not run anything else (core runs in Electron's main process). */
  longestStallMs: number;
  ingestCalls: IngestCall[];
}

/** One timed syncNow(); prints a line per stream pulled. */
export async function timeFirstSync(core: Core, http: { meter: HttpMeter; reset(): void }): Promise<FirstSyncResult> {
  const streams = core.store.accounts.channels().length * 2;
  let requestsBefore = 0;
  let previousEnd = 0;
  let inserted = 0;
  const ingest = meterIngest(core.store, (call, calls) => {
    inserted += call.inserted;
    const pullMs = call.at - call.ms - previousEnd;
    const requests = http.meter.gets - requestsBefore;
    previousEnd = call.at;
    requestsBefore = http.meter.gets;
    // Sync stores page by page: report every 25th page, not each one.
    if (calls.length % 25 !== 1) return;
    console.log(
      `  sync: page ${calls.length} (${streams} streams) — ${formatCount(call.messages)} messages pulled in ${(pullMs / 1000).toFixed(1)} s ` +
        `(${formatCount(requests)} requests), stored in ${(call.ms / 1000).toFixed(1)} s (RSS ${formatBytes(call.rssBefore)}) · ${formatCount(inserted)} in all · ${(call.at / 1000).toFixed(1)} s`,
    );
  });
  const early = core.store.db.prepare('SELECT count(*) FROM messages').pluck().get() as number;
  if (early > 0) throw new Error(`${early} messages were stored before the timed sync: the engine's own first pull ran`);
  http.reset();
  const stalls = monitorEventLoopDelay({ resolution: 10 });
  stalls.enable();
  const began = performance.now();
  try {
    await core.sync.syncNow();
  } finally {
    stalls.disable();
    ingest.remove();
  }
  const ms = performance.now() - began;
  const cursors = core.store.db.prepare('SELECT count(*) FROM sync_cursors').pluck().get() as number;
  if (cursors !== streams) throw new Error(`${cursors} stream watermarks for ${streams} streams: a stream was not pulled to the end`);
  const failed = core.sync.statuses().filter((status) => status.state !== 'online' || status.lastError !== null);
  if (failed.length > 0) throw new Error(`sync did not finish cleanly: ${JSON.stringify(failed)}`);
  return {
    ms,
    inserted,
    gets: http.meter.gets,
    getMs: http.meter.getMs,
    ingestMs: ingest.calls.reduce((sum, call) => sum + call.ms, 0),
    longestStallMs: stalls.max / 1e6,
    ingestCalls: ingest.calls,
  };
}
