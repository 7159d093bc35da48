// Brings snoozed conversations back into the queue at their time, offline too: sleeps until the
// earliest snooze ends (at most a minute, to follow clock changes), reopens what is due, and tells
// core, which recomputes their SLA clocks and the UI.
import type { Logger } from '../logger';
import type { SchedulerClock } from '../scheduler-clock';
import type { ConversationActions } from './conversation-actions';

const maxSleepMs = 60_000;

export class SnoozeWaker {
  private timer: unknown = null;
  private running = false;

  constructor(
    private readonly actions: ConversationActions,
    private readonly clock: SchedulerClock,
    private readonly woke: (conversationIds: number[]) => void,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.running = true;
    this.tick();
  }

  stop(): void {
    this.running = false;
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  /** A snooze was set or cleared: wake at the right time. */
  reschedule(): void {
    if (this.running) this.tick();
  }

  private tick(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
    let wakeAt = this.clock.now() + maxSleepMs;
    try {
      const ids = this.actions.wakeSnoozed();
      if (ids.length > 0) this.woke(ids);
      wakeAt = Math.min(wakeAt, this.actions.nextWake() ?? wakeAt);
    } catch (error) {
      this.logger.error('snoozed conversations could not be woken', { error: String(error) });
    }
    if (this.running) this.timer = this.clock.setTimeout(() => this.tick(), Math.max(0, wakeAt - this.clock.now()));
  }
}
