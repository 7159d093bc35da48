// Keeps each conversation's SLA clock current in the cache: its stage and start, and its warning,
// due and escalation times, so the queue sorts by urgency through its index and the alert
// scheduler finds the next threshold with one lookup. Two paths:
// - `recompute(ids)` after conversations change (messages, a reply delivered, a status change):
//   reads each one's facts, and records a response event when a reply stopped a clock;
// - `recomputeAll(brandId)` after a policy or business hours change: the facts are unchanged, so
//   it recomputes due times from the stored clock starts in one pass (see BusinessTimeline).
// The arithmetic is shared/sla.
import type { BusinessCalendar } from '../../../shared/sla/business-time';
import { BusinessTimeline } from '../../../shared/sla/business-timeline';
import { calendarAdder, dueTimes, runningClock, type AddTime, type SlaPolicy, type SlaStage } from '../../../shared/sla/clock';
import type { Store } from '../store/store';
import type { SlaPolicies } from './sla-policies';

interface StoredClock {
  status: 'open' | 'pending' | 'snoozed' | 'closed';
  brandId: number;
  priority: number;
  channelKind: string;
  stage: SlaStage | null;
  startedAt: number | null;
  dueAt: number | null;
  alerted: string | null;
}

interface ClockRow {
  id: number;
  brandId: number;
  priority: number;
  channelKind: string;
  stage: SlaStage;
  startedAt: number;
  warningAt: number | null;
  dueAt: number | null;
  escalateAt: number | null;
}

/** Business time is laid out this far past the latest clock start (weekends, holidays, long targets). */
const timelineSlackMs = 45 * 24 * 3_600_000;

export class SlaClocks {
  private readonly statements;

  constructor(
    private readonly store: Store,
    private readonly policies: SlaPolicies,
  ) {
    const { db } = store;
    this.statements = {
      conversation: db.prepare(
        `SELECT c.status, c.brand_id AS brandId, c.priority, ch.kind AS channelKind, c.sla_stage AS stage, c.sla_started_at AS startedAt,
                c.sla_due_at AS dueAt, c.sla_alerted AS alerted
         FROM conversations c JOIN channels ch ON ch.id = c.channel_id WHERE c.id = ?`,
      ),
      lastReply: db
        .prepare("SELECT max(created_at) FROM messages WHERE conversation_id = ? AND direction = 'outbound' AND delivery_state = 'sent'")
        .pluck(),
      firstReplySince: db
        .prepare("SELECT min(created_at) FROM messages WHERE conversation_id = ? AND direction = 'outbound' AND delivery_state = 'sent' AND created_at >= ?")
        .pluck(),
      firstUnanswered: db
        .prepare("SELECT min(created_at) FROM messages WHERE conversation_id = ? AND direction = 'inbound' AND created_at > ?")
        .pluck(),
      responseEvent: db.prepare(
        `INSERT OR IGNORE INTO sla_response_events (conversation_id, brand_id, sla_stage, started_at, responded_at, due_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ),
      update: db.prepare(
        `UPDATE conversations SET sla_stage = @stage, sla_started_at = @startedAt, sla_warning_at = @warningAt, sla_due_at = @dueAt,
           sla_escalate_at = @escalateAt, sla_alerted = @alerted WHERE id = @id`,
      ),
      clocksOfBrand: db.prepare(
        `SELECT c.id, c.brand_id AS brandId, c.priority, ch.kind AS channelKind, c.sla_stage AS stage, c.sla_started_at AS startedAt,
                c.sla_warning_at AS warningAt, c.sla_due_at AS dueAt, c.sla_escalate_at AS escalateAt
         FROM conversations c JOIN channels ch ON ch.id = c.channel_id
         WHERE c.brand_id = ? AND c.status = 'open' AND c.sla_started_at IS NOT NULL`,
      ),
      updateTimes: db.prepare('UPDATE conversations SET sla_warning_at = ?, sla_due_at = ?, sla_escalate_at = ? WHERE id = ?'),
    };
  }

  recompute(conversationIds: readonly number[]): void {
    const policyOf = memoizedPolicies(this.policies);
    this.store.db.transaction(() => {
      for (const id of conversationIds) {
        const stored = this.statements.conversation.get(id) as StoredClock | undefined;
        if (!stored) continue;
        const lastReplyAt = (this.statements.lastReply.get(id) as number | null) ?? null;
        const firstUnansweredAt = (this.statements.firstUnanswered.get(id, lastReplyAt ?? -1) as number | null) ?? null;
        const clock = runningClock({ status: stored.status, lastReplyAt, firstUnansweredAt });
        const sameClock = clock !== null && clock.stage === stored.stage && clock.startedAt === stored.startedAt;
        if (!sameClock) this.recordResponse(id, stored);
        const policy = policyOf(stored.brandId, stored.channelKind, stored.priority);
        const times = clock && policy ? dueTimes(clock, policy) : null;
        this.statements.update.run({
          id,
          stage: clock?.stage ?? null,
          startedAt: clock?.startedAt ?? null,
          warningAt: times?.warningAt ?? null,
          dueAt: times?.dueAt ?? null,
          escalateAt: times?.escalateAt ?? null,
          // A new clock starts with no alerts; the same clock keeps those already given.
          alerted: sameClock ? stored.alerted : null,
        });
      }
    })();
  }

  /** After a policy or business-hours change: every running clock of the brand, in one pass. */
  recomputeBrand(brandId: number): { clocks: number; changed: number[] } {
    const rows = this.statements.clocksOfBrand.all(brandId) as ClockRow[];
    const policyOf = memoizedPolicies(this.policies);
    const adders = new Map<SlaPolicy, AddTime>();
    let latestStart = 0;
    let earliestStart = Number.MAX_SAFE_INTEGER;
    for (const row of rows) {
      latestStart = Math.max(latestStart, row.startedAt);
      earliestStart = Math.min(earliestStart, row.startedAt);
    }
    // Every policy of a brand that counts business hours counts the brand's one calendar, but each
    // policy lookup builds its own copy: one timeline per calendar's content, not per policy.
    const timelines = new Map<string, AddTime>();
    const adderOf = (policy: SlaPolicy): AddTime => {
      let add = adders.get(policy);
      if (!add) {
        if (policy.calendar) {
          const key = calendarKey(policy.calendar);
          add = timelines.get(key);
          if (!add) {
            add = new BusinessTimeline(policy.calendar, earliestStart, latestStart + timelineSlackMs).add;
            timelines.set(key, add);
          }
        } else {
          add = calendarAdder(null);
        }
        adders.set(policy, add);
      }
      return add;
    };
    const changed: number[] = [];
    this.store.db.transaction(() => {
      for (const row of rows) {
        const policy = policyOf(row.brandId, row.channelKind, row.priority);
        const times = policy ? dueTimes(row, policy, adderOf(policy)) : null;
        const warningAt = times?.warningAt ?? null;
        const dueAt = times?.dueAt ?? null;
        const escalateAt = times?.escalateAt ?? null;
        if (warningAt === row.warningAt && dueAt === row.dueAt && escalateAt === row.escalateAt) continue;
        this.statements.updateTimes.run(warningAt, dueAt, escalateAt, row.id);
        changed.push(row.id);
      }
    })();
    return { clocks: rows.length, changed };
  }

  /** Clocks stored before clock starts were (schema 4): recomputed once from their facts. */
  recomputeLegacy(): void {
    const ids = this.store.db.prepare('SELECT id FROM conversations WHERE sla_stage IS NOT NULL AND sla_started_at IS NULL').pluck().all() as number[];
    if (ids.length > 0) this.recompute(ids);
  }

  /** The clock that was running stopped or gave way: if a reply did it, that is a response. */
  private recordResponse(id: number, stored: StoredClock): void {
    if (stored.stage === null || stored.startedAt === null) return;
    const respondedAt = this.statements.firstReplySince.get(id, stored.startedAt) as number | null;
    if (respondedAt === null) return;
    this.statements.responseEvent.run(id, stored.brandId, stored.stage, stored.startedAt, respondedAt, stored.dueAt);
  }
}

/**
 * Policy lookups for one pass: many conversations share brand, channel and priority. Nested maps
 * rather than one keyed by a string built per conversation, which cost more than the arithmetic.
 */
function memoizedPolicies(policies: SlaPolicies): (brandId: number, channelKind: string, priority: number) => SlaPolicy | null {
  const cache = new Map<number, Map<string, Map<number, SlaPolicy | null>>>();
  return (brandId, channelKind, priority) => {
    let ofBrand = cache.get(brandId);
    if (!ofBrand) cache.set(brandId, (ofBrand = new Map()));
    let ofChannel = ofBrand.get(channelKind);
    if (!ofChannel) ofBrand.set(channelKind, (ofChannel = new Map()));
    let policy = ofChannel.get(priority);
    if (policy === undefined) ofChannel.set(priority, (policy = policies.policyFor(brandId, channelKind, priority)));
    return policy;
  };
}

/** Calendars with the same content lay out the same timeline. */
function calendarKey(calendar: BusinessCalendar): string {
  return JSON.stringify([calendar.timeZone, calendar.week, [...calendar.holidays].sort()]);
}
