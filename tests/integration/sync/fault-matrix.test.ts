// The faults a platform throws at a console, one by one, against the simulator over real HTTP:
// each ends with every reply delivered exactly once, or held and visible, never lost or doubled.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AccountSyncStatus, ConversationView, QueueItem } from '../../../shared/contract';
import { useSimulatedWorkspace } from '../core-fixture';

describe('fault matrix', () => {
  const ws = useSimulatedWorkspace({ beforeAll, afterEach, afterAll }, { requestTimeoutMs: 500 });
  const statusOf = async (name: string) => (await ws.call<AccountSyncStatus[]>('sync.status')).find((s) => s.displayName === name)!;
  const lastMessage = async (id: number) => (await ws.call<ConversationView>('conversation.open', { id })).messages.at(-1)!;
  const retryNow = () => ws.core.store.db.prepare("UPDATE outbox SET next_attempt_at = 0 WHERE state = 'retry'").run();

  let customers = 0;
  async function conversationWith(text: string, page: 'daGino' | 'alpine' = 'daGino'): Promise<number> {
    customers += 1;
    ws.sim.control.injectMessage({ pageId: ws.sim.seed[page].id, platform: 'messenger', author: { name: `Fault ${customers}` }, text } as never);
    await ws.core.sync.syncNow();
    const row = (await ws.call<QueueItem[]>('queue.list')).find((item) => item.lastMessageText === text);
    if (!row) throw new Error(`not synced: ${text}`);
    return row.id;
  }

  it('a request that never answers times out as unknown, is reconciled, and goes out once', async () => {
    const id = await conversationWith('Timeout question');
    ws.sim.control.addFault({ kind: 'hang', method: 'POST', path: '/**', times: 1 });
    await ws.call('reply.send', { conversationId: id, text: 'Timeout answer' });
    // The timed-out attempt becomes "unknown"; reconciling finds nothing on the platform, so it is
    // sent again (reply.send already started a flush; these join it).
    for (let round = 0; round < 3 && (await lastMessage(id)).deliveryState !== 'sent'; round += 1) {
      retryNow();
      await ws.core.sync.outbox.flush();
    }
    expect(ws.sim.control.sent().countsByText['Timeout answer']).toBe(1);
    expect((await lastMessage(id)).deliveryState).toBe('sent');
    const attempts = ws.core.store.db.prepare("SELECT attempts FROM outbox WHERE json_extract(payload, '$.text') = 'Timeout answer'").pluck().get();
    expect(attempts).toBe(2);
  });

  it('5xx on reads marks the account offline for a moment, and the next sync recovers', async () => {
    ws.sim.control.addFault({ kind: 'server-error', method: 'GET', path: '/**', status: 500, code: 1, times: 1 });
    await ws.core.sync.syncNow();
    const states = (await ws.call<AccountSyncStatus[]>('sync.status')).map((s) => s.state);
    expect(states).toContain('offline');
    await ws.core.sync.syncNow();
    expect((await ws.call<AccountSyncStatus[]>('sync.status')).every((s) => s.state === 'online')).toBe(true);
  });

  it('a token that expires mid-flush holds the rest; re-authorising sends each exactly once', async () => {
    const page = ws.sim.seed.alpine;
    const ids: number[] = [];
    for (let i = 0; i < 6; i += 1) ids.push(await conversationWith(`Mid-flush question ${i}`, 'alpine'));
    for (const [i, id] of ids.entries()) await ws.call('reply.send', { conversationId: id, text: `Mid-flush answer ${i}` });
    ws.sim.control.addFault({ kind: 'latency', method: 'POST', path: '/**', latencyMs: 60 });
    const flushing = ws.core.sync.outbox.flush();
    await expect.poll(() => ws.sim.control.sent().items.filter((s) => s.text?.startsWith('Mid-flush answer')).length, { interval: 10 }).toBeGreaterThanOrEqual(2);
    ws.sim.control.expireToken(page.token);
    await flushing;
    const sentBefore = ws.sim.control.sent().items.filter((s) => s.text?.startsWith('Mid-flush answer')).length;
    expect(sentBefore).toBeGreaterThanOrEqual(2);
    expect(sentBefore).toBeLessThan(6);
    expect((await statusOf(page.name)).state).toBe('needs_reauth');
    const states = await Promise.all(ids.map(async (id) => (await lastMessage(id)).deliveryState));
    expect(states.filter((state) => state === 'failed')).toEqual([]);

    ws.sim.control.clearFaults();
    ws.sim.control.restoreToken(page.token);
    await ws.call('accounts.connect', { platform: 'meta', token: page.token, baseUrl: ws.sim.url });
    await ws.core.sync.syncNow();
    retryNow();
    await ws.core.sync.outbox.flush();
    const counts = ws.sim.control.sent().countsByText;
    expect(ids.map((_, i) => counts[`Mid-flush answer ${i}`])).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('replies backing off through an outage go as soon as the platform answers again', async () => {
    const id = await conversationWith('Outage question');
    await fetch(`${ws.sim.url}/__control/network/down`, { method: 'POST', body: JSON.stringify({ forMs: 1_500 }) });
    // Let the client notice its pooled connections are gone: a new one is then refused, not reset.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await ws.call('reply.send', { conversationId: id, text: 'Outage answer' });
    await ws.core.sync.outbox.flush();
    const waiting = () => ws.core.store.db.prepare("SELECT state, next_attempt_at AS at FROM outbox WHERE json_extract(payload, '$.text') = 'Outage answer'").get() as { state: string; at: number };
    expect(waiting().state).toBe('retry');
    expect(waiting().at).toBeGreaterThan(Date.now());
    // As after several failed attempts: the backoff now reaches well past the outage.
    ws.core.store.db.prepare("UPDATE outbox SET next_attempt_at = ? WHERE state = 'retry'").run(Date.now() + 5 * 60_000);
    await ws.core.sync.syncNow();
    expect((await ws.call<AccountSyncStatus[]>('sync.status')).some((s) => s.state === 'offline')).toBe(true);

    // Back: the next pull finds the platform, and the reply goes without waiting out its backoff.
    await new Promise((resolve) => setTimeout(resolve, 1_600));
    await ws.core.sync.syncNow();
    expect(ws.sim.control.sent().countsByText['Outage answer']).toBe(1);
    expect((await lastMessage(id)).deliveryState).toBe('sent');
  });

  // Last: a throttled account stays paused for the rest of this file.
  it('429 with usage headers pauses the account until the platform says, and the reply waits', async () => {
    const id = await conversationWith('Throttle question');
    ws.sim.control.addFault({ kind: 'throttle', method: 'POST', path: '/**', status: 429, code: 4, regainAccessMinutes: 2, times: 1 } as never);
    await ws.call('reply.send', { conversationId: id, text: 'Throttle answer' });
    await ws.core.sync.outbox.flush();
    const status = await statusOf(ws.sim.seed.daGino.name);
    expect(status.state).toBe('throttled');
    expect(status.until).toBeGreaterThan(Date.now() + 60_000);
    expect(['queued', 'sending']).toContain((await lastMessage(id)).deliveryState);
    expect(ws.sim.control.sent().countsByText['Throttle answer']).toBeUndefined();
    await ws.core.sync.outbox.flush(); // still paused: nothing goes out
    expect(ws.sim.control.sent().countsByText['Throttle answer']).toBeUndefined();
  });
});
