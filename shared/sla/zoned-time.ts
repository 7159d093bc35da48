// Wall-clock time in a named time zone, with nothing but Intl: the local date and minute of an
// instant, and the instant of a local date and minute. Business hours are written in local time
// ("9:00–13:00 in Europe/Rome"), so every SLA computation goes through these two conversions;
// daylight-saving changes are handled here and nowhere else.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

export interface LocalDate {
  year: number;
  month: number; // 1–12
  day: number;
}

export interface LocalTime extends LocalDate {
  /** Minutes since local midnight, 0–1439. */
  minute: number;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
}

/** The local calendar date and time of an instant in a zone. */
export function localTime(instant: number, timeZone: string): LocalTime {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const date = { year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1 };
  return { ...date, minute: (parts.hour ?? 0) * 60 + (parts.minute ?? 0), weekday: weekdayOf(date) };
}

/** Offset of the zone from UTC at an instant, in milliseconds (Rome in summer: +2 h). */
function offsetAt(instant: number, timeZone: string): number {
  const local = localTime(instant, timeZone);
  const seconds = new Date(instant).getUTCSeconds();
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, Math.floor(local.minute / 60), local.minute % 60, seconds);
  return asUtc - (instant - (instant % 1000));
}

/**
 * The instant a local wall-clock time happens. A time that does not exist (skipped by a spring
 * change) is moved forward by the length of the gap (02:30 → 03:30), as java.time does, so an
 * interval keeps its wall-clock end; an ambiguous one (repeated in autumn) maps to its first
 * occurrence.
 */
export function instantOf(date: LocalDate, minute: number, timeZone: string): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day, 0, minute);
  // Two rounds converge for every real zone: the offset is read at the guessed instant.
  let guess = wall - offsetAt(wall, timeZone);
  guess = wall - offsetAt(guess, timeZone);
  const earlier = wall - offsetAt(guess - 3 * 3_600_000, timeZone);
  const roundTrips = (instant: number) => {
    const back = localTime(instant, timeZone);
    return back.minute === ((minute % 1440) + 1440) % 1440 && sameDate(back, addDays(date, Math.floor(minute / 1440)));
  };
  if (earlier < guess && roundTrips(earlier)) return earlier; // autumn: the first of two
  if (roundTrips(guess)) return guess;
  // Spring gap: read with the offset in force before it, the wall time lands past the gap.
  return earlier;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

export function sameDate(a: LocalDate, b: LocalDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

export function isoDate(date: LocalDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

function weekdayOf(date: LocalDate): number {
  return (new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7;
}
