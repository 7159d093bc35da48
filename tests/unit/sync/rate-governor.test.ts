import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { retryDelayMs } from '../../../electron/core/outbox/outbox-flusher';
import { pauseAtPercent, RateGovernor, slowDownAtPercent } from '../../../electron/core/sync/rate-governor';

describe('RateGovernor', () => {
  it('runs at full speed under the slow-down line, slower above it, and pauses near the limit', () => {
    let now = 0;
    const governor = new RateGovernor(() => now);
    governor.observe({ highestPercent: slowDownAtPercent - 1, regainAccessInMs: null });
    expect(governor.cadenceFactor()).toBe(1);
    expect(governor.pausedUntilTime()).toBeNull();
    governor.observe({ highestPercent: 85, regainAccessInMs: null });
    expect(governor.cadenceFactor()).toBeGreaterThan(1);
    expect(governor.cadenceFactor()).toBeLessThan(4);
    governor.observe({ highestPercent: pauseAtPercent, regainAccessInMs: null });
    expect(governor.pausedUntilTime()).toBe(60_000);
    now = 60_001;
    expect(governor.pausedUntilTime()).toBeNull();
  });

  it('pauses exactly as long as the platform says, and never shortens a pause', () => {
    let now = 1_000;
    const governor = new RateGovernor(() => now);
    governor.observe({ highestPercent: 100, regainAccessInMs: 5 * 60_000 });
    expect(governor.pausedUntilTime()).toBe(1_000 + 5 * 60_000);
    governor.throttled(10_000);
    expect(governor.pausedUntilTime()).toBe(1_000 + 5 * 60_000);
    now = 400_000;
    governor.throttled(10_000);
    expect(governor.pausedUntilTime()).toBe(410_000);
  });
});

describe('retryDelayMs', () => {
  it('grows exponentially from 2 s, capped at 5 minutes, within ±50% jitter', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.double({ min: 0, max: 0.999999, noNaN: true }), (attempts, random) => {
        const base = Math.min(300_000, 2_000 * 2 ** (attempts - 1));
        const delay = retryDelayMs(attempts, () => random);
        expect(delay).toBeGreaterThanOrEqual(Math.floor(base * 0.5));
        expect(delay).toBeLessThanOrEqual(Math.ceil(base * 1.5));
      }),
    );
  });
});
