// Keeps each conversation's SLA clock current in the cache: its stage and start, and its warning,
// due and escalation times, so the queue sorts by urgency through its index and the alert
// scheduler finds the next threshold with one lookup. Two paths:
// - `recompute(ids)` after conversations change (messages, a reply delivered, a status change):
//   reads each one's facts, and records a response event when a reply stopped a clock;
// - `recomputeBrand(brandId)` after a policy or business hours change: the facts are unchanged, so
//   it recomputes due times from the stored clock starts in one pass (see due-time-pass.ts).
// The arithmetic is shared/sla.
import { dueTimes, runningClock, type SlaStage } from '../../../shared/sla/clock';
import type { Store } from '../store/store';
import { ClockColumns, dueTimePass, memoizedPolicies, orNull, type DueTimeChanges } from './due-time-pass';
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

/**
 * A page of a brand's running clocks in id order, walked along the primary key (unary + keeps
 * SQLite off the brand and status indexes, which would sort every page), resumable after a yield.
 */
export const brandClocksPageSql = `
  SELECT c.id, c.brand_id AS brandId, c.priority, ch.kind AS channelKind, c.sla_stage AS stage, c.sla_started_at AS startedAt,
         c.sla_warning_at AS warningAt, c.sla_due_at AS dueAt, c.sla_escalate_at AS escalateAt
  FROM conversations c JOIN channels ch ON ch.id = c.channel_id
  WHERE +c.brand_id = @brandId AND +c.status = 'open' AND c.sla_started_at IS NOT NULL AND c.id > @afterId
  ORDER BY c.id LIMIT @limit`;

/** Rows read, and written, per step of a brand's recompute, which yields between steps: tens of ms each. */
const readPage = 5_000;
const writeChunk = 2_000;

export class SlaClocks {
  private readonly statements;
  private brandPasses: Promise<unknown> = Promise.resolve();

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
      clocksOfBrand: db.prepare(brandClocksPageSql).raw(),
      updateTimes: db.prepare(
        `UPDATE conversations SET sla_warning_at = ?, sla_due_at = ?, sla_escalate_at = ?
         WHERE id = ? AND sla_stage = ? AND sla_started_at = ?`,
      ),
    };
  }

  recompute(conversationIds: readonly number[]): void {
    const policyOf = memoizedPolicies((...key) => this.policies.policyFor(...key));
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

  /**
   * After a policy or business-hours change: every running clock of the brand, computed in one
   * pass and written back in chunks, yielding between them so a large workspace does not hold the
   * main process for the whole write. Passes for one workspace run one after another.
   */
  recomputeBrand(brandId: number): Promise<{ clocks: number; changed: number[] }> {
    const pass = this.brandPasses.then(async () => {
      const clocks = new ClockColumns();
      for (let afterId = 0; this.readPage(brandId, afterId, clocks); afterId = clocks.id[clocks.count - 1]!) {
        await new Promise((resolve) => setImmediate(resolve));
      }
      const changes = dueTimePass(clocks, memoizedPolicies((...key) => this.policies.policyFor(...key)));
      const changed: number[] = [];
      for (let from = 0; from < changes.count; from += writeChunk) {
        if (from > 0) await new Promise((resolve) => setImmediate(resolve));
        changed.push(...this.writeDueTimes(changes, from, Math.min(changes.count, from + writeChunk)));
      }
      return { clocks: clocks.count, changed };
    });
    this.brandPasses = pass.catch(() => undefined);
    return pass;
  }

  /** Every running clock of a brand, at once (recomputeBrand reads them a page at a time). */
  readBrandClocks(brandId: number): ClockColumns {
    const clocks = new ClockColumns();
    for (let afterId = 0; this.readPage(brandId, afterId, clocks); afterId = clocks.id[clocks.count - 1]!);
    return clocks;
  }

  /** Appends the page after `afterId`; false when there was none. */
  private readPage(brandId: number, afterId: number, into: ClockColumns): boolean {
    const before = into.count;
    // Raw rows (arrays) die at once; the columns keep the values without an object per clock.
    for (const row of this.statements.clocksOfBrand.iterate({ brandId, afterId, limit: readPage }) as Iterable<unknown[]>) into.push(row);
    return into.count > before;
  }

  /** Writes moved times `from`–`to` in one transaction; a clock replaced meanwhile (new message, reply) is left alone. */
  writeDueTimes(changes: DueTimeChanges, from = 0, to = changes.count): number[] {
    const written: number[] = [];
    const { clocks } = changes;
    this.store.db.transaction(() => {
      for (let k = from; k < to; k += 1) {
        const at = changes.index[k]!;
        const id = clocks.id[at]!;
        const moved = this.statements.updateTimes.run(orNull(changes.warningAt[k]), orNull(changes.dueAt[k]), orNull(changes.escalateAt[k]), id, clocks.stageAt(at), clocks.startedAt[at]);
        if (moved.changes > 0) written.push(id);
      }
    })();
    return written;
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
