// Follows: Graph API "Overview" → versions (paths may start with /vXX.X; without one the app's
// default version answers) — https://developers.facebook.com/docs/graph-api/overview and
// "Handling Errors" (every failure as {error:{…, fbtrace_id}}) —
// https://developers.facebook.com/docs/graph-api/guides/error-handling
// The HTTP edge of the simulator: one node:http server on 127.0.0.1 serving Graph requests and the
// control API. For Graph requests it applies injected faults first (they stand for the network and
// Meta's front end), then reads the body, authenticates, routes, and answers with JSON and usage
// headers. Nothing here knows about conversations or comments.

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleControlRequest, type MetaSimulatorControl, type SimulatorState } from './control';
import type { Fault } from './faults';
import { authenticate, findAccessToken } from './graph-auth';
import { GraphError, graphErrors, type ThrottleCode } from './graph-errors';
import type { Caller, GraphContext, LinkBuilder } from './graph-nodes';
import { handleGraphRequest } from './graph-router';
import { mediaFile } from './media';
import { TraceIds } from './ids';
import { mergeParams, parseBody, type RequestParams } from './request-params';
import { UsageMeter, type BusinessObject } from './usage-headers';

/** The version reported for requests without a version prefix: the app's default. */
export const defaultGraphVersion = 'v21.0';
const loopback = '127.0.0.1';
const maximumBodyBytes = 1024 * 1024;
const versionPrefix = /^\/(v\d+\.\d+)(?=\/|$)/;

export interface GraphServer {
  url: string;
  close(): Promise<void>;
}

export async function startGraphServer(state: SimulatorState, control: MetaSimulatorControl, port: number): Promise<GraphServer> {
  const traces = new TraceIds();
  const usage = new UsageMeter(state.now);
  // Requests held open by a "hang" fault, released (destroyed) on close; likewise the timers of
  // "latency" faults, so closing never waits for a slow answer nobody will read.
  const hanging = new Set<http.ServerResponse>();
  const delays = new Set<NodeJS.Timeout>();
  let origin = '';

  const server = http.createServer((request, response) => {
    void serve(request, response).catch((error: unknown) => {
      // A simulator bug, not a simulated failure: say so plainly instead of imitating Meta.
      console.error('[meta-simulator]', error);
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'application/json; charset=UTF-8' });
      response.end(JSON.stringify({ error: { message: `Simulator bug: ${String(error)}`, type: 'SimulatorError', code: -1 } }));
    });
  });

  async function serve(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', origin);
    const rawBody = await readBody(request);
    if (url.pathname === '/__control/network/down' && request.method === 'POST') {
      const forMs = Math.min(Math.max(Number((JSON.parse(rawBody || '{}') as { forMs?: unknown }).forMs) || 0, 0), 10 * 60_000);
      response.writeHead(200, { 'Content-Type': 'application/json; charset=UTF-8' });
      response.end(JSON.stringify({ down: true, forMs }), () => goOffline(forMs));
      return;
    }
    if (url.pathname.startsWith('/__media/') && request.method === 'GET') {
      const file = mediaFile(decodeURIComponent(url.pathname.slice('/__media/'.length)));
      response.writeHead(200, { 'Content-Type': file.contentType, 'Content-Length': String(file.body.length) });
      response.end(file.body);
      return;
    }
    if (url.pathname === '/__control' || url.pathname.startsWith('/__control/')) {
      const result = handleControlRequest(control, request.method ?? 'GET', url.pathname, rawBody ?? '');
      response.writeHead(result.status, { 'Content-Type': 'application/json; charset=UTF-8' });
      response.end(JSON.stringify(result.body));
      return;
    }
    await serveGraph(request, response, url, rawBody);
  }

  async function serveGraph(request: http.IncomingMessage, response: http.ServerResponse, url: URL, rawBody: string | undefined): Promise<void> {
    const method = (request.method ?? 'GET').toUpperCase();
    const version = versionPrefix.exec(url.pathname)?.[1];
    const path = version ? url.pathname.slice(version.length + 1) || '/' : url.pathname;
    const traceId = traces.next();
    const faults = state.faults.take(method, path);
    const latency = faults.reduce((total, fault) => total + (fault.kind === 'latency' ? fault.latencyMs : 0), 0);
    if (latency > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          delays.delete(timer);
          resolve();
        }, latency);
        delays.add(timer);
      });
    }
    const failure = faults.find((fault) => fault.kind !== 'latency');

    const respond = (status: number, body: unknown, headers: Record<string, string>) => {
      response.writeHead(status, {
        'Content-Type': 'application/json; charset=UTF-8',
        'facebook-api-version': version ?? defaultGraphVersion,
        'x-fb-trace-id': traceId,
        ...headers,
      });
      response.end(graphJson(body));
    };

    if (failure?.kind === 'hang') {
      hanging.add(response);
      response.on('close', () => hanging.delete(response));
      return;
    }
    const world = state.world;
    const segments = path.split('/').filter(Boolean);
    const query = url.searchParams;
    // Faults stand in front of Meta's servers: they answer before authentication, as a load
    // balancer or a throttled front end would. Usage still names the token's Page when it can.
    const guessedCaller = guessCaller(world, query, request, rawBody);
    const businessObject = guessedCaller ? businessObjectFor(state, guessedCaller, segments, query) : undefined;
    usage.record(businessObject);
    if (failure?.kind === 'server-error' || failure?.kind === 'throttle') {
      const error = simulatedFailure(failure);
      const headers = failure.kind === 'throttle' ? usage.throttledHeaders(businessObject, failure.regainAccessMinutes) : usage.headers(businessObject);
      respond(error.status, error.envelope(traceId), { ...headers, ...error.headers });
      return;
    }

    let status = 200;
    let body: unknown;
    let extraHeaders: Record<string, string> = {};
    try {
      if (rawBody === undefined) throw graphErrors.invalidParameter('The request body is larger than 1 MiB');
      const params: RequestParams = method === 'POST' ? mergeParams(query, parseBody(request.headers['content-type'], rawBody)) : mergeParams(query, {});
      const caller = authenticate(world, findAccessToken(query, request.headers, params));
      const context: GraphContext = { world, caller, links: linkBuilder(origin, version, query.get('access_token')) };
      body = handleGraphRequest(context, { method, segments, query, params });
    } catch (error) {
      if (!(error instanceof GraphError)) throw error;
      status = error.status;
      body = error.envelope(traceId);
      extraHeaders = error.headers;
    }
    if (failure?.kind === 'drop-after-commit') {
      // The request took effect; the answer never leaves. The client sees a reset connection.
      request.socket.destroy();
      return;
    }
    respond(status, body, { ...usage.headers(businessObject), ...extraHeaders });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, loopback, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const listeningPort = (server.address() as AddressInfo).port;
  origin = `http://${loopback}:${listeningPort}`;
  let offlineTimer: NodeJS.Timeout | undefined;

  /**
   * The network between console and platform goes away: the port stops accepting connections
   * (clients see "connection refused", as with no network) and open connections drop; it comes
   * back on the same port after `forMs`.
   */
  function goOffline(forMs: number): void {
    server.close();
    server.closeAllConnections();
    offlineTimer = setTimeout(() => server.listen(listeningPort, loopback), forMs);
    offlineTimer.unref();
  }

  return {
    url: origin,
    close: async () => {
      clearTimeout(offlineTimer);
      for (const timer of delays) clearTimeout(timer);
      delays.clear();
      for (const response of hanging) response.socket?.destroy();
      hanging.clear();
      server.closeAllConnections();
      if (!server.listening) return;
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

// Graph writes JSON the way PHP's json_encode does: every non-ASCII character as \uXXXX and "/"
// as "\/". Any JSON parser reads both; a client that handles the bytes itself meets the real thing.
function graphJson(body: unknown): string {
  return JSON.stringify(body)
    .replace(/\//g, '\\/')
    .replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The body as text, or undefined when it is over the limit. */
async function readBody(request: http.IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maximumBodyBytes) return undefined;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function simulatedFailure(fault: Fault): GraphError {
  if (fault.kind === 'throttle') return graphErrors.throttled(fault.code as ThrottleCode, fault.status);
  return fault.code === 1 ? graphErrors.unknownError(fault.status) : graphErrors.serviceUnavailable(fault.status);
}

// `next` and `previous` links are absolute URLs on the simulator's own origin, with the request's
// version prefix; like Meta's, they carry the access token when the request carried it in the URL.
function linkBuilder(origin: string, version: string | undefined, accessTokenInQuery: string | null): LinkBuilder {
  return {
    url: (path, query) => {
      const params = new URLSearchParams(query);
      if (accessTokenInQuery && !params.has('access_token')) params.set('access_token', accessTokenInQuery);
      const search = params.toString();
      return `${origin}${version ? `/${version}` : ''}${path}${search ? `?${search}` : ''}`;
    },
  };
}

/** The caller behind the request's token, if it is a valid one; for usage accounting only. */
function guessCaller(world: SimulatorState['world'], query: URLSearchParams, request: http.IncomingMessage, rawBody: string | undefined): Caller | undefined {
  let bodyParams: RequestParams = {};
  try {
    if (rawBody !== undefined && request.method === 'POST') bodyParams = parseBody(request.headers['content-type'], rawBody);
  } catch {
    bodyParams = {};
  }
  try {
    return authenticate(world, findAccessToken(query, request.headers, bodyParams));
  } catch {
    return undefined;
  }
}

// Requests with Page tokens, and Instagram requests, fall under Business Use Case limits: the
// header names the Page (pages, messenger) or the Instagram account (instagram). User-token
// requests to Facebook objects fall under platform limits and get X-App-Usage only.
function businessObjectFor(state: SimulatorState, caller: Caller, segments: string[], query: URLSearchParams): BusinessObject | undefined {
  const world = state.world;
  const [id = '', edgeName] = segments;
  const targetsInstagram =
    world.instagramAccounts.has(id) || world.media.has(id) || world.comments.get(id)?.network === 'instagram' || query.get('platform')?.toLowerCase() === 'instagram';
  const pageId = caller.page?.id ?? world.pageOfObject(id) ?? world.instagramAccounts.get(id)?.pageId ?? (world.pages.has(id) ? id : undefined);
  if (pageId === undefined) return undefined;
  if (targetsInstagram) {
    const accountId = world.pages.get(pageId)?.instagramAccountId;
    return accountId ? { id: accountId, type: 'instagram' } : undefined;
  }
  if (!caller.page) return undefined;
  const messaging = edgeName === 'messages' || edgeName === 'conversations' || world.conversations.has(id) || world.messages.has(id);
  return { id: pageId, type: messaging ? 'messenger' : 'pages' };
}
