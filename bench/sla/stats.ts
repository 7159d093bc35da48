// Several runs of one measure, summarised: median, p95 and max (p95 interpolated as bench/store
// computes it). With a handful of runs p95 sits close to the max; both are printed. Garbage
// collection inside a timed span is recorded too, so a slow run can be told apart from one that
// happened to collect the previous run's garbage.
import { PerformanceObserver } from 'node:perf_hooks';
import { quantile } from '../store/latency';
import { formatMs } from '../store/report';

export interface RunStats {
  median: number;
  p95: number;
  max: number;
  runs: number;
}

export function runStats(samples: readonly number[]): RunStats {
  if (samples.length === 0) throw new RangeError('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), max: sorted[sorted.length - 1]!, runs: sorted.length };
}

/** formatMs, with microseconds below a tenth of a millisecond (index lookups). */
export const formatTime = (ms: number) => (ms < 0.1 ? `${Math.round(ms * 1000)} µs` : formatMs(ms));

export const formatStats = (stats: RunStats) => `median ${formatTime(stats.median)} · p95 ${formatTime(stats.p95)} · max ${formatTime(stats.max)} (n=${stats.runs})`;

export interface Timed<T> {
  value: T;
  ms: number;
  /** performance.now() at the start and the end. */
  began: number;
  ended: number;
}

/** Times one synchronous call. */
export function timed<T>(fn: () => T): Timed<T> {
  const began = performance.now();
  const value = fn();
  const ended = performance.now();
  return { value, ms: ended - began, began, ended };
}

/**
 * Records V8's garbage collections (perf_hooks 'gc' entries). Entries arrive asynchronously:
 * call `settle()` (await) before asking about a span that just ended.
 */
export function gcRecorder() {
  const entries: Array<{ start: number; duration: number }> = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) entries.push({ start: entry.startTime, duration: entry.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    settle: () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
    /** Milliseconds spent collecting garbage in collections that started within the span. */
    within: (span: { began: number; ended: number }) =>
      entries.filter((entry) => entry.start >= span.began && entry.start < span.ended).reduce((total, entry) => total + entry.duration, 0),
    stop: () => observer.disconnect(),
  };
}

/**
 * The longest stretch the event loop was held, measured by a heartbeat that re-queues itself with
 * setImmediate: between two beats runs one synchronous stretch of the code under test (which yields
 * with setImmediate too). monitorEventLoopDelay samples timers, which a loop kept busy by immediates
 * can starve, so it is not used here.
 */
export function stallMeter(): { stop(): number } {
  let last = performance.now();
  let longest = 0;
  let running = true;
  const beat = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setImmediate(beat);
  };
  setImmediate(beat);
  return {
    stop() {
      running = false;
      return Math.max(longest, performance.now() - last);
    },
  };
}
