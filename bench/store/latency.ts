// Query latencies with tinybench: every case runs for at least a second and at least 200 times
// (p95 from fewer samples moves from run to run), after a short warm-up. tinybench reports p50 and
// p99 but not p95, so p95 is computed from the retained samples.
import { Bench } from 'tinybench';

export interface LatencyCase {
  name: string;
  /** p95 must stay under this; absent: measured and reported only. */
  budgetMs?: number;
  /** One call as the console would make it; returns the rows, so an empty result is caught. */
  run: () => readonly unknown[];
}

export interface LatencyResult {
  name: string;
  budgetMs?: number;
  p50: number;
  p95: number;
  samples: number;
  /** Rows the first call returned: a query that finds nothing measures nothing. */
  rows: number;
}

export function measureLatencies(cases: readonly LatencyCase[]): LatencyResult[] {
  const rowsByCase = new Map(cases.map((latencyCase) => [latencyCase.name, firstCallRows(latencyCase)]));
  const bench = new Bench({ time: 1_000, iterations: 200, warmupTime: 100, warmupIterations: 20, retainSamples: true, throws: true });
  for (const latencyCase of cases) bench.add(latencyCase.name, latencyCase.run);
  bench.runSync();
  return cases.map((latencyCase) => {
    const result = bench.getTask(latencyCase.name)?.result;
    if (result?.state !== 'completed' || !result.latency.samples) throw new Error(`${latencyCase.name}: ${result?.state ?? 'not run'}`);
    return {
      name: latencyCase.name,
      budgetMs: latencyCase.budgetMs,
      p50: result.latency.p50,
      p95: quantile(result.latency.samples, 0.95),
      samples: result.latency.samplesCount,
      rows: rowsByCase.get(latencyCase.name) ?? 0,
    };
  });
}

function firstCallRows(latencyCase: LatencyCase): number {
  const rows = latencyCase.run().length;
  if (rows === 0) throw new Error(`${latencyCase.name} returned no rows: the dataset does not exercise it`);
  return rows;
}

/** Linear interpolation between closest ranks, as tinybench computes its own percentiles. */
export function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const lower = sorted[below] ?? 0;
  const upper = sorted[below + 1] ?? lower;
  return lower + (upper - lower) * (position - below);
}

/** Calls fn with each input in turn, so one case covers e.g. every brand rather than one hot one. */
export function rotating<T, R>(inputs: readonly T[], fn: (input: T) => R): () => R {
  let next = 0;
  return () => {
    const input = inputs[next % inputs.length];
    next += 1;
    if (input === undefined) throw new RangeError('rotating over no inputs');
    return fn(input);
  };
}
