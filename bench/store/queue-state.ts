// After ingest, the queue's state as the SLA engine and the agents would leave it (that engine is a
// later feature, so plain UPDATEs stand in for it): ~30% open, SLA clocks spread around "now" —
// some breached, some at risk, most running, some with no clock — a few assignees, some tags.
import type { Store } from '../../electron/core/store/store';
import { chance, exponential, integerBetween, pick, streamFor, weightedIndexPicker, zipfWeights } from './random';
import { streams, type Dataset } from './dataset';

export const assignees = ['giulia', 'marco', 'sara', 'luca', 'anna'] as const;
const pickAssignee = weightedIndexPicker(zipfWeights(assignees.length, 0.5));
const tagNames = ['reso', 'rimborso', 'spedizione', 'vip', 'reclamo', 'urgent', 'complaint', 'prenotazione', 'fattura', 'influencer', 'bug sito', 'feedback'];
const pickTag = weightedIndexPicker(zipfWeights(tagNames.length, 1));
const minute = 60_000;
const hour = 60 * minute;

interface ConversationState {
  status: 'open' | 'pending' | 'snoozed' | 'closed';
  assignee: string | null;
  priority: number;
  unreadCount: number | null;
  snoozedUntil: number | null;
  slaStage: string | null;
  slaWarningAt: number | null;
  slaDueAt: number | null;
}

export interface QueueStateSummary {
  open: number;
  breached: number;
  atRisk: number;
  noClock: number;
  tagged: number;
  ms: number;
}

export function applyQueueState(store: Store, dataset: Dataset): QueueStateSummary {
  const began = performance.now();
  const { db } = store;
  const update = db.prepare(
    `UPDATE conversations SET status = @status, assignee = @assignee, priority = @priority,
       unread_count = coalesce(@unreadCount, unread_count), snoozed_until = @snoozedUntil,
       sla_stage = @slaStage, sla_warning_at = @slaWarningAt, sla_due_at = @slaDueAt
     WHERE id = @id`,
  );
  const insertTag = db.prepare('INSERT INTO tags (name) VALUES (?) RETURNING id').pluck();
  const tagConversation = db.prepare('INSERT OR IGNORE INTO conversation_tags (conversation_id, tag_id) VALUES (?, ?)');
  db.transaction(() => {
    const tagIds = tagNames.map((name) => insertTag.get(name) as number);
    for (let id = 1; id <= dataset.size.conversations; id += 1) {
      const random = streamFor(dataset.seed, streams.queueState, id);
      update.run({ id, ...conversationState(random, dataset.now) });
      if (!chance(random, 0.25)) continue;
      for (let count = integerBetween(random, 1, 2); count > 0; count -= 1) tagConversation.run(id, tagIds[pickTag(random)]);
    }
  })();
  return { ...summarise(store, dataset.now), ms: performance.now() - began };
}

function conversationState(random: () => number, now: number): ConversationState {
  const roll = random();
  const status = roll < 0.3 ? 'open' : roll < 0.38 ? 'pending' : roll < 0.42 ? 'snoozed' : 'closed';
  const base: ConversationState = {
    status,
    assignee: chance(random, 0.65) ? (assignees[pickAssignee(random)] ?? null) : null,
    priority: pick(random, [0, 0, 0, 0, 0, 0, 0, 1, 1, 2]) + (chance(random, 0.02) ? 1 : 0),
    // Agents have read closed conversations and about half of the open ones.
    unreadCount: status === 'closed' || chance(random, 0.5) ? 0 : null,
    snoozedUntil: status === 'snoozed' ? now + integerBetween(random, 1, 72) * hour : null,
    slaStage: null,
    slaWarningAt: null,
    slaDueAt: null,
  };
  return status === 'open' ? { ...base, ...slaClock(random, now) } : base;
}

/** 12% breached, 13% at risk, 60% running, 15% without a clock (e.g. no policy for the channel). */
function slaClock(random: () => number, now: number): Pick<ConversationState, 'slaStage' | 'slaWarningAt' | 'slaDueAt'> {
  const roll = random();
  const slaStage = pick(random, ['first_response', 'first_response', 'first_response', 'first_response', 'first_response', 'next_response', 'next_response', 'next_response', 'next_response', 'resolution']);
  if (roll < 0.12) {
    const dueAt = Math.round(now - minute - exponential(random, 6 * hour));
    return { slaStage, slaWarningAt: dueAt - 30 * minute, slaDueAt: dueAt };
  }
  if (roll < 0.25) return { slaStage, slaWarningAt: now - integerBetween(random, 1, 60) * minute, slaDueAt: now + integerBetween(random, 1, 60) * minute };
  if (roll < 0.85) {
    const dueAt = Math.round(now + hour + exponential(random, 12 * hour));
    return { slaStage, slaWarningAt: dueAt - integerBetween(random, 5, 45) * minute, slaDueAt: dueAt };
  }
  return { slaStage: null, slaWarningAt: null, slaDueAt: null };
}

function summarise(store: Store, now: number): Omit<QueueStateSummary, 'ms'> {
  return store.db
    .prepare(
      `SELECT count(*) AS open,
              coalesce(sum(sla_due_at <= @now), 0) AS breached,
              coalesce(sum(sla_due_at > @now AND sla_warning_at <= @now), 0) AS atRisk,
              coalesce(sum(sla_due_at IS NULL), 0) AS noClock,
              (SELECT count(DISTINCT conversation_id) FROM conversation_tags) AS tagged
       FROM conversations WHERE status = 'open'`,
    )
    .get({ now }) as Omit<QueueStateSummary, 'ms'>;
}
