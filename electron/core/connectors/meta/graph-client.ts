// HTTP to the Graph API (or the simulator: the base URL is per account). Every failure becomes a
// GraphError whose kind says what to do next; usage headers are reported on every response. The
// token travels only in the Authorization header and is never part of an error or log line.
import { classifyGraphError, GraphError } from './graph-error';
import { readUsageHeaders, type UsageReport } from './usage';

export const graphApiVersion = 'v21.0';
export const defaultGraphBaseUrl = 'https://graph.facebook.com';

export interface GraphClientOptions {
  baseUrl: string;
  token: string;
  timeoutMs?: number;
  onUsage?: (usage: UsageReport) => void;
}

// Errors raised before any byte reached the platform: safe to treat as "offline" and retry.
const notConnectedCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'UND_ERR_CONNECT_TIMEOUT']);

export class GraphClient {
  private readonly origin: string;

  constructor(private readonly options: GraphClientOptions) {
    this.origin = new URL(options.baseUrl).origin;
  }

  get(path: string, params: Record<string, string | number> = {}): Promise<unknown> {
    const url = this.url(path);
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, String(value));
    return this.request('GET', url);
  }

  /** Follows a `paging.next` link, only on the account's own Graph origin. */
  getNext(next: string): Promise<unknown> {
    const url = new URL(next);
    if (url.origin !== this.origin) {
      throw new GraphError('rejected', 'The platform returned a paging link to another host; it was not followed.');
    }
    url.searchParams.delete('access_token'); // ours goes in the header
    return this.request('GET', url);
  }

  post(path: string, body: Record<string, unknown>): Promise<unknown> {
    return this.request('POST', this.url(path), body);
  }

  private url(path: string): URL {
    return new URL(`${this.options.baseUrl.replace(/\/+$/, '')}/${graphApiVersion}/${path.replace(/^\/+/, '')}`);
  }

  private async request(method: 'GET' | 'POST', url: URL, body?: Record<string, unknown>): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: {
          Authorization: `Bearer ${this.options.token}`,
          ...(body ? { 'Content-Type': 'application/json' } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 20_000),
      });
    } catch (error) {
      throw connectionError(error, method);
    }
    this.options.onUsage?.(readUsageHeaders(response.headers));
    let payload: unknown;
    try {
      payload = await response.json();
    } catch (error) {
      if (!response.ok) throw classifyGraphError(response.status, undefined, retryAfter(response));
      // A body cut off mid-way: for a POST the platform may have acted on it.
      throw method === 'POST'
        ? new GraphError('unknown', `The platform's answer was cut off (${String(error)}).`, { status: response.status })
        : new GraphError('transient', `The platform's answer was unreadable (${String(error)}).`, { status: response.status });
    }
    if (!response.ok) throw classifyGraphError(response.status, payload, retryAfter(response));
    return payload;
  }
}

function connectionError(error: unknown, method: 'GET' | 'POST'): GraphError {
  const cause = (error as { cause?: { code?: string } }).cause;
  const code = cause?.code ?? (error as { code?: string }).code ?? '';
  if (notConnectedCodes.has(code)) return new GraphError('offline', `No connection to the platform (${code}).`);
  const name = (error as { name?: string }).name;
  const what = name === 'TimeoutError' ? 'did not answer in time' : `dropped the connection (${code || name || 'unknown'})`;
  // The request may have been received and acted on: a POST must be reconciled, a GET retried.
  return new GraphError(method === 'POST' ? 'unknown' : 'transient', `The platform ${what}.`);
}

function retryAfter(response: Response): number | undefined {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined;
}
