// addBusinessTime for many clocks at once. Walking a calendar day by day costs a few time-zone
// conversions per day, which adds up over 100k conversations when a policy changes. A timeline
// lays the calendar's opening intervals out once, as instants with the business time before each
// one, over the span the clocks need; adding is then two binary searches. Outside that span it
// falls back to the day-by-day walk, so answers never differ.
import { addBusinessTime, openIntervals, type BusinessCalendar } from './business-time';
import { addDays, localTime, sameDate } from './zoned-time';

export class BusinessTimeline {
  /** Merged opening intervals in order: opens[i] ≤ t < closes[i]. */
  private readonly opens: number[] = [];
  private readonly closes: number[] = [];
  /** Business time before interval i; before[n] = the span's total. */
  private readonly before: number[] = [0];
  private readonly coveredFrom: number;

  /** Covers business time from `from` to at least `to` (instants). */
  constructor(
    private readonly calendar: BusinessCalendar,
    from: number,
    to: number,
  ) {
    this.coveredFrom = from;
    let date = addDays(localTime(from, calendar.timeZone), -1);
    const last = addDays(localTime(to, calendar.timeZone), 1);
    for (;;) {
      for (const [opens, closes] of openIntervals(date, calendar)) this.append(opens, closes);
      if (sameDate(date, last)) break;
      date = addDays(date, 1);
    }
  }

  add = (start: number, durationMs: number): number => {
    if (durationMs <= 0) return start;
    const n = this.opens.length;
    // The first interval that closes after start.
    const i = firstIndex(n, (k) => this.closes[k]! > start);
    if (start < this.coveredFrom || i === n) return addBusinessTime(start, durationMs, this.calendar);
    const target = this.before[i]! + Math.max(0, start - this.opens[i]!) + durationMs;
    // The first interval by whose close the target is reached.
    const j = firstIndex(n, (k) => this.before[k + 1]! >= target);
    if (j === n) return addBusinessTime(start, durationMs, this.calendar);
    return this.opens[j]! + (target - this.before[j]!);
  };

  private append(opens: number, closes: number): void {
    const last = this.opens.length - 1;
    if (last >= 0 && opens <= this.closes[last]!) {
      // Touching or overlapping (an overnight shift split at midnight): one interval.
      if (closes > this.closes[last]!) {
        this.before[last + 1] = this.before[last + 1]! + (closes - this.closes[last]!);
        this.closes[last] = closes;
      }
      return;
    }
    this.opens.push(opens);
    this.closes.push(closes);
    this.before.push(this.before[last + 1]! + (closes - opens));
  }
}

/** The smallest index in [0, n) for which `test` holds (test is monotonic), or n. */
function firstIndex(n: number, test: (index: number) => boolean): number {
  let low = 0;
  let high = n;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (test(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}
