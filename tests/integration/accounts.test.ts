// Connecting accounts with the real keychain, the real database, the real browser host and the
// Meta simulator: tokens reach the keychain and nothing else — not the database file, not the log,
// not a single message sent to the UI — through connect, sync, replies and disconnect.
import fs from 'node:fs';
import path from 'node:path';
import keytar from 'keytar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Core } from '../../electron/core/create-core';
import { keychainService } from '../../electron/core/secrets/keytar-secret-store';
import { startTestCore } from './core-fixture';
import { startBrowserHost, type BrowserHost } from '../../electron/host/browser-host';
import { startMetaSimulator, type MetaSimulator } from '../../electron/simulator/meta';
import type { WireMessage } from '../../shared/wire';
import { capturingLogger, removeDir, tempDataDir, type CapturedLogger } from './store/fixtures';

describe('accounts and their tokens', () => {
  let dataDir: string;
  let logger: CapturedLogger;
  let core: Core;
  let host: BrowserHost;
  let socket: WebSocket;
  let sim: MetaSimulator;
  const received: string[] = [];
  let nextId = 1;

  beforeAll(async () => {
    sim = await startMetaSimulator();
    dataDir = tempDataDir();
    logger = capturingLogger();
    core = await startTestCore(dataDir, { logger });
    host = await startBrowserHost({ core, rendererDir: dataDir });
    socket = new WebSocket(`${host.origin.replace('http', 'ws')}/rpc`, ['sportello.v1', `token.${host.token}`], { origin: host.origin });
    socket.on('message', (data) => received.push(data.toString()));
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  });
  afterAll(async () => {
    socket.close();
    await host.close();
    for (const account of core.store.accounts.list()) await keytar.deletePassword(keychainService, `account:${account.id}`);
    await core.close();
    await sim.close();
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

  it('stores tokens only in the OS keychain, and never shows them to the UI, the log or the database', async () => {
    const { user, daGino, alpine } = sim.seed;
    const tokens = [user.token, daGino.token, alpine.token];
    const connected = await call('accounts.connect', { platform: 'meta', token: user.token, baseUrl: sim.url });
    expect(connected).toMatchObject({ ok: true, value: [{ status: 'active' }, { status: 'active' }] });
    const accounts = (connected as { value: Array<{ id: number; externalId: string }> }).value;
    // Re-authorising a Page with its own token replaces it.
    expect(await call('accounts.connect', { platform: 'meta', token: daGino.token, baseUrl: sim.url })).toMatchObject({ ok: true });
    await core.sync.syncNow();
    const queue = (await call('queue.list', {})) as { value: Array<{ id: number; kind: string }> };
    const dm = queue.value.find((row) => row.kind === 'dm')!;
    await call('conversation.open', { id: dm.id });
    await call('reply.send', { conversationId: dm.id, text: 'Grazie, ci pensiamo noi.' });
    await core.sync.outbox.flush();
    for (const name of ['accounts.list', 'app.info', 'status.get', 'app.notices', 'settings.get', 'sync.status', 'demo.status']) {
      expect(await call(name, {}), name).toMatchObject({ ok: true });
    }
    expect(await call('accounts.connect', { platform: 'meta', token: 'not-a-real-token', baseUrl: sim.url })).toMatchObject({
      ok: false,
      error: { kind: 'invalid-request' },
    });

    for (const account of accounts) {
      const expected = account.externalId === daGino.id ? daGino.token : alpine.token;
      expect(await keytar.getPassword(keychainService, `account:${account.id}`)).toBe(expected);
    }

    core.store.db.pragma('wal_checkpoint(PASSIVE)');
    const filesOnDisk = fs.readdirSync(dataDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(filesOnDisk.map((entry) => entry.name)).toContain('sportello.db');
    expect(received.length).toBeGreaterThan(10);
    for (const token of tokens) {
      for (const entry of filesOnDisk) {
        const bytes = fs.readFileSync(path.join(entry.parentPath, entry.name));
        expect(bytes.includes(token), `${entry.name} holds a token`).toBe(false);
      }
      expect(logger.lines.join('\n')).not.toContain(token);
      expect(received.some((message) => message.includes(token)), 'a message to the UI holds a token').toBe(false);
    }
  });

  it('disconnecting removes the token from the keychain, unless replies are still unsent', async () => {
    const token = sim.seed.alpine.token;
    const id = core.store.accounts.find('meta', sim.seed.alpine.id)!.id;
    const conversation = core.store.db
      .prepare('SELECT c.id FROM conversations c JOIN channels ch ON ch.id = c.channel_id WHERE ch.account_id = ? LIMIT 1')
      .pluck()
      .get(id);
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
    expect(core.store.db.prepare('SELECT count(*) FROM conversations c JOIN channels ch ON ch.id = c.channel_id WHERE ch.account_id = ?').pluck().get(id)).toBe(0);
    expect(await call('accounts.disconnect', { id })).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });
});
