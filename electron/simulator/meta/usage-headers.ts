// Follows: Graph API "Rate Limits" — https://developers.facebook.com/docs/graph-api/overview/rate-limiting
// X-App-Usage: {"call_count","total_cputime","total_time"} — whole percentages of the app's
// allowance over a rolling hour. X-Business-Use-Case-Usage: {"<business-object-id>":[{"type",
// "call_count","total_cputime","total_time","estimated_time_to_regain_access"}]} — percentages of a
// Page's or Instagram account's allowance over 24 hours (requests made with Page tokens fall under
// Business Use Case limits), estimated_time_to_regain_access in minutes, 0 unless throttled.
// The numbers rise slowly with traffic and fall as calls leave the window, so a connector's rate
// governor sees something realistic to steer by, without ever being throttled by accident.

import { day, hour } from './graph-time';

export type BusinessUseCase = 'pages' | 'messenger' | 'instagram';

export interface BusinessObject {
  id: string;
  type: BusinessUseCase;
}

// Allowances sized so a test suite or a demo session moves the needle by a few percent.
const appCallsPerHour = 4000;
const businessCallsPerDay = 9600;
// Accounts in use are never at zero: the baseline other apps and earlier calls left.
const baselinePercent = 2;

interface Usage {
  call_count: number;
  total_cputime: number;
  total_time: number;
}

export class UsageMeter {
  private readonly appCalls: number[] = [];
  private readonly businessCalls = new Map<string, number[]>();

  constructor(private readonly now: () => number) {}

  record(businessObject: BusinessObject | undefined): void {
    const now = this.now();
    this.appCalls.push(now);
    if (businessObject) {
      const key = businessKey(businessObject);
      const calls = this.businessCalls.get(key) ?? [];
      calls.push(now);
      this.businessCalls.set(key, calls);
    }
  }

  /** Headers for a normal response: usage as it stands. */
  headers(businessObject: BusinessObject | undefined): Record<string, string> {
    const now = this.now();
    const headers: Record<string, string> = { 'X-App-Usage': JSON.stringify(usageOf(countSince(this.appCalls, now - hour), appCallsPerHour)) };
    if (businessObject) {
      const calls = countSince(this.businessCalls.get(businessKey(businessObject)) ?? [], now - day);
      headers['X-Business-Use-Case-Usage'] = JSON.stringify({
        [businessObject.id]: [{ type: businessObject.type, ...usageOf(calls, businessCallsPerDay), estimated_time_to_regain_access: 0 }],
      });
    }
    return headers;
  }

  /** Headers for a throttled response: the limit reached, and when access comes back. */
  throttledHeaders(businessObject: BusinessObject | undefined, regainAccessMinutes: number): Record<string, string> {
    const full: Usage = { call_count: 100, total_cputime: 38, total_time: 57 };
    const headers: Record<string, string> = { 'X-App-Usage': JSON.stringify(full) };
    if (businessObject) {
      headers['X-Business-Use-Case-Usage'] = JSON.stringify({
        [businessObject.id]: [{ type: businessObject.type, ...full, estimated_time_to_regain_access: regainAccessMinutes }],
      });
    }
    return headers;
  }
}

function businessKey(businessObject: BusinessObject): string {
  return `${businessObject.id}|${businessObject.type}`;
}

/** Counts the calls since `from`, dropping older ones for good. */
function countSince(calls: number[], from: number): number {
  let stale = 0;
  while (stale < calls.length && (calls[stale] ?? from) < from) stale += 1;
  if (stale > 0) calls.splice(0, stale);
  return calls.length;
}

function usageOf(calls: number, allowance: number): Usage {
  const percent = Math.min(99, baselinePercent + Math.floor((calls / allowance) * 100));
  // CPU and total time run below the call count, as they do for light Graph reads.
  return { call_count: percent, total_cputime: Math.max(1, Math.floor(percent / 3)), total_time: Math.max(1, Math.floor(percent / 2)) };
}
