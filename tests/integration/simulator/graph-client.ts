// A thin fetch wrapper for talking to the simulator the way a connector would: real HTTP, Graph
// paths, tokens in the query string unless a test says otherwise. Nothing here interprets Graph's
// answers; tests assert on them.
import { startMetaSimulator, type MetaSimulator } from '../../../electron/simulator/meta/index';

export const version = 'v21.0';

/** A frozen clock tests can move: the simulator reads time only through it. */
export function testClock(start = Date.parse('2026-11-24T10:15:30Z')) {
  let now = start;
  return {
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
  };
}

export interface GraphResponse {
  status: number;
  headers: Headers;
  json: Record<string, unknown>;
  text: string;
}

export interface GraphCall {
  token?: string | null;
  method?: 'GET' | 'POST' | 'DELETE';
  /** JSON body. */
  json?: unknown;
  /** application/x-www-form-urlencoded body. */
  form?: Record<string, string>;
  /** Raw body with its content type, for malformed requests. */
  raw?: { body: string; contentType: string };
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export function graphClient(simulator: MetaSimulator) {
  return async function graph(pathAndQuery: string, call: GraphCall = {}): Promise<GraphResponse> {
    const url = new URL(pathAndQuery.startsWith('http') ? pathAndQuery : `${simulator.url}${pathAndQuery}`);
    if (call.token) url.searchParams.set('access_token', call.token);
    const headers: Record<string, string> = { ...call.headers };
    let body: string | undefined;
    if (call.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(call.json);
    } else if (call.form) {
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(call.form).toString();
    } else if (call.raw) {
      headers['Content-Type'] = call.raw.contentType;
      body = call.raw.body;
    }
    const response = await fetch(url, { method: call.method ?? (body === undefined ? 'GET' : 'POST'), headers, body, signal: call.signal });
    const text = await response.text();
    return { status: response.status, headers: response.headers, json: text ? (JSON.parse(text) as Record<string, unknown>) : {}, text };
  };
}

/** The error object of a Graph error envelope. */
export function graphError(response: GraphResponse): { message: string; type: string; code: number; error_subcode?: number; fbtrace_id: string } {
  return response.json.error as { message: string; type: string; code: number; error_subcode?: number; fbtrace_id: string };
}

export async function control(simulator: MetaSimulator, method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${simulator.url}/__control${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

export { startMetaSimulator };

/** Meta's time format: ISO 8601, UTC, "+0000", no fractions. */
export const graphTimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0000$/;

/** An epoch time written the way Graph writes it, for expected values in tests. */
export function graphTime(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, '+0000');
}

/**
 * The setup every simulator test file shares: one simulator on a test clock, reset to the seed
 * before each test, closed after the file. Call at the top of a describe block.
 */
export function useSimulator(hooks: {
  beforeAll: (fn: () => Promise<void>) => void;
  beforeEach: (fn: () => void) => void;
  afterAll: (fn: () => Promise<void>) => void;
}) {
  const clock = testClock();
  const context = {
    clock,
    simulator: undefined as unknown as MetaSimulator,
    graph: undefined as unknown as ReturnType<typeof graphClient>,
  };
  hooks.beforeAll(async () => {
    context.simulator = await startMetaSimulator({ now: clock.now });
    context.graph = graphClient(context.simulator);
  });
  hooks.beforeEach(() => {
    context.simulator.control.reset();
  });
  hooks.afterAll(async () => {
    await context.simulator.close();
  });
  return context;
}
