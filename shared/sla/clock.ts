// What an SLA clock says about one conversation right now. Pure: the facts of the conversation and
// its policy in, the stage and times out. Clocks pause while the conversation waits on the
// customer (pending), is snoozed, or is closed; they run from the first customer message nobody
// has answered yet (a reply counts once the platform has it).
import { addBusinessTime, type BusinessCalendar } from './business-time';

export type SlaStage = 'first_response' | 'next_response';

export interface SlaPolicy {
  firstResponseMs: number | null;
  nextResponseMs: number | null;
  /** Share of the target elapsed when the warning fires (0.75: with a quarter of the time left). */
  warningShare: number;
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

export interface SlaClock {
  stage: SlaStage;
  startedAt: number;
  warningAt: number;
  dueAt: number;
}

export function slaClock(facts: ConversationFacts, policy: SlaPolicy): SlaClock | null {
  if (facts.status !== 'open' || facts.firstUnansweredAt === null) return null;
  const stage: SlaStage = facts.lastReplyAt === null ? 'first_response' : 'next_response';
  const target = stage === 'first_response' ? policy.firstResponseMs : policy.nextResponseMs;
  if (target === null || target <= 0) return null;
  const startedAt = facts.firstUnansweredAt;
  const after = (ms: number) => (policy.calendar ? addBusinessTime(startedAt, ms, policy.calendar) : startedAt + ms);
  return { stage, startedAt, warningAt: after(Math.round(target * policy.warningShare)), dueAt: after(target) };
}

export const minute = 60_000;

/** The presets offered when a brand gets its policy (calendar time unless a calendar is chosen). */
export const slaPresets = {
  veryResponsive: { firstResponseMs: 15 * minute, nextResponseMs: 15 * minute, warningShare: 0.6 },
  oneHour: { firstResponseMs: 60 * minute, nextResponseMs: 60 * minute, warningShare: 0.75 },
} as const;
