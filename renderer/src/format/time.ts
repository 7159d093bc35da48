// Times as people read them, in the console's language: "5 min ago" in the queue, "24 Nov, 14:30"
// for a deadline. Intl does the wording; formatters are cached because a queue formats many rows.
const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;

// Largest unit first; a difference smaller than a minute reads as "now".
const units: ReadonlyArray<readonly [Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * day],
  ['month', 30 * day],
  ['week', 7 * day],
  ['day', day],
  ['hour', hour],
  ['minute', minute],
];

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function relativeFormat(locale: string, style: Intl.RelativeTimeFormatStyle): Intl.RelativeTimeFormat {
  const key = `${locale}|${style}`;
  let format = relativeFormats.get(key);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style });
    relativeFormats.set(key, format);
  }
  return format;
}

function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateTimeFormats.set(key, format);
  }
  return format;
}

/** "3 minutes ago", "yesterday", "in 2 hours"; `style: 'short'` gives "3 min. ago". */
export function formatRelative(at: number, now: number, locale: string, style: Intl.RelativeTimeFormatStyle = 'long'): string {
  const difference = at - now;
  const size = Math.abs(difference);
  const format = relativeFormat(locale, style);
  for (const [unit, length] of units) {
    if (size >= length) return format.format(Math.round(difference / length), unit);
  }
  return format.format(0, 'second');
}

/** A moment within the coming days: "24 Nov, 14:30". */
export function formatDateTime(at: number, locale: string): string {
  return dateTimeFormat(locale, { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }).format(at);
}

/** A moment later today: "14:30". */
export function formatTime(at: number, locale: string): string {
  return dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(at);
}

/** For <time dateTime>. */
export function isoTime(at: number): string {
  return new Date(at).toISOString();
}
