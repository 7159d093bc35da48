// Business-time arithmetic for SLA clocks: when does a target of N minutes of business time run
// out, and how much business time lies between two instants. A calendar is a time zone, a weekly
// schedule of opening intervals (several a day for split shifts; an overnight shift is two
// intervals, one each side of midnight) and holidays. Pure functions: the clock is an argument.
import { addDays, instantOf, isoDate, localTime, sameDate, type LocalDate } from './zoned-time';

export interface OpeningInterval {
  /** Local minutes since midnight: [opens, closes), 0 ≤ opens < closes ≤ 1440. */
  opens: number;
  closes: number;
}

export interface BusinessCalendar {
  timeZone: string;
  /** Index 0 = Monday … 6 = Sunday. */
  week: ReadonlyArray<ReadonlyArray<OpeningInterval>>;
  /** Local dates, "YYYY-MM-DD", on which nothing is open. */
  holidays: ReadonlySet<string>;
}

/** How far ahead to look for opening hours before deciding a calendar has none. */
const searchDays = 2 * 366;

/** The opening intervals of one local date, as instants, in order. */
export function openIntervals(date: LocalDate, calendar: BusinessCalendar): Array<[number, number]> {
  if (calendar.holidays.has(isoDate(date))) return [];
  const weekday = localTime(instantOf(date, 12 * 60, calendar.timeZone), calendar.timeZone).weekday;
  return [...(calendar.week[weekday] ?? [])]
    .sort((a, b) => a.opens - b.opens)
    .map((interval): [number, number] => [instantOf(date, interval.opens, calendar.timeZone), instantOf(date, interval.closes, calendar.timeZone)])
    .filter(([from, to]) => to > from);
}

/** The instant at which `durationMs` of business time has passed since `start`. */
export function addBusinessTime(start: number, durationMs: number, calendar: BusinessCalendar): number {
  if (durationMs <= 0) return start;
  let remaining = durationMs;
  // Start from the day before, so an overnight interval that began yesterday is not missed.
  let date = addDays(localTime(start, calendar.timeZone), -1);
  for (let day = 0; day < searchDays; day += 1, date = addDays(date, 1)) {
    for (const [opens, closes] of openIntervals(date, calendar)) {
      const from = Math.max(opens, start);
      if (closes <= from) continue;
      if (closes - from >= remaining) return from + remaining;
      remaining -= closes - from;
    }
  }
  throw new RangeError(`The business calendar has no opening hours within ${searchDays} days.`);
}

/** Business time between two instants (0 if `to` is not after `from`). */
export function businessTimeBetween(from: number, to: number, calendar: BusinessCalendar): number {
  if (to <= from) return 0;
  let total = 0;
  let date = addDays(localTime(from, calendar.timeZone), -1);
  const last = localTime(to, calendar.timeZone);
  // Day by day from the day before `from` (overnight intervals) to the day of `to`.
  for (;;) {
    for (const [opens, closes] of openIntervals(date, calendar)) {
      total += Math.max(0, Math.min(closes, to) - Math.max(opens, from));
    }
    if (sameDate(date, last)) return total;
    date = addDays(date, 1);
  }
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** Italy's national public holidays of a year, Easter Monday (Pasquetta) included. */
export function italianHolidays(year: number): string[] {
  const fixed = ['01-01', '01-06', '04-25', '05-01', '06-02', '08-15', '11-01', '12-08', '12-25', '12-26'];
  const easter = easterSunday(year);
  return [...fixed.map((monthDay) => `${year}-${monthDay}`), isoDate(easter), isoDate(addDays(easter, 1))].sort();
}
