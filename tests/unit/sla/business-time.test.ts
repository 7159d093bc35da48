// Business-time arithmetic, against the cases that break naive implementations: Europe/Rome's
// daylight-saving changes, overnight and split shifts, holidays, and arbitrary instants.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessTime, businessTimeBetween, easterSunday, italianHolidays, type BusinessCalendar } from '../../../shared/sla/business-time';
import { BusinessTimeline } from '../../../shared/sla/business-timeline';
import { instantOf, localTime } from '../../../shared/sla/zoned-time';

const rome = 'Europe/Rome';
const minute = 60_000;
const hour = 60 * minute;
const h = (hours: number, minutes = 0) => hours * 60 + minutes;

/** Mon–Fri 9:00–13:00 and 14:00–18:00 (a split shift), Saturday 9:00–12:00, Sunday closed. */
const shop: BusinessCalendar = {
  timeZone: rome,
  week: [
    ...Array.from({ length: 5 }, () => [{ opens: h(9), closes: h(13) }, { opens: h(14), closes: h(18) }]),
    [{ opens: h(9), closes: h(12) }],
    [],
  ],
  holidays: new Set(italianHolidays(2026)),
};

/** Every night 22:00–06:00: an overnight shift, written as two intervals around midnight. */
const nightDesk: BusinessCalendar = {
  timeZone: rome,
  week: Array.from({ length: 7 }, () => [{ opens: h(0), closes: h(6) }, { opens: h(22), closes: h(24) }]),
  holidays: new Set(),
};

const at = (iso: string, minutes: number, calendar = shop) => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return instantOf({ year, month, day }, minutes, calendar.timeZone);
};

describe('zoned time in Europe/Rome', () => {
  it('maps local wall-clock times to instants across daylight-saving changes', () => {
    expect(new Date(at('2026-01-15', h(9))).toISOString()).toBe('2026-01-15T08:00:00.000Z'); // CET
    expect(new Date(at('2026-07-15', h(9))).toISOString()).toBe('2026-07-15T07:00:00.000Z'); // CEST
    // 29 March 2026, 02:00–03:00 does not exist: 02:30 moves forward by the gap, to 03:30 CEST.
    expect(new Date(at('2026-03-29', h(2, 30))).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // 25 October 2026, 02:00–03:00 happens twice: the first occurrence (still CEST).
    expect(new Date(at('2026-10-25', h(2, 30))).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('round-trips every instant through its local time', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) }), (instant) => {
        const whole = instant - (instant % minute);
        const local = localTime(whole, rome);
        const back = instantOf(local, local.minute, rome);
        // Equal, or the second of two instants that share an autumn wall-clock time.
        expect([whole, whole + hour]).toContain(back === whole ? whole : back + hour);
      }),
    );
  });
});

describe('business time', () => {
  it('counts only opening hours, across the lunch break, the weekend and a holiday', () => {
    // Friday 24 April 2026, 17:30: 30 min left that day; Saturday 25 April is Liberation Day.
    const due = addBusinessTime(at('2026-04-24', h(17, 30)), 2 * hour, shop);
    expect(due).toBe(at('2026-04-27', h(10, 30))); // Monday: 30 min Friday + 9:00–10:30
    expect(addBusinessTime(at('2026-04-27', h(12, 30)), hour, shop)).toBe(at('2026-04-27', h(14, 30)));
  });

  it('skips Easter Monday', () => {
    expect(easterSunday(2026)).toEqual({ year: 2026, month: 4, day: 5 });
    expect(italianHolidays(2026)).toContain('2026-04-06');
    expect(easterSunday(2025)).toEqual({ year: 2025, month: 4, day: 20 });
    // Saturday 4 April 11:00 + 2 h → 1 h on Saturday, Easter Sunday and Monday closed → Tuesday 10:00.
    expect(addBusinessTime(at('2026-04-04', h(11)), 2 * hour, shop)).toBe(at('2026-04-07', h(10)));
  });

  it('measures a night shift by the clock on the wall: 7 real hours in spring, 9 in autumn', () => {
    expect(businessTimeBetween(at('2026-03-28', h(22)), at('2026-03-29', h(6)), nightDesk)).toBe(7 * hour);
    expect(businessTimeBetween(at('2026-10-24', h(22)), at('2026-10-25', h(6)), nightDesk)).toBe(9 * hour);
    expect(businessTimeBetween(at('2026-06-10', h(22)), at('2026-06-11', h(6)), nightDesk)).toBe(8 * hour);
    // An overnight shift carries a clock across midnight.
    expect(addBusinessTime(at('2026-06-10', h(23)), 2 * hour, nightDesk)).toBe(at('2026-06-11', h(1)));
  });

  const instants = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 1) });
  const durations = fc.integer({ min: 1, max: 40 * hour });

  it('a due time is exactly the business time asked for after the start', () => {
    fc.assert(
      fc.property(instants, durations, fc.constantFrom(shop, nightDesk), (start, duration, calendar) => {
        const due = addBusinessTime(start, duration, calendar);
        expect(due).toBeGreaterThan(start);
        expect(businessTimeBetween(start, due, calendar)).toBe(duration);
      }),
      { numRuns: 200 },
    );
  });

  it('adding in two steps equals adding at once, and more time never ends earlier', () => {
    fc.assert(
      fc.property(instants, durations, durations, (start, a, b) => {
        expect(addBusinessTime(addBusinessTime(start, a, shop), b, shop)).toBe(addBusinessTime(start, a + b, shop));
        expect(addBusinessTime(start, Math.min(a, b), shop)).toBeLessThanOrEqual(addBusinessTime(start, Math.max(a, b), shop));
      }),
      { numRuns: 150 },
    );
  });

  it('a timeline laid out once answers exactly as the day-by-day walk, inside its span and beyond it', () => {
    const spanFrom = at('2026-03-20', h(0));
    const spanTo = at('2026-04-10', h(0));
    const timelines = new Map([shop, nightDesk].map((calendar) => [calendar, new BusinessTimeline(calendar, spanFrom, spanTo)]));
    fc.assert(
      fc.property(instants, durations, fc.constantFrom(shop, nightDesk), (start, duration, calendar) => {
        expect(timelines.get(calendar)!.add(start, duration)).toBe(addBusinessTime(start, duration, calendar));
      }),
      { numRuns: 300 },
    );
    // The daylight-saving weekend and Easter Monday lie inside the span: check them explicitly too.
    for (const start of [at('2026-03-28', h(17, 30)), at('2026-04-03', h(17, 59)), at('2026-03-29', h(1, 30), nightDesk)]) {
      for (const calendar of [shop, nightDesk]) {
        expect(timelines.get(calendar)!.add(start, 5 * hour)).toBe(addBusinessTime(start, 5 * hour, calendar));
      }
    }
  });

  it('refuses a calendar with no opening hours instead of looping', () => {
    const closed: BusinessCalendar = { timeZone: rome, week: Array.from({ length: 7 }, () => []), holidays: new Set() };
    expect(() => addBusinessTime(Date.UTC(2026, 0, 1), hour, closed)).toThrow(/no opening hours/);
  });
});
