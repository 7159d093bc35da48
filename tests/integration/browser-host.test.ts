// The browser host over real HTTP and a real WebSocket, with the real core behind it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createCore, type Core } from '../../electron/core/create-core';
import type { Logger } from '../../electron/core/logger';
import { KeytarSecretStore } from '../../electron/core/secrets/keytar-secret-store';
import { startBrowserHost, type BrowserHost } from '../../electron/host/browser-host';
import type { WireMessage } from '../../shared/wire';

const silent: Logger = { info: () => {}, warn: () => {}, error: () => {} };

describe('browser host', () => {
  let root: string;
  let core: Core;
  let host: BrowserHost;

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sportello-host-'));
    fs.mkdirSync(path.join(root, 'renderer'));
    fs.mkdirSync(path.join(root, 'data'));
    fs.writeFileSync(path.join(root, 'renderer', 'index.html'), '<!doctype html><title>Sportello</title>');
    core = await createCore({
      dataDir: path.join(root, 'data'),
      appName: 'Sportello',
      version: '9.9.9',
      host: 'browser',
      runtimeVersions: { node: process.versions.node },
      networkProbe: () => true,
      secrets: new KeytarSecretStore(),
      logger: silent,
    });
    host = await startBrowserHost({ core, rendererDir: path.join(root, 'renderer') });
  });
  afterAll(async () => {
    await host.close();
    await core.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  function connect(options: { token?: string; origin?: string; path?: string } = {}): Promise<WebSocket> {
    const protocols = ['sportello.v1', `token.${options.token ?? host.token}`];
    const socket = new WebSocket(`${host.origin.replace('http', 'ws')}${options.path ?? '/rpc'}`, protocols, {
      origin: options.origin ?? host.origin,
    });
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(socket));
      socket.once('error', reject);
    });
  }

  function nextMessage(socket: WebSocket, matches: (message: WireMessage) => boolean = () => true): Promise<WireMessage> {
    return new Promise((resolve) => {
      const onMessage = (data: WebSocket.RawData) => {
        const message = JSON.parse(data.toString()) as WireMessage;
        if (!matches(message)) return;
        socket.off('message', onMessage);
        resolve(message);
      };
      socket.on('message', onMessage);
    });
  }

  async function call(socket: WebSocket, id: number, name: string, params: unknown) {
    const reply = nextMessage(socket, (m) => m.type === 'result' && m.id === id);
    socket.send(JSON.stringify({ id, call: name, params }));
    return reply;
  }

  it('binds to loopback only and prints a URL with the token in the fragment', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.url).toBe(`${host.origin}/#token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves the renderer with the strict CSP', async () => {
    const response = await fetch(`${host.origin}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toContain('<title>Sportello</title>');
    expect((await fetch(`${host.origin}/index.html`, { method: 'POST' })).status).toBe(405);
  });

  it('carries calls and results over the socket', async () => {
    const socket = await connect();
    expect(socket.protocol).toBe('sportello.v1');
    expect(await call(socket, 1, 'app.info', {})).toMatchObject({
      type: 'result',
      id: 1,
      outcome: { ok: true, value: { host: 'browser', version: '9.9.9', dataDir: path.join(root, 'data') } },
    });
    expect(await call(socket, 2, 'settings.update', { language: 'xx' })).toMatchObject({ outcome: { ok: false, error: { kind: 'invalid-request' } } });
    socket.close();
  });

  it('pushes core events to every connected page', async () => {
    const [a, b] = await Promise.all([connect(), connect()]);
    const pushedToB = nextMessage(b, (m) => m.type === 'event');
    await call(a, 1, 'settings.update', { language: 'it' });
    expect(await pushedToB).toEqual({ type: 'event', event: 'settings.changed', payload: expect.objectContaining({ language: 'it', theme: 'system' }) });
    a.close();
    b.close();
  });

  it('answers malformed messages with an error instead of dropping the connection', async () => {
    const socket = await connect();
    const reply = nextMessage(socket);
    socket.send('this is not json');
    expect(await reply).toMatchObject({ type: 'result', id: null, outcome: { ok: false, error: { kind: 'invalid-request' } } });
    expect(await call(socket, 7, 'status.get', {})).toMatchObject({ outcome: { ok: true } });
    socket.close();
  });

  it.each([
    ['a wrong token', { token: 'x'.repeat(32) }],
    ['no token', { token: '' }],
    ['another origin', { origin: 'http://evil.example' }],
    ['a page on another loopback port', { origin: 'http://127.0.0.1:1' }],
    ['another path', { path: '/other' }],
  ])('refuses a socket with %s', async (_what, options) => {
    await expect(connect(options)).rejects.toThrow(/403/);
  });

  it('refuses requests that name another host (DNS rebinding)', async () => {
    const port = new URL(host.origin).port;
    const response = await new Promise<number>((resolve, reject) => {
      import('node:http').then(({ request }) => {
        request({ host: '127.0.0.1', port, path: '/', headers: { Host: `rebind.example:${port}` } }, (res) => resolve(res.statusCode ?? 0))
          .on('error', reject)
          .end();
      }, reject);
    });
    expect(response).toBe(421);
  });
});
