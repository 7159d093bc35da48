// AlertScheduler.tick() on the benchmark's clocks, with a clock that moves only when told (so
// "now" is the dataset's now and nothing fires on its own). The scheduler is never start()ed: each
// tick() is one pass, exactly what its timer would run, and the benchmark calls the next one itself
// — as the timer would, 0 ms later, while a backlog remains.
import type { AlertSettings } from '../../shared/contract';
import type { SchedulerClock } from '../../electron/core/scheduler-clock';
import { AlertScheduler } from '../../electron/core/sla/alert-scheduler';
import type { Store } from '../../electron/core/store/store';
import { silentLogger } from '../store/disk';
import { runStats, timed, type RunStats } from './stats';

/** Held still; timers are never needed because the scheduler is not started. */
export class HeldClock implements SchedulerClock {
  constructor(private current: number) {}
  now = (): number => this.current;
  setTimeout = (): number => 0;
  clearTimeout = (): void => {};
  advanceBy(ms: number): void {
    this.current += ms;
  }
}

const alertSettings: AlertSettings = { notifications: true, sound: false, quietHours: { enabled: false, from: '22:00', to: '08:00' } };

export interface BenchScheduler {
  scheduler: AlertScheduler;
  clock: HeldClock;
  /** Alerts handed to deliver() since the last call. */
  takeDelivered(): number;
}

export function benchScheduler(store: Store, now: number): BenchScheduler {
  const clock = new HeldClock(now);
  let delivered = 0;
  const scheduler = new AlertScheduler({
    store,
    clock,
    preferences: () => ({ role: 'agent', alerts: alertSettings }),
    deliver: (groups) => {
      for (const group of groups) delivered += group.alerts.length;
    },
    summaryChanged: () => {},
    logger: silentLogger,
  });
  return {
    scheduler,
    clock,
    takeDelivered: () => {
      const count = delivered;
      delivered = 0;
      return count;
    },
  };
}

export interface BacklogRun {
  /** Conversations with an alert due at "now" before the first pass. */
  due: number;
  passMs: number[];
  notified: number;
  logged: number;
}

/** Forgets every alert given, so the backlog can be fired again (not timed). */
export function resetAlerts(store: Store): void {
  store.db.transaction(() => {
    store.db.prepare('UPDATE conversations SET sla_alerted = NULL WHERE sla_alerted IS NOT NULL').run();
    store.db.prepare('DELETE FROM alert_log').run();
  })();
}

/** A fresh scheduler (as after a start) on clocks no alert has been given for: ticks until nothing is due. */
export function fireBacklog(store: Store, now: number): BacklogRun {
  const dueCount = store.db.prepare('SELECT count(*) FROM conversations WHERE sla_next_alert_at <= ?').pluck();
  const { scheduler, takeDelivered } = benchScheduler(store, now);
  const run: BacklogRun = { due: dueCount.get(now) as number, passMs: [], notified: 0, logged: 0 };
  while ((dueCount.get(now) as number) > 0) {
    if (run.passMs.length >= 1_000) throw new Error('the alert backlog does not drain');
    run.passMs.push(timed(() => scheduler.tick()).ms);
    run.notified += takeDelivered();
  }
  run.logged = store.db.prepare('SELECT count(*) FROM alert_log').pluck().get() as number;
  return run;
}

export interface SteadyState {
  /** tick() with nothing due, same "now" as the drained backlog. */
  idleTick: RunStats;
  /** Its parts, each as the scheduler runs it. */
  dueQuery: RunStats;
  summary: RunStats;
  nextAlertQuery: RunStats;
  atRisk: { atRisk: number; breached: number };
  /** One tick a minute, as time moves on: what became due in that minute fires. */
  minuteTicks: RunStats;
  alertsPerMinute: number[];
}

export function measureSteadyState(store: Store, now: number, samples: number, minutes: number): SteadyState {
  const { scheduler, clock, takeDelivered } = benchScheduler(store, now);
  const { db } = store;
  // The same statements the scheduler prepares (electron/core/sla/alert-scheduler.ts).
  const due = db.prepare(
    `SELECT id, sla_stage AS stage, sla_started_at AS startedAt, sla_warning_at AS warningAt, sla_due_at AS dueAt,
            sla_escalate_at AS escalateAt, sla_alerted AS alerted
     FROM conversations WHERE sla_next_alert_at <= ? ORDER BY sla_next_alert_at LIMIT 5000`,
  );
  const nextAlert = db.prepare('SELECT min(sla_next_alert_at) FROM conversations WHERE sla_next_alert_at IS NOT NULL').pluck();
  scheduler.tick();
  if (takeDelivered() !== 0 || due.all(now).length !== 0) throw new Error('the steady-state tick found alerts due: drain the backlog first');
  const sample = (fn: () => unknown) => {
    for (let warm = 0; warm < Math.min(20, samples); warm += 1) fn();
    return runStats(Array.from({ length: samples }, () => timed(fn).ms));
  };
  const idleTick = sample(() => scheduler.tick());
  const dueQuery = sample(() => due.all(now));
  const summary = sample(() => scheduler.summary());
  const nextAlertQuery = sample(() => nextAlert.get());
  const atRisk = scheduler.summary();
  const minuteMs: number[] = [];
  const alertsPerMinute: number[] = [];
  for (let minute = 0; minute < minutes; minute += 1) {
    clock.advanceBy(60_000);
    minuteMs.push(timed(() => scheduler.tick()).ms);
    alertsPerMinute.push(takeDelivered());
  }
  return { idleTick, dueQuery, summary, nextAlertQuery, atRisk, minuteTicks: runStats(minuteMs), alertsPerMinute };
}
