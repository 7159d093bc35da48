// One per account: keeps its requests under the platform's limits. It reads the usage the platform
// reports on every response and the throttling errors it returns, and says how long to wait before
// the next request: nothing while usage is low, longer as it climbs, a pause when Meta blocks.
import type { UsageReport } from '../connectors/connector';

export const slowDownAtPercent = 75;
export const pauseAtPercent = 95;
const defaultPauseMs = 60_000;

export class RateGovernor {
  private pausedUntil = 0;
  private usagePercent = 0;

  constructor(private readonly now: () => number = Date.now) {}

  observe(usage: UsageReport): void {
    this.usagePercent = usage.highestPercent;
    if (usage.regainAccessInMs) this.pauseFor(usage.regainAccessInMs);
    else if (usage.highestPercent >= pauseAtPercent) this.pauseFor(defaultPauseMs);
  }

  /** A throttling error: pause as long as the platform asked, or a minute. */
  throttled(retryAfterMs?: number): void {
    this.pauseFor(retryAfterMs ?? defaultPauseMs);
  }

  /** When the account may make requests again; null when it may now. */
  pausedUntilTime(): number | null {
    return this.pausedUntil > this.now() ? this.pausedUntil : null;
  }

  /** Multiplies the sync interval: 1 below the slow-down line, up to 4 near the limit. */
  cadenceFactor(): number {
    if (this.usagePercent < slowDownAtPercent) return 1;
    return 1 + (3 * (this.usagePercent - slowDownAtPercent)) / (pauseAtPercent - slowDownAtPercent);
  }

  private pauseFor(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
  }
}
