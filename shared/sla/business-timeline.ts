// addBusinessTime for many clocks at once. Walking a calendar day by day costs a few time-zone
// conversions per day, which adds up over 100k conversations when a policy changes. A timeline
// lays the calendar's opening intervals out once, as instants with the business time before each
// one, over the span the clocks need; adding is then two binary searches. Outside that span it
// falls back to the day-by-day walk, so answers never differ. Days are laid out on demand, in
// order, only as far as an answer needs: a span with generous slack costs only what is used.
import { addBusinessTime, openIntervals, type BusinessCalendar } from './business-time';
import { addDays, localTime, sameDate, type LocalDate } from './zoned-time';

export class BusinessTimeline {
  /** Merged opening intervals in order: opens[i] ≤ t < closes[i]. */
  private readonly opens: number[] = [];
  private readonly closes: number[] = [];
  /** Business time before interval i; before[n] = the span's total. */
  private readonly before: number[] = [0];
  private readonly coveredFrom: number;
  /** The next local date to lay out, and the last one the span covers. */
  private nextDate: LocalDate;
  private readonly lastDate: LocalDate;
  private complete = false;

  /** Covers business time from `from` to at least `to` (instants). */
  constructor(
    private readonly calendar: BusinessCalendar,
    from: number,
    to: number,
  ) {
    this.coveredFrom = from;
    this.nextDate = addDays(localTime(from, calendar.timeZone), -1);
    this.lastDate = addDays(localTime(to, calendar.timeZone), 1);
  }

  add = (start: number, durationMs: number): number => {
    if (durationMs <= 0) return start;
    if (start < this.coveredFrom) return addBusinessTime(start, durationMs, this.calendar);
    // Laid out until some interval closes after start (only the last interval can still grow, by a
    // merge, so what the prefix answers the whole span would answer too)…
    while (!this.complete && !(this.closes.length > 0 && this.closes[this.closes.length - 1]! > start)) this.layOutNextDate();
    const n = this.opens.length;
    // The first interval that closes after start (binary searches written out: no closure per call).
    let low = 0;
    let high = n;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.closes[middle]! > start) high = middle;
      else low = middle + 1;
    }
    const i = low;
    if (i === n) return addBusinessTime(start, durationMs, this.calendar);
    const target = this.before[i]! + Math.max(0, start - this.opens[i]!) + durationMs;
    // …and until the business time laid out reaches the target.
    while (!this.complete && !(this.before[this.opens.length]! >= target)) this.layOutNextDate();
    const m = this.opens.length;
    // The first interval by whose close the target is reached (not one before i: those all close
    // before start, so before the target).
    low = i;
    high = m;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.before[middle + 1]! >= target) high = middle;
      else low = middle + 1;
    }
    const j = low;
    if (j === m) return addBusinessTime(start, durationMs, this.calendar);
    return this.opens[j]! + (target - this.before[j]!);
  };

  private layOutNextDate(): void {
    for (const [opens, closes] of openIntervals(this.nextDate, this.calendar)) this.append(opens, closes);
    if (sameDate(this.nextDate, this.lastDate)) this.complete = true;
    else this.nextDate = addDays(this.nextDate, 1);
  }

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
