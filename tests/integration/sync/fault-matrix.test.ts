// The faults a platform throws at a console, one by one, against the simulator over real HTTP:
// each ends with every reply delivered exactly once, or held and visible, never lost or doubled.
import keytar from 'keytar';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/create-core';
import { keychainService } from '../../../electron/core/secrets/keytar-secret-store';
import { startMetaSimulator, type MetaSimulator } from '../../../electron/simulator/meta';
import type { AccountSyncStatus, ConversationView, QueueItem } from '../../../shared/contract';
import { startTestCore } from '../core-fixture';
import { removeDir, tempDataDir } from '../store/fixtures';

describe('fault matrix', () => {
  let sim: MetaSimulator;
  let core: Core;
  let dataDir: string;

  beforeAll(async () => {
    sim = await startMetaSimulator();
    dataDir = tempDataDir();
    core = await startTestCore(dataDir, { requestTimeoutMs: 500 });
    await call('accounts.connect', { platform: 'meta', token: sim.seed.user.token, baseUrl: sim.url });
    await core.sync.syncNow();
  });
  afterEach(() => sim.control.clearFaults());
  afterAll(async () => {
    for (const account of core.store.accounts.list()) await keytar.deletePassword(keychainService, `account:${account.id}`);
    await core.close();
    await sim.close();
    removeDir(dataDir);
  });

  async function call<T = unknown>(name: string, params: unknown = {}): Promise<T> {
    const outcome = await core.dispatch(name, params);
    if (!outcome.ok) throw new Error(`${name}: ${outcome.error.kind}: ${outcome.error.message}`);
    return outcome.value as T;
  }
  const statusOf = async (name: string) => (await call<AccountSyncStatus[]>('sync.status')).find((s) => s.displayName === name)!;
  const lastMessage = async (id: number) => (await call<ConversationView>('conversation.open', { id })).messages.at(-1)!;
  const retryNow = () => core.store.db.prepare("UPDATE outbox SET next_attempt_at = 0 WHERE state = 'retry'").run();

  let customers = 0;
  async function conversationWith(text: string, page: 'daGino' | 'alpine' = 'daGino'): Promise<number> {
    customers += 1;
    sim.control.injectMessage({ pageId: sim.seed[page].id, platform: 'messenger', author: { name: `Fault ${customers}` }, text } as never);
    await core.sync.syncNow();
    const row = (await call<QueueItem[]>('queue.list')).find((item) => item.lastMessageText === text);
    if (!row) throw new Error(`not synced: ${text}`);
    return row.id;
  }

  it('a request that never answers times out as unknown, is reconciled, and goes out once', async () => {
    const id = await conversationWith('Timeout question');
    sim.control.addFault({ kind: 'hang', method: 'POST', path: '/**', times: 1 });
    await call('reply.send', { conversationId: id, text: 'Timeout answer' });
    // The timed-out attempt becomes "unknown"; reconciling finds nothing on the platform, so it is
    // sent again (reply.send already started a flush; these join it).
    for (let round = 0; round < 3 && (await lastMessage(id)).deliveryState !== 'sent'; round += 1) {
      retryNow();
      await core.sync.outbox.flush();
    }
    expect(sim.control.sent().countsByText['Timeout answer']).toBe(1);
    expect((await lastMessage(id)).deliveryState).toBe('sent');
    const attempts = core.store.db.prepare("SELECT attempts FROM outbox WHERE json_extract(payload, '$.text') = 'Timeout answer'").pluck().get();
    expect(attempts).toBe(2);
  });

  it('5xx on reads marks the account offline for a moment, and the next sync recovers', async () => {
    sim.control.addFault({ kind: 'server-error', method: 'GET', path: '/**', status: 500, code: 1, times: 1 });
    await core.sync.syncNow();
    const states = (await call<AccountSyncStatus[]>('sync.status')).map((s) => s.state);
    expect(states).toContain('offline');
    await core.sync.syncNow();
    expect((await call<AccountSyncStatus[]>('sync.status')).every((s) => s.state === 'online')).toBe(true);
  });

  it('a token that expires mid-flush holds the rest; re-authorising sends each exactly once', async () => {
    const page = sim.seed.alpine;
    const ids: number[] = [];
    for (let i = 0; i < 6; i += 1) ids.push(await conversationWith(`Mid-flush question ${i}`, 'alpine'));
    for (const [i, id] of ids.entries()) await call('reply.send', { conversationId: id, text: `Mid-flush answer ${i}` });
    sim.control.addFault({ kind: 'latency', method: 'POST', path: '/**', latencyMs: 60 });
    const flushing = core.sync.outbox.flush();
    await expect.poll(() => sim.control.sent().items.filter((s) => s.text?.startsWith('Mid-flush answer')).length, { interval: 10 }).toBeGreaterThanOrEqual(2);
    sim.control.expireToken(page.token);
    await flushing;
    const sentBefore = sim.control.sent().items.filter((s) => s.text?.startsWith('Mid-flush answer')).length;
    expect(sentBefore).toBeGreaterThanOrEqual(2);
    expect(sentBefore).toBeLessThan(6);
    expect((await statusOf(page.name)).state).toBe('needs_reauth');
    const states = await Promise.all(ids.map(async (id) => (await lastMessage(id)).deliveryState));
    expect(states.filter((state) => state === 'failed')).toEqual([]);

    sim.control.clearFaults();
    sim.control.restoreToken(page.token);
    await call('accounts.connect', { platform: 'meta', token: page.token, baseUrl: sim.url });
    await core.sync.syncNow();
    retryNow();
    await core.sync.outbox.flush();
    const counts = sim.control.sent().countsByText;
    expect(ids.map((_, i) => counts[`Mid-flush answer ${i}`])).toEqual([1, 1, 1, 1, 1, 1]);
  });

  // Last: a throttled account stays paused for the rest of this file.
  it('429 with usage headers pauses the account until the platform says, and the reply waits', async () => {
    const id = await conversationWith('Throttle question');
    sim.control.addFault({ kind: 'throttle', method: 'POST', path: '/**', status: 429, code: 4, regainAccessMinutes: 2, times: 1 } as never);
    await call('reply.send', { conversationId: id, text: 'Throttle answer' });
    await core.sync.outbox.flush();
    const status = await statusOf(sim.seed.daGino.name);
    expect(status.state).toBe('throttled');
    expect(status.until).toBeGreaterThan(Date.now() + 60_000);
    expect(['queued', 'sending']).toContain((await lastMessage(id)).deliveryState);
    expect(sim.control.sent().countsByText['Throttle answer']).toBeUndefined();
    await core.sync.outbox.flush(); // still paused: nothing goes out
    expect(sim.control.sent().countsByText['Throttle answer']).toBeUndefined();
  });
});
