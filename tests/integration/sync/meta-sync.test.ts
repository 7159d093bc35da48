// The whole loop against the Meta simulator over real HTTP: connect with a token, first sync,
// new customer messages, replies through the outbox, and what the platform throws at us.
import keytar from 'keytar';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/create-core';
import { keychainService } from '../../../electron/core/secrets/keytar-secret-store';
import { startTestCore } from '../core-fixture';
import { startMetaSimulator, type MetaSimulator } from '../../../electron/simulator/meta';
import type { AccountSyncStatus, ConversationView, QueueItem } from '../../../shared/contract';
import { removeDir, tempDataDir } from '../store/fixtures';

describe('Meta sync against the simulator', () => {
  let sim: MetaSimulator;
  let core: Core;
  let dataDir: string;

  beforeAll(async () => {
    sim = await startMetaSimulator();
    dataDir = tempDataDir();
    core = await startTestCore(dataDir);
    const connected = await call('accounts.connect', { platform: 'meta', token: sim.seed.user.token, baseUrl: sim.url });
    expect(connected).toHaveLength(2);
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

  const queue = () => call<QueueItem[]>('queue.list', {});
  const open = (id: number) => call<ConversationView>('conversation.open', { id });
  const statusOf = async (name: string) => (await call<AccountSyncStatus[]>('sync.status')).find((s) => s.displayName === name)!;

  /** A fresh DM from a new customer, synced into the queue; returns its conversation. */
  async function newCustomerWrites(text: string, pageKey: 'daGino' | 'alpine' = 'daGino', platform: 'messenger' | 'instagram' = 'messenger') {
    const page = sim.seed[pageKey];
    const received = sim.control.injectMessage({
      pageId: page.id,
      platform,
      author: { name: `Cliente ${Math.random().toString(36).slice(2, 7)}` },
      text,
    } as never);
    await core.sync.syncNow();
    const item = (await queue()).find((row) => row.lastMessageText === text);
    expect(item, `synced: ${text}`).toBeDefined();
    return { item: item!, received };
  }

  it('first sync brings both brands, their DMs and comments, with customers and brand names', async () => {
    const rows = await queue();
    expect(new Set(rows.map((r) => r.brandName))).toEqual(new Set([sim.seed.daGino.name, sim.seed.alpine.name]));
    expect(new Set(rows.map((r) => r.channelKind))).toEqual(new Set(['facebook_page', 'instagram']));
    expect(rows.some((r) => r.kind === 'comments')).toBe(true);
    expect(rows.every((r) => r.contactName)).toBe(true);
    for (const status of await call<AccountSyncStatus[]>('sync.status')) expect(status).toMatchObject({ state: 'online', lastError: null });
  });

  it('delivers a reply exactly once and shows it as sent', async () => {
    const { item } = await newCustomerWrites('Avete un tavolo per stasera alle 21?');
    expect(item.unreadCount).toBe(1);
    const view = await open(item.id);
    expect(view.window.state).toBe('open');
    await call('reply.send', { conversationId: item.id, text: 'Certo! Vi aspettiamo alle 21.' });
    await core.sync.outbox.flush();
    expect(sim.control.sent().countsByText['Certo! Vi aspettiamo alle 21.']).toBe(1);
    const after = await open(item.id);
    expect(after.messages.at(-1)).toMatchObject({ direction: 'outbound', deliveryState: 'sent', outboxId: null });
    expect(after.messages.at(-1)!.externalId).toMatch(/\S/);
    // The next pull sees the Page's own message and does not duplicate it.
    await core.sync.syncNow();
    expect((await open(item.id)).messages.filter((m) => m.text === 'Certo! Vi aspettiamo alle 21.')).toHaveLength(1);
  });

  it('uses the human-agent tag between 24 hours and 7 days, and refuses after 7 days', async () => {
    const { item, received } = await newCustomerWrites('Is my order #5521 shipped?', 'alpine', 'instagram');
    sim.control.ageConversation(received.conversationId, 30);
    await core.sync.syncNow();
    core.store.db.prepare('UPDATE conversations SET last_inbound_at = ? WHERE id = ?').run(Date.now() - 30 * 3_600_000, item.id);
    expect((await open(item.id)).window.state).toBe('human_agent');
    await call('reply.send', { conversationId: item.id, text: 'It shipped yesterday, tracking follows.' });
    await core.sync.outbox.flush();
    const sent = sim.control.sent().items.find((s) => s.text === 'It shipped yesterday, tracking follows.');
    expect(sent).toBeDefined();
    expect(JSON.stringify(sent)).toContain('HUMAN_AGENT');

    core.store.db.prepare('UPDATE conversations SET last_inbound_at = ? WHERE id = ?').run(Date.now() - 8 * 24 * 3_600_000, item.id);
    expect((await open(item.id)).window.state).toBe('closed');
    await expect(call('reply.send', { conversationId: item.id, text: 'Too late' })).rejects.toThrow(/invalid-request.*7 days/);
  });

  it('fails a reply the platform refuses as outside the window, and never retries it', async () => {
    const { item, received } = await newCustomerWrites('Ciao, siete aperti a Natale?');
    // The platform's clock says the window closed; ours still thinks it is open.
    sim.control.ageConversation(received.conversationId, 24 * 8);
    await call('reply.send', { conversationId: item.id, text: 'Sì, a pranzo.' });
    await core.sync.outbox.flush();
    await core.sync.outbox.flush();
    const reply = (await open(item.id)).messages.at(-1)!;
    expect(reply).toMatchObject({ deliveryState: 'failed', outboxId: expect.any(Number) });
    expect(reply.failureReason).toMatch(/window/i);
    expect(sim.control.sent().countsByText['Sì, a pranzo.']).toBeUndefined();
  });

  it('answers a public comment publicly, and its author privately once', async () => {
    const comment = (await queue()).find((r) => r.kind === 'comments' && r.channelKind === 'facebook_page')!;
    await call('reply.send', { conversationId: comment.id, text: 'Grazie per il commento!' });
    await call('reply.send', { conversationId: comment.id, text: 'Ti scriviamo in privato per i dettagli.', privately: true });
    await core.sync.outbox.flush();
    const sent = sim.control.sent();
    expect(sent.countsByText['Grazie per il commento!']).toBe(1);
    expect(sent.countsByText['Ti scriviamo in privato per i dettagli.']).toBe(1);
    await expect(call('reply.send', { conversationId: comment.id, text: 'Di nuovo', privately: true })).rejects.toThrow(/one private reply per comment/);
  });

  it('retries 5xx with backoff and delivers once', async () => {
    const { item } = await newCustomerWrites('Posso portare il cane?');
    sim.control.addFault({ kind: 'server-error', method: 'POST', path: '/**', status: 503, code: 2, times: 1 });
    await call('reply.send', { conversationId: item.id, text: 'Certo, i cani sono benvenuti.' });
    await core.sync.outbox.flush();
    expect((await open(item.id)).messages.at(-1)!.deliveryState).toBe('queued'); // waiting for its retry time
    core.store.db.prepare("UPDATE outbox SET next_attempt_at = 0 WHERE state = 'retry'").run();
    await core.sync.outbox.flush();
    expect(sim.control.sent().countsByText['Certo, i cani sono benvenuti.']).toBe(1);
  });

  it('reconciles a reply whose answer was lost instead of sending it twice', async () => {
    const { item } = await newCustomerWrites('Do you ship to Austria?', 'alpine');
    sim.control.addFault({ kind: 'drop-after-commit', method: 'POST', path: '/**', times: 1 });
    await call('reply.send', { conversationId: item.id, text: 'Yes, in 3-5 working days.' });
    await core.sync.outbox.flush(); // the answer is lost: unknown
    await core.sync.outbox.flush(); // reconciled by reading the thread back
    expect(sim.control.sent().countsByText['Yes, in 3-5 working days.']).toBe(1);
    expect((await open(item.id)).messages.at(-1)!.deliveryState).toBe('sent');
  });

  it('holds replies of an account whose token expired, and sends them after re-authorisation', async () => {
    const page = sim.seed.alpine;
    const { item } = await newCustomerWrites('My jacket zip broke', 'alpine');
    sim.control.expireToken(page.token);
    await call('reply.send', { conversationId: item.id, text: 'Sorry! We will replace it.' });
    await core.sync.syncNow();
    expect((await statusOf(page.name)).state).toBe('needs_reauth');
    expect(sim.control.sent().countsByText['Sorry! We will replace it.']).toBeUndefined();
    expect((await open(item.id)).messages.at(-1)!.deliveryState).toBe('queued');

    sim.control.restoreToken(page.token);
    await call('accounts.connect', { platform: 'meta', token: page.token, baseUrl: sim.url });
    await core.sync.syncNow();
    expect((await statusOf(page.name)).state).toBe('online');
    expect(sim.control.sent().countsByText['Sorry! We will replace it.']).toBe(1);
  });
  it('keeps a reply written while the network is down and delivers it when it returns', async () => {
    const { item } = await newCustomerWrites('Siete aperti domenica?');
    await fetch(`${sim.url}/__control/network/down`, { method: 'POST', body: JSON.stringify({ forMs: 400 }) });
    await call('reply.send', { conversationId: item.id, text: 'Sì, dalle 12 alle 15.' });
    await core.sync.outbox.flush();
    await core.sync.syncNow();
    // Queued, or "may have been sent" when the connection dropped mid-request: never failed, never lost.
    expect(['queued', 'unknown']).toContain((await open(item.id)).messages.at(-1)!.deliveryState);
    expect((await statusOf(sim.seed.daGino.name)).state).toBe('offline');
    await new Promise((resolve) => setTimeout(resolve, 600));
    core.store.db.prepare("UPDATE outbox SET next_attempt_at = 0 WHERE state = 'retry'").run();
    await core.sync.syncNow();
    expect((await statusOf(sim.seed.daGino.name)).state).toBe('online');
    expect(sim.control.sent().countsByText['Sì, dalle 12 alle 15.']).toBe(1);
    expect((await open(item.id)).messages.at(-1)!.deliveryState).toBe('sent');
  });

  it('flags a conversation answered elsewhere while a reply waited, until the agent acknowledges it', async () => {
    const { item, received } = await newCustomerWrites('Avete il menù senza glutine?');
    sim.control.addFault({ kind: 'server-error', method: 'POST', path: '/**', status: 503, code: 2, times: 1 });
    await call('reply.send', { conversationId: item.id, text: 'Sì, chiedete al cameriere.' });
    await core.sync.outbox.flush(); // 503: the reply waits for its retry
    // A colleague answers from Meta Business Suite meanwhile.
    await fetch(`${sim.url}/${sim.seed.daGino.id}/messages?access_token=${sim.seed.daGino.token}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ recipient: { id: received.customerId }, messaging_type: 'RESPONSE', message: { text: 'Certo, abbiamo un menù dedicato!' } }),
    });
    await core.sync.syncNow();
    expect((await open(item.id)).answeredElsewhereAt).toEqual(expect.any(Number));
    await call('conversation.acknowledge', { id: item.id });
    expect((await open(item.id)).answeredElsewhereAt).toBeNull();
  });

  // Last: the paused account stays paused for the rest of this file.
  it('pauses an account the platform throttles, until the time it gives', async () => {
    sim.control.addFault({ kind: 'throttle', method: 'GET', path: '/**', status: 400, code: 613, times: 1 });
    await core.sync.syncNow();
    const throttled = (await call<AccountSyncStatus[]>('sync.status')).find((s) => s.state === 'throttled');
    expect(throttled?.until).toBeGreaterThan(Date.now());
  });
});
