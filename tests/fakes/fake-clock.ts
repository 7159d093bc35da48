// A clock for schedulers under test: time moves only when the test says, and timers fire in order
// at exactly their due time, so "fired within a second of the threshold" can be checked exactly.
import type { SchedulerClock } from '../../electron/core/scheduler-clock';

export class FakeClock implements SchedulerClock {
  private timers = new Map<number, { at: number; callback: () => void }>();
  private nextId = 1;

  constructor(private current: number) {}

  now = (): number => this.current;

  setTimeout = (callback: () => void, ms: number): number => {
    const id = this.nextId++;
    this.timers.set(id, { at: this.current + Math.max(0, ms), callback });
    return id;
  };

  clearTimeout = (handle: unknown): void => {
    this.timers.delete(handle as number);
  };

  /** Moves time forward to `to`, firing each timer at its own due time on the way. */
  advanceTo(to: number): void {
    for (;;) {
      const next = [...this.timers.entries()].sort(([, a], [, b]) => a.at - b.at)[0];
      if (!next || next[1].at > to) break;
      this.timers.delete(next[0]);
      this.current = Math.max(this.current, next[1].at);
      next[1].callback();
    }
    this.current = Math.max(this.current, to);
  }

  advanceBy(ms: number): void {
    this.advanceTo(this.current + ms);
  }
}
