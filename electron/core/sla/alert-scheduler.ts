// Fires SLA alerts from the local cache, so they work offline: a warning before a clock's due
// time, the breach at it, and an escalation after the policy's delay. Each conversation's
// `sla_next_alert_at` (schema 4) is its next threshold; the scheduler sleeps until the smallest
// one (one index lookup), fires everything due, and goes back to sleep. `alert_log` holds one row
// per conversation, clock and level (UNIQUE), so an alert is never given twice, across restarts too.
//
// Who is told: an agent gets warnings and breaches; a supervisor gets breaches and escalations.
// Alerts for the conversation on screen, during quiet hours or while snoozed are logged, not shown.
import type { AlertEntry, AlertGroup, AlertLevel, AlertSettings, AlertSummary, ConsoleRole } from '../../../shared/contract';
import type { Logger } from '../logger';
import type { SchedulerClock } from '../scheduler-clock';
import type { Store } from '../store/store';

export interface AlertSchedulerOptions {
  store: Store;
  clock: SchedulerClock;
  preferences(): { role: ConsoleRole; alerts: AlertSettings };
  /** Groups to notify now. */
  deliver(groups: AlertGroup[]): void;
  /** The at-risk and breached counts changed. */
  summaryChanged(summary: AlertSummary): void;
  logger: Logger;
}

interface DueRow {
  id: number;
  stage: 'first_response' | 'next_response';
  startedAt: number;
  warningAt: number;
  dueAt: number;
  escalateAt: number;
  alerted: AlertLevel | null;
}

const levelOrder: readonly AlertLevel[] = ['warning', 'breach', 'escalation'];
const levelsFor: Record<ConsoleRole, ReadonlySet<AlertLevel>> = {
  agent: new Set(['warning', 'breach']),
  supervisor: new Set(['breach', 'escalation']),
};
/** Warnings this close to their time join a group of alerts firing now: one notification, not two. */
export const warningLookaheadMs = 60_000;
/** Wake at least this often, so a changed system clock or a sleep/resume is caught up. */
const maxSleepMs = 60_000;
/** Alerts fired in one pass at most (~50 ms); a larger backlog is worked through on the next passes. */
const batchLimit = 1_000;

export class AlertScheduler {
  private readonly statements;
  private timer: unknown = null;
  private viewing: number | null = null;
  private running = false;
  private lastSummary: AlertSummary | null = null;
  /** The counts can change only when clocks change or time reaches a warning or due time. */
  private summaryStale = true;
  private summaryValidUntil = 0;

  constructor(private readonly options: AlertSchedulerOptions) {
    const { db } = options.store;
    const dueColumns = `id, sla_stage AS stage, sla_started_at AS startedAt, sla_warning_at AS warningAt, sla_due_at AS dueAt,
                        sla_escalate_at AS escalateAt, sla_alerted AS alerted`;
    this.statements = {
      due: db.prepare(`SELECT ${dueColumns} FROM conversations WHERE sla_next_alert_at <= ? ORDER BY sla_next_alert_at LIMIT ${batchLimit}`),
      nearWarnings: db.prepare(
        `SELECT ${dueColumns} FROM conversations WHERE sla_next_alert_at > ? AND sla_next_alert_at <= ? AND sla_alerted IS NULL ORDER BY sla_next_alert_at LIMIT ${batchLimit}`,
      ),
      nextAlert: db.prepare('SELECT min(sla_next_alert_at) FROM conversations WHERE sla_next_alert_at IS NOT NULL').pluck(),
      nextSnoozeEnd: db.prepare('SELECT min(snoozed_until) FROM alert_log WHERE snoozed_until IS NOT NULL').pluck(),
      snoozeEnded: db.prepare(`SELECT id, conversation_id AS conversationId, sla_stage AS stage, started_at AS startedAt FROM alert_log WHERE snoozed_until <= ?`),
      clearSnooze: db.prepare('UPDATE alert_log SET snoozed_until = NULL WHERE id = ?'),
      snoozing: db
        .prepare('SELECT 1 FROM alert_log WHERE conversation_id = ? AND sla_stage = ? AND started_at = ? AND snoozed_until > ?')
        .pluck(),
      log: db.prepare(
        `INSERT OR IGNORE INTO alert_log (conversation_id, sla_stage, started_at, level, due_at, fired_at, delivery)
         VALUES (@id, @stage, @startedAt, @level, @dueAt, @now, @delivery)`,
      ),
      markAlerted: db.prepare('UPDATE conversations SET sla_alerted = ? WHERE id = ?'),
      currentClock: db.prepare('SELECT sla_stage AS stage, sla_started_at AS startedAt, sla_alerted AS alerted FROM conversations WHERE id = ?'),
      entry: db.prepare(`${entrySelect} WHERE a.id = ?`),
      entries: db.prepare(`${entrySelect} WHERE a.delivery <> 'other_role' ORDER BY a.fired_at DESC, a.id DESC LIMIT ?`),
      latestOfClock: db.prepare(`${entrySelect} WHERE a.conversation_id = ? AND a.sla_stage = ? AND a.started_at = ? ORDER BY a.id DESC LIMIT 1`),
      nextWarningAfter: db.prepare('SELECT min(sla_warning_at) FROM conversations WHERE sla_warning_at > ?').pluck(),
      nextDueAfter: db.prepare("SELECT min(sla_sort_key) FROM conversations WHERE status = 'open' AND sla_sort_key > ? AND sla_sort_key < 9007199254740991").pluck(),
      summary: db.prepare(
        `SELECT count(*) AS atRisk, coalesce(sum(sla_due_at <= @now), 0) AS breached FROM conversations
         WHERE sla_warning_at IS NOT NULL AND sla_warning_at <= @now`,
      ),
      snooze: db.prepare('UPDATE alert_log SET snoozed_until = ? WHERE id = ?'),
    };
  }

  /** Begins firing. Called by the shell once it shows alerts; calling it again does nothing. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.tick();
  }

  stop(): void {
    this.running = false;
    if (this.timer !== null) this.options.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  /** Clocks changed (new messages, replies, policies): fire what is now due and re-aim the timer. */
  reschedule(): void {
    this.summaryStale = true;
    if (this.running) this.tick();
  }

  setViewing(conversationId: number | null): void {
    this.viewing = conversationId;
  }

  log(limit = 200): AlertEntry[] {
    return this.statements.entries.all(limit) as AlertEntry[];
  }

  summary(): AlertSummary {
    return this.statements.summary.get({ now: this.options.clock.now() }) as AlertSummary;
  }

  /** Silences the conversation's alerts until then; if it still needs an answer, it reminds. */
  snooze(alertId: number, minutes: number): AlertEntry | undefined {
    const until = this.options.clock.now() + minutes * 60_000;
    if (this.statements.snooze.run(until, alertId).changes === 0) return undefined;
    this.reschedule();
    return this.statements.entry.get(alertId) as AlertEntry;
  }

  /** Fires everything due, then sleeps until the next threshold. Public for tests and benchmarks. */
  tick(): void {
    if (this.timer !== null) this.options.clock.clearTimeout(this.timer);
    this.timer = null;
    let wakeAt = this.options.clock.now() + maxSleepMs;
    try {
      const groups = this.fireDue();
      if (groups.length > 0) this.options.deliver(groups);
      this.publishSummary();
      wakeAt = this.nextWake();
    } catch (error) {
      // The cache is unavailable (closing, damaged): try again later rather than stop for good.
      this.options.logger.error('SLA alerts could not be checked', { error: String(error) });
    }
    if (this.running) this.timer = this.options.clock.setTimeout(() => this.tick(), Math.max(0, wakeAt - this.options.clock.now()));
  }

  private fireDue(): AlertGroup[] {
    const now = this.options.clock.now();
    const { role, alerts: settings } = this.options.preferences();
    const quiet = settings.quietHours.enabled && inQuietHours(new Date(now), settings.quietHours.from, settings.quietHours.to);
    const fired = new Map<AlertLevel, AlertEntry[]>();
    const reminders = new Map<AlertLevel, AlertEntry[]>();
    this.options.store.db.transaction(() => {
      const due = this.statements.due.all(now) as DueRow[];
      const rows = due.some((row) => reachedLevel(row, now) === 'warning')
        ? [...due, ...(this.statements.nearWarnings.all(now, now + warningLookaheadMs) as DueRow[])]
        : due;
      for (const row of rows) {
        // Levels passed since the last alert; only the highest this role is told of is shown (a clock
        // found already breached is a breach, not a warning too), the highest overall is recorded.
        const reached = reachedLevel(row, now) ?? 'warning';
        const passed = levelOrder.slice(row.alerted ? levelOrder.indexOf(row.alerted) + 1 : 0, levelOrder.indexOf(reached) + 1);
        const shown = [...passed].reverse().find((level) => levelsFor[role].has(level));
        this.statements.markAlerted.run(reached, row.id);
        if (reached !== shown) this.statements.log.run({ ...row, level: reached, now, delivery: 'other_role' });
        if (!shown) continue;
        const snoozed = this.statements.snoozing.get(row.id, row.stage, row.startedAt, now) !== undefined;
        const delivery = row.id === this.viewing ? 'on_screen' : snoozed ? 'snoozed' : quiet ? 'quiet_hours' : 'notified';
        const logged = this.statements.log.run({ ...row, level: shown, now, delivery });
        // Already in the log (a restart, a clock that paused and resumed): never twice.
        if (logged.changes === 0 || delivery !== 'notified') continue;
        push(fired, shown, this.statements.entry.get(logged.lastInsertRowid) as AlertEntry);
      }
      for (const ended of this.statements.snoozeEnded.all(now) as Array<{ id: number; conversationId: number; stage: string; startedAt: number }>) {
        this.statements.clearSnooze.run(ended.id);
        const clock = this.statements.currentClock.get(ended.conversationId) as { stage: string; startedAt: number; alerted: AlertLevel | null } | undefined;
        // Answered (or a new clock) meanwhile: nothing to remind of.
        if (!clock || clock.stage !== ended.stage || clock.startedAt !== ended.startedAt || clock.alerted === null) continue;
        if (!levelsFor[role].has(clock.alerted) || quiet || ended.conversationId === this.viewing) continue;
        const latest = this.statements.latestOfClock.get(ended.conversationId, ended.stage, ended.startedAt) as AlertEntry;
        push(reminders, latest.level, latest);
      }
    })();
    const sound = settings.sound;
    const groups: AlertGroup[] = [];
    for (const level of [...levelOrder].reverse()) {
      const alerts = fired.get(level);
      if (alerts) groups.push({ level, alerts, reminder: false, sound });
      const reminded = reminders.get(level);
      if (reminded) groups.push({ level, alerts: reminded, reminder: true, sound });
    }
    if (!settings.notifications) return [];
    return groups;
  }

  /** Counts again only when they can have changed, so an idle tick costs two index lookups. */
  private publishSummary(): void {
    const now = this.options.clock.now();
    if (!this.summaryStale && now < this.summaryValidUntil) return;
    const summary = this.summary();
    const next = [this.statements.nextWarningAfter.get(now), this.statements.nextDueAfter.get(now)].filter((at): at is number => typeof at === 'number');
    this.summaryValidUntil = Math.min(Number.MAX_SAFE_INTEGER, ...next);
    this.summaryStale = false;
    if (this.lastSummary && summary.atRisk === this.lastSummary.atRisk && summary.breached === this.lastSummary.breached) return;
    this.lastSummary = summary;
    this.options.summaryChanged(summary);
  }

  /** The next threshold, snooze end or change of the counts; at most a minute away. */
  private nextWake(): number {
    const now = this.options.clock.now();
    // Something still due (a backlog larger than one pass) makes the next pass immediate.
    const candidates = [this.statements.nextAlert.get(), this.statements.nextSnoozeEnd.get(), this.summaryValidUntil].filter(
      (at): at is number => typeof at === 'number',
    );
    return Math.min(now + maxSleepMs, ...candidates);
  }
}

const entrySelect = `
  SELECT a.id, a.conversation_id AS conversationId, a.level, a.sla_stage AS stage, a.due_at AS dueAt, a.fired_at AS firedAt,
         a.delivery, a.snoozed_until AS snoozedUntil, b.name AS brandName, ct.display_name AS contactName
  FROM alert_log a JOIN conversations c ON c.id = a.conversation_id JOIN brands b ON b.id = c.brand_id
  LEFT JOIN contacts ct ON ct.id = c.contact_id`;

function reachedLevel(row: DueRow, now: number): AlertLevel | null {
  if (row.escalateAt <= now) return 'escalation';
  if (row.dueAt <= now) return 'breach';
  if (row.warningAt <= now) return 'warning';
  return null;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Whether a local time falls in [from, to), a span that may cross midnight. */
export function inQuietHours(date: Date, from: string, to: string): boolean {
  const minutes = date.getHours() * 60 + date.getMinutes();
  const [start, end] = [from, to].map((time) => {
    const [hours, mins] = time.split(':').map(Number) as [number, number];
    return hours * 60 + mins;
  }) as [number, number];
  if (start === end) return false;
  return start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
}
