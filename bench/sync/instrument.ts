// Meters wrapped around the product from outside, to split a sync's wall time into where it went:
// waiting for HTTP answers (GraphClient calls the global fetch), storing (store.messages.ingest),
// and the rest (JSON parsing, payload validation, mapping, the event loop). The wrappers add a
// clock read per call and change nothing else; each returns a function that removes it.
import type { IngestResult, PlatformMessage } from '../../electron/core/store/repositories/messages';
import type { Store } from '../../electron/core/store/store';

export interface HttpMeter {
  gets: number;
  posts: number;
  /** Until the answer's headers arrived; the in-process simulator has rendered the body by then. */
  getMs: number;
  postMs: number;
  /** Duration of each POST, in order. */
  postDurations: number[];
  /** The platform's X-App-Usage call_count on the latest answer: percent of the app's hourly allowance. */
  appUsagePercent: number | null;
}

export function meterHttp(): { meter: HttpMeter; reset(): void; remove(): void } {
  const original = globalThis.fetch;
  const meter: HttpMeter = { gets: 0, posts: 0, getMs: 0, postMs: 0, postDurations: [], appUsagePercent: null };
  globalThis.fetch = async (input, init) => {
    const began = performance.now();
    try {
      const response = await original(input, init);
      meter.appUsagePercent = appUsagePercent(response.headers) ?? meter.appUsagePercent;
      return response;
    } finally {
      const ms = performance.now() - began;
      if ((init?.method ?? 'GET').toUpperCase() === 'POST') {
        meter.posts += 1;
        meter.postMs += ms;
        meter.postDurations.push(ms);
      } else {
        meter.gets += 1;
        meter.getMs += ms;
      }
    }
  };
  return {
    meter,
    // The usage reading is the platform's running total, so it survives a reset.
    reset: () => Object.assign(meter, { gets: 0, posts: 0, getMs: 0, postMs: 0, postDurations: [] }),
    remove: () => {
      globalThis.fetch = original;
    },
  };
}

function appUsagePercent(headers: Headers): number | null {
  try {
    const usage = JSON.parse(headers.get('x-app-usage') ?? 'null') as { call_count?: unknown } | null;
    return typeof usage?.call_count === 'number' ? usage.call_count : null;
  } catch {
    return null;
  }
}

export interface IngestCall {
  messages: number;
  inserted: number;
  ms: number;
  /** When the call returned, ms since the meter was installed. */
  at: number;
  /** Resident memory when the page was handed over. */
  rssBefore: number;
}

/** Times every store.messages.ingest call (sync calls it once per pulled page). */
export function meterIngest(store: Store, onCall?: (call: IngestCall, calls: readonly IngestCall[]) => void): { calls: IngestCall[]; remove(): void } {
  const { messages } = store;
  const original = messages.ingest;
  const calls: IngestCall[] = [];
  const installed = performance.now();
  messages.ingest = (batch: readonly PlatformMessage[], now: number): IngestResult => {
    const rssBefore = process.memoryUsage.rss();
    const began = performance.now();
    const result = original.call(messages, batch, now);
    const ended = performance.now();
    const call = { messages: batch.length, inserted: result.inserted, ms: ended - began, at: ended - installed, rssBefore };
    calls.push(call);
    onCall?.(call, calls);
    return result;
  };
  return {
    calls,
    remove: () => {
      messages.ingest = original;
    },
  };
}

export interface ReplyTiming {
  /** markSending: the "sending" commit before the request leaves. */
  sendingMs: number;
  /** From the "sending" commit to the start of markSent: the Send API call. */
  requestMs: number;
  /** markSent: the "sent" commit. */
  sentMs: number;
  totalMs: number;
}

/** Times each reply's trip through the flusher: commit "sending", POST, commit "sent". */
export function meterOutbox(store: Store): { replies: Map<number, ReplyTiming>; remove(): void } {
  const { outbox } = store;
  const originalSending = outbox.markSending;
  const originalSent = outbox.markSent;
  const open = new Map<number, { began: number; committed: number }>();
  const replies = new Map<number, ReplyTiming>();
  outbox.markSending = (id, now) => {
    const began = performance.now();
    originalSending.call(outbox, id, now);
    open.set(id, { began, committed: performance.now() });
  };
  outbox.markSent = (id, platformId, now) => {
    const began = performance.now();
    originalSent.call(outbox, id, platformId, now);
    const ended = performance.now();
    const start = open.get(id);
    if (!start) return;
    open.delete(id);
    replies.set(id, { sendingMs: start.committed - start.began, requestMs: began - start.committed, sentMs: ended - began, totalMs: ended - start.began });
  };
  return {
    replies,
    remove: () => {
      outbox.markSending = originalSending;
      outbox.markSent = originalSent;
    },
  };
}
