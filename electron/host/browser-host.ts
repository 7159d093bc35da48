// The browser host: the same core, served to a browser on loopback, with the contract carried over
// a WebSocket. It is how end-to-end tests drive the real UI in Chromium, and the fallback when the
// Electron runtime is missing. Only this run's page may drive it: the socket demands the per-run
// token (which the page gets from the URL fragment, never sent to the server over HTTP), an Origin
// equal to our own, and a Host header naming loopback (no DNS rebinding).
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { failure } from '../../shared/outcome';
import { z } from 'zod';
import { tokenProtocolPrefix, wirePath, wireProtocol, type WireMessage, type WireRequest } from '../../shared/wire';
import type { Core } from '../core/create-core';
import { readRendererFile } from '../core/renderer-files';

export interface BrowserHostOptions {
  core: Core;
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface BrowserHost {
  /** The address to open, token included in the fragment. */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

const loopback = '127.0.0.1';

const WireRequestSchema = z.object({
  id: z.number().int().nonnegative(),
  call: z.string(),
  params: z.unknown(),
}) satisfies z.ZodType<WireRequest>;
const maxMessageBytes = 1024 * 1024;

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = crypto.randomBytes(24).toString('base64url');
  let origin = '';

  const server = http.createServer((request, response) => {
    if (!hasLoopbackHost(request.headers.host, origin)) {
      response.writeHead(421).end();
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    void readRendererFile(options.rendererDir, request.url ?? '/').then((file) => {
      response.writeHead(file.status, { ...file.headers, 'Cache-Control': 'no-store' });
      response.end(request.method === 'HEAD' ? undefined : file.body);
    });
  });

  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: maxMessageBytes,
    handleProtocols: (protocols) => (protocols.has(wireProtocol) ? wireProtocol : false),
  });

  server.on('upgrade', (request, socket, head) => {
    const offered = String(request.headers['sec-websocket-protocol'] ?? '')
      .split(',')
      .map((p) => p.trim());
    const presented = offered.find((p) => p.startsWith(tokenProtocolPrefix))?.slice(tokenProtocolPrefix.length);
    const allowed =
      new URL(request.url ?? '/', origin).pathname === wirePath &&
      hasLoopbackHost(request.headers.host, origin) &&
      request.headers.origin === origin &&
      presented !== undefined &&
      sameSecret(presented, token);
    if (!allowed) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => serveSocket(ws, options.core));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, loopback, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${loopback}:${port}`;

  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    close: async () => {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function serveSocket(ws: WebSocket, core: Core): void {
  const send = (message: WireMessage) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
  };
  const unsubscribe = core.events.subscribe((event, payload) => send({ type: 'event', event, payload }));
  // The first console page to connect is the first that can show alerts.
  core.alerts.start();
  ws.on('close', unsubscribe);
  ws.on('message', (data, isBinary) => {
    let request: WireRequest;
    try {
      if (isBinary) throw new Error('binary frame');
      request = WireRequestSchema.parse(JSON.parse(data.toString()));
    } catch {
      send({ type: 'result', id: null, outcome: failure('invalid-request', 'Malformed message: expected {id, call, params} as JSON.') });
      return;
    }
    void core.dispatch(request.call, request.params).then((outcome) => send({ type: 'result', id: request.id, outcome }));
  });
}

function hasLoopbackHost(hostHeader: string | undefined, origin: string): boolean {
  return hostHeader !== undefined && `http://${hostHeader}` === origin;
}

function sameSecret(presented: string, expected: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}
