// Connecting accounts with the real keychain, the real database and the real browser host: the
// token reaches the keychain and nothing else — not the database file, not the log, not a single
// message sent to the UI.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import keytar from 'keytar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createCore, type Core } from '../../electron/core/create-core';
import { keychainService, KeytarSecretStore } from '../../electron/core/secrets/keytar-secret-store';
import { startBrowserHost, type BrowserHost } from '../../electron/host/browser-host';
import type { WireMessage } from '../../shared/wire';
import { capturingLogger, removeDir, tempDataDir, type CapturedLogger } from './store/fixtures';

describe('accounts and their tokens', () => {
  let dataDir: string;
  let logger: CapturedLogger;
  let core: Core;
  let host: BrowserHost;
  let socket: WebSocket;
  const received: string[] = [];
  let nextId = 1;

  beforeAll(async () => {
    dataDir = tempDataDir();
    logger = capturingLogger();
    core = await createCore({
      dataDir,
      appName: 'Sportello',
      version: 'test',
      host: 'browser',
      runtimeVersions: {},
      networkProbe: () => true,
      secrets: new KeytarSecretStore(),
      logger,
    });
    host = await startBrowserHost({ core, rendererDir: dataDir });
    socket = new WebSocket(`${host.origin.replace('http', 'ws')}/rpc`, ['sportello.v1', `token.${host.token}`], { origin: host.origin });
    socket.on('message', (data) => received.push(data.toString()));
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  });
  afterAll(async () => {
    socket.close();
    await host.close();
    for (const account of core.store.accounts.list()) await keytar.deletePassword(keychainService, `account:${account.id}`);
    core.close();
    removeDir(dataDir);
  });

  async function call(name: string, params: unknown) {
    const id = nextId++;
    const reply = new Promise<WireMessage & { type: 'result' }>((resolve) => {
      const onMessage = (data: WebSocket.RawData) => {
        const message = JSON.parse(data.toString()) as WireMessage;
        if (message.type === 'result' && message.id === id) {
          socket.off('message', onMessage);
          resolve(message);
        }
      };
      socket.on('message', onMessage);
    });
    socket.send(JSON.stringify({ id, call: name, params }));
    return (await reply).outcome;
  }

  const plant = () => `EAAG${crypto.randomBytes(24).toString('hex')}`;

  it('stores tokens only in the OS keychain, and never shows them to the UI, the log or the database', async () => {
    const [first, renewed, second] = [plant(), plant(), plant()];
    const connected = await call('accounts.connect', { platform: 'meta', externalId: 'page-owner-1', displayName: 'Pizzeria Da Gino', token: first });
    expect(connected).toMatchObject({ ok: true, value: { platform: 'meta', displayName: 'Pizzeria Da Gino', status: 'active' } });
    const accountId = (connected as { value: { id: number } }).value.id;
    // Re-authorising the same account replaces its token.
    expect(await call('accounts.connect', { platform: 'meta', externalId: 'page-owner-1', displayName: 'Pizzeria Da Gino', token: renewed })).toMatchObject({
      ok: true,
      value: { id: accountId },
    });
    expect(await call('accounts.connect', { platform: 'x', externalId: 'alpine', displayName: 'Alpine Outdoor', token: second })).toMatchObject({ ok: true });
    // Everything else the UI asks for.
    for (const name of ['accounts.list', 'app.info', 'status.get', 'app.notices', 'settings.get']) {
      expect(await call(name, {}), name).toMatchObject({ ok: true });
    }
    await call('settings.update', { theme: 'dark' });
    expect(await call('accounts.connect', { platform: 'meta', externalId: 'x', displayName: 'Bad', token: first, baseUrl: 'ftp://nope' })).toMatchObject({
      ok: false,
      error: { kind: 'invalid-request' },
    });

    expect(await keytar.getPassword(keychainService, `account:${accountId}`)).toBe(renewed);
    const listed = (await call('accounts.list', {})) as { value: Array<{ id: number; displayName: string }> };
    expect(listed.value.map((a) => a.displayName)).toEqual(['Alpine Outdoor', 'Pizzeria Da Gino']);

    core.store.db.pragma('wal_checkpoint(PASSIVE)');
    const filesOnDisk = fs.readdirSync(dataDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(filesOnDisk.map((entry) => entry.name)).toContain('sportello.db');
    for (const token of [first, renewed, second]) {
      for (const entry of filesOnDisk) {
        const bytes = fs.readFileSync(path.join(entry.parentPath, entry.name));
        expect(bytes.includes(token), `${entry.name} holds a token`).toBe(false);
      }
      expect(logger.lines.join('\n')).not.toContain(token);
      expect(received.length).toBeGreaterThan(5);
      expect(received.some((message) => message.includes(token)), 'a message to the UI holds a token').toBe(false);
    }
  });

  it('disconnecting removes the token from the keychain, unless replies are still unsent', async () => {
    const token = plant();
    const connected = (await call('accounts.connect', { platform: 'email', externalId: 'help@example.org', displayName: 'Help desk', token })) as {
      value: { id: number };
    };
    const id = connected.value.id;
    const brand = core.store.brands.create({ name: 'Example' }, 1);
    const channel = core.store.accounts.addChannel({ accountId: id, brandId: brand.id, kind: 'email', externalId: 'inbox', name: 'Inbox' });
    const conversation = core.store.db
      .prepare("INSERT INTO conversations (channel_id, brand_id, external_id, kind, created_at, updated_at) VALUES (?, ?, 't1', 'dm', 1, 1) RETURNING id")
      .pluck()
      .get(channel.id, brand.id);
    core.store.db
      .prepare("INSERT INTO outbox (conversation_id, operation, payload, idempotency_key, created_at, updated_at) VALUES (?, 'reply', '{}', 'k-unsent', 1, 1)")
      .run(conversation);

    expect(await call('accounts.disconnect', { id })).toMatchObject({ ok: false, error: { kind: 'invalid-request', message: expect.stringContaining('1 unsent replies') } });
    expect(await keytar.getPassword(keychainService, `account:${id}`)).toBe(token);

    core.store.db.prepare("UPDATE outbox SET state = 'cancelled' WHERE idempotency_key = 'k-unsent'").run();
    expect(await call('accounts.disconnect', { id })).toEqual({ ok: true, value: {} });
    expect(await keytar.getPassword(keychainService, `account:${id}`)).toBeNull();
    expect(core.store.accounts.get(id)).toBeUndefined();
    expect(core.store.audit.forSubject('account', id).map((entry) => entry.action)).toEqual(['account.connected', 'account.disconnected']);
    expect(await call('accounts.disconnect', { id })).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });
});
