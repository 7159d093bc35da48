// What an SLA clock says about one conversation. Pure: the facts of the conversation and its
// policy in, the stage and times out. Clocks pause while the conversation waits on the customer
// (pending), is snoozed, or is closed; they run from the first customer message nobody has
// answered yet (a reply counts once the platform has it). A clock is identified by its stage and
// start, so a policy change moves its due time but does not make it a new clock.
import { addBusinessTime, type BusinessCalendar } from './business-time';

export type SlaStage = 'first_response' | 'next_response';
export type SlaPresetId = 'very_responsive' | 'one_hour' | 'same_business_day';

export interface SlaPolicy {
  firstResponseMs: number | null;
  nextResponseMs: number | null;
  /** Share of the target elapsed when the warning fires (0.75: with a quarter of the time left). */
  warningShare: number;
  /** Instead of the share: warn this much (business) time before due. */
  warningLeadMs: number | null;
  /** After a breach, how long (wall-clock) before supervisors get an escalation. */
  escalationDelayMs: number;
  /** Business hours the clock counts in; null: every hour counts. */
  calendar: BusinessCalendar | null;
}

export interface ConversationFacts {
  status: 'open' | 'pending' | 'snoozed' | 'closed';
  /** When the platform received our latest reply; null if we never replied. */
  lastReplyAt: number | null;
  /** The first customer message after that reply; null if every message is answered. */
  firstUnansweredAt: number | null;
}

export interface RunningClock {
  stage: SlaStage;
  startedAt: number;
}

export interface SlaDueTimes {
  warningAt: number;
  dueAt: number;
  escalateAt: number;
}

export type SlaClock = RunningClock & SlaDueTimes;

/** Adds business time; `addBusinessTime` on the policy's calendar, or a faster equivalent. */
export type AddTime = (start: number, durationMs: number) => number;

/** The clock that runs by the facts alone, whatever the policy: null when nothing waits on us. */
export function runningClock(facts: ConversationFacts): RunningClock | null {
  if (facts.status !== 'open' || facts.firstUnansweredAt === null) return null;
  return { stage: facts.lastReplyAt === null ? 'first_response' : 'next_response', startedAt: facts.firstUnansweredAt };
}

export function calendarAdder(calendar: BusinessCalendar | null): AddTime {
  return calendar ? (start, ms) => addBusinessTime(start, ms, calendar) : (start, ms) => start + ms;
}

/**
 * The warning, due and escalation times of a running clock; null when its stage has no target.
 * `into` lets a pass over many clocks reuse one object instead of allocating one per clock.
 */
export function dueTimes(clock: RunningClock, policy: SlaPolicy, add: AddTime = calendarAdder(policy.calendar), into?: SlaDueTimes): SlaDueTimes | null {
  const target = clock.stage === 'first_response' ? policy.firstResponseMs : policy.nextResponseMs;
  if (target === null || target <= 0) return null;
  const warningOffset = policy.warningLeadMs === null ? Math.round(target * policy.warningShare) : Math.max(0, target - policy.warningLeadMs);
  const times = into ?? { warningAt: 0, dueAt: 0, escalateAt: 0 };
  times.dueAt = add(clock.startedAt, target);
  times.warningAt = add(clock.startedAt, warningOffset);
  times.escalateAt = times.dueAt + policy.escalationDelayMs;
  return times;
}

export function slaClock(facts: ConversationFacts, policy: SlaPolicy): SlaClock | null {
  const clock = runningClock(facts);
  const times = clock && dueTimes(clock, policy);
  return clock && times ? { ...clock, ...times } : null;
}

export const minute = 60_000;
export const hour = 60 * minute;

export interface SlaPreset {
  firstResponseMs: number;
  nextResponseMs: number;
  warningShare: number;
  /** Counted in the brand's business hours (created with the office-hours default if missing). */
  businessHours: boolean;
}

/**
 * The presets offered for a brand. "Very responsive" is Facebook's badge (15 minutes); "Same
 * business day" is 8 hours of business time: what arrives at opening is due by closing (see
 * docs/decisions.md).
 */
export const slaPresets: Record<SlaPresetId, SlaPreset> = {
  very_responsive: { firstResponseMs: 15 * minute, nextResponseMs: 15 * minute, warningShare: 0.6, businessHours: false },
  one_hour: { firstResponseMs: hour, nextResponseMs: hour, warningShare: 0.75, businessHours: false },
  same_business_day: { firstResponseMs: 8 * hour, nextResponseMs: 8 * hour, warningShare: 0.75, businessHours: true },
};

export const defaultEscalationDelayMs = 15 * minute;
