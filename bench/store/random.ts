// Seeded randomness, so every run builds the same workspace and both databases of the ingest
// comparison receive byte-identical rows. Not for anything security-related.

import { seededRandom, type Random } from '../../electron/simulator/meta/seeded-random';

export { seededRandom, type Random };

/**
 * An independent stream per (seed, stream, index): a message's text depends only on its position,
 * so it can be regenerated on demand instead of holding a million strings in memory.
 */
export function streamFor(seed: number, stream: number, index: number): Random {
  let h = (seed ^ Math.imul(stream + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ index, 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return seededRandom(h ^ (h >>> 16));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new RangeError('pick from an empty list');
  return item;
}

export function chance(random: Random, probability: number): boolean {
  return random() < probability;
}

export function integerBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** Exponentially distributed with the given mean: waiting times between messages. */
export function exponential(random: Random, mean: number): number {
  return -Math.log(1 - random()) * mean;
}

/** Standard normal (Box–Muller), for log-normal thread lengths. */
export function normal(random: Random): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/**
 * Picks index i with probability weights[i] / sum: a cumulative table and a binary search, fast
 * enough for the million draws that spread messages over conversations.
 */
export function weightedIndexPicker(weights: ArrayLike<number>): (random: Random) => number {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  for (let i = 0; i < weights.length; i += 1) {
    total += weights[i] ?? 0;
    cumulative[i] = total;
  }
  return (random) => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] ?? 0) > target) high = middle;
      else low = middle + 1;
    }
    return low;
  };
}

/** Zipf-like weights 1/rank^s: a few items very common, a long tail of rare ones. */
export function zipfWeights(count: number, exponent: number): number[] {
  return Array.from({ length: count }, (_, rank) => 1 / (rank + 1) ** exponent);
}
