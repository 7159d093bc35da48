import { describe, expect, it } from 'vitest';
import type { BusinessCalendar } from '../../../shared/sla/business-time';
import { minute, slaClock, slaPresets, type SlaPolicy } from '../../../shared/sla/clock';
import { instantOf } from '../../../shared/sla/zoned-time';

const hourPolicy: SlaPolicy = { ...slaPresets.one_hour, warningLeadMs: null, escalationDelayMs: 15 * minute, calendar: null };
const t = Date.UTC(2026, 5, 10, 8, 0);

describe('slaClock', () => {
  it('runs the first-response clock from the first unanswered customer message', () => {
    expect(slaClock({ status: 'open', lastReplyAt: null, firstUnansweredAt: t }, hourPolicy)).toEqual({
      stage: 'first_response',
      startedAt: t,
      warningAt: t + 45 * minute,
      dueAt: t + 60 * minute,
      escalateAt: t + 75 * minute,
    });
  });

  it('after a reply, runs the next-response clock from the next customer message', () => {
    const clock = slaClock({ status: 'open', lastReplyAt: t, firstUnansweredAt: t + 5 * minute }, { ...hourPolicy, ...slaPresets.very_responsive });
    expect(clock).toMatchObject({ stage: 'next_response', dueAt: t + 20 * minute, warningAt: t + 14 * minute });
  });

  it('stops when everything is answered, and pauses while pending, snoozed or closed', () => {
    expect(slaClock({ status: 'open', lastReplyAt: t, firstUnansweredAt: null }, hourPolicy)).toBeNull();
    for (const status of ['pending', 'snoozed', 'closed'] as const) {
      expect(slaClock({ status, lastReplyAt: null, firstUnansweredAt: t }, hourPolicy)).toBeNull();
    }
    expect(slaClock({ status: 'open', lastReplyAt: null, firstUnansweredAt: t }, { ...hourPolicy, firstResponseMs: null })).toBeNull();
  });

  it('warns a fixed lead before due when the policy says so, and at the start if the lead is longer than the target', () => {
    const facts = { status: 'open', lastReplyAt: null, firstUnansweredAt: t } as const;
    expect(slaClock(facts, { ...hourPolicy, warningLeadMs: 10 * minute })?.warningAt).toBe(t + 50 * minute);
    expect(slaClock(facts, { ...hourPolicy, warningLeadMs: 90 * minute })?.warningAt).toBe(t);
  });

  it('escalates a fixed wall-clock delay after the breach, even outside business hours', () => {
    const weekdays: BusinessCalendar = {
      timeZone: 'Europe/Rome',
      week: [...Array.from({ length: 5 }, () => [{ opens: 9 * 60, closes: 18 * 60 }]), [], []],
      holidays: new Set(),
    };
    const friday = instantOf({ year: 2026, month: 6, day: 12 }, 16 * 60 + 30, 'Europe/Rome');
    const clock = slaClock({ status: 'open', lastReplyAt: null, firstUnansweredAt: friday }, { ...hourPolicy, escalationDelayMs: 60 * minute, calendar: weekdays });
    expect(clock?.dueAt).toBe(friday + 60 * minute);
    expect(clock?.escalateAt).toBe(instantOf({ year: 2026, month: 6, day: 12 }, 18 * 60 + 30, 'Europe/Rome'));
  });

  it('counts business hours when the policy has a calendar', () => {
    const weekdays: BusinessCalendar = {
      timeZone: 'Europe/Rome',
      week: [...Array.from({ length: 5 }, () => [{ opens: 9 * 60, closes: 18 * 60 }]), [], []],
      holidays: new Set(),
    };
    // Friday 12 June 2026 17:30 in Rome: 30 minutes left that day, the rest on Monday.
    const friday = instantOf({ year: 2026, month: 6, day: 12 }, 17 * 60 + 30, 'Europe/Rome');
    const clock = slaClock({ status: 'open', lastReplyAt: null, firstUnansweredAt: friday }, { ...hourPolicy, calendar: weekdays });
    expect(clock?.dueAt).toBe(instantOf({ year: 2026, month: 6, day: 15 }, 9 * 60 + 30, 'Europe/Rome'));
    expect(clock?.warningAt).toBe(instantOf({ year: 2026, month: 6, day: 15 }, 9 * 60 + 15, 'Europe/Rome'));
  });
});
