// Meta's rate-limit headers, read on every response so the account slows down before Meta
// throttles it. X-App-Usage: {"call_count":28,"total_time":25,"total_cputime":25} (percent of the
// app's budget). X-Business-Use-Case-Usage: {"<page-id>":[{"type":"messenger","call_count":…,
// "total_time":…,"total_cputime":…,"estimated_time_to_regain_access":<minutes>}]}.
export interface UsageReport {
  /** The highest share of any budget used, in percent (0 when the headers are absent). */
  highestPercent: number;
  /** Set when Meta says access is blocked for this long. */
  regainAccessInMs: number | null;
}

export function readUsageHeaders(headers: Headers): UsageReport {
  let highestPercent = 0;
  let regainMinutes = 0;
  const appUsage = parseJson(headers.get('x-app-usage'));
  if (isRecord(appUsage)) highestPercent = Math.max(highestPercent, ...percentages(appUsage));
  const businessUsage = parseJson(headers.get('x-business-use-case-usage'));
  if (isRecord(businessUsage)) {
    for (const entries of Object.values(businessUsage)) {
      if (!Array.isArray(entries)) continue;
      for (const entry of entries) {
        if (!isRecord(entry)) continue;
        highestPercent = Math.max(highestPercent, ...percentages(entry));
        const regain = Number(entry.estimated_time_to_regain_access);
        if (Number.isFinite(regain) && regain > regainMinutes) regainMinutes = regain;
      }
    }
  }
  return { highestPercent, regainAccessInMs: regainMinutes > 0 ? regainMinutes * 60_000 : null };
}

function percentages(record: Record<string, unknown>): number[] {
  return ['call_count', 'total_time', 'total_cputime']
    .map((key) => Number(record[key]))
    .filter((value) => Number.isFinite(value) && value >= 0);
}

function parseJson(text: string | null): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // a malformed header tells us nothing; it must not fail the request
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
