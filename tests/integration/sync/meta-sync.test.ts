// The whole loop against the Meta simulator over real HTTP: connect with a token, first sync,
// new customer messages, replies through the outbox, and what the platform throws at us.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useSimulatedWorkspace } from '../core-fixture';
import type { AccountSyncStatus, ConversationView, QueueItem } from '../../../shared/contract';

describe('Meta sync against the simulator', () => {
  const ws = useSimulatedWorkspace({ beforeAll, afterEach, afterAll });

  const queue = () => ws.call<QueueItem[]>('queue.list', {});
  const open = (id: number) => ws.call<ConversationView>('conversation.open', { id });
  const statusOf = async (name: string) => (await ws.call<AccountSyncStatus[]>('sync.status')).find((s) => s.displayName === name)!;

  /** A fresh DM from a new customer, synced into the queue; returns its conversation. */
  async function newCustomerWrites(text: string, pageKey: 'daGino' | 'alpine' = 'daGino', platform: 'messenger' | 'instagram' = 'messenger') {
    const page = ws.sim.seed[pageKey];
    const received = ws.sim.control.injectMessage({
      pageId: page.id,
      platform,
      author: { name: `Cliente ${Math.random().toString(36).slice(2, 7)}` },
      text,
    } as never);
    await ws.core.sync.syncNow();
    const item = (await queue()).find((row) => row.lastMessageText === text);
    expect(item, `synced: ${text}`).toBeDefined();
    return { item: item!, received };
  }

  it('first sync brings both brands, their DMs and comments, with customers and brand names', async () => {
    const rows = await queue();
    expect(new Set(rows.map((r) => r.brandName))).toEqual(new Set([ws.sim.seed.daGino.name, ws.sim.seed.alpine.name]));
    expect(new Set(rows.map((r) => r.channelKind))).toEqual(new Set(['facebook_page', 'instagram']));
    expect(rows.some((r) => r.kind === 'comments')).toBe(true);
    expect(rows.every((r) => r.contactName)).toBe(true);
    for (const status of await ws.call<AccountSyncStatus[]>('sync.status')) expect(status).toMatchObject({ state: 'online', lastError: null });
  });

  it('delivers a reply exactly once and shows it as sent', async () => {
    const { item } = await newCustomerWrites('Avete un tavolo per stasera alle 21?');
    expect(item.unreadCount).toBe(1);
    // The brand's starting policy ("1 hour") runs from the customer's message.
    expect(item.slaDueAt).toBe(item.lastMessageAt! + 60 * 60_000);
    const view = await open(item.id);
    expect(view.window.state).toBe('open');
    await ws.call('reply.send', { conversationId: item.id, text: 'Certo! Vi aspettiamo alle 21.' });
    await ws.core.sync.outbox.flush();
    expect(ws.sim.control.sent().countsByText['Certo! Vi aspettiamo alle 21.']).toBe(1);
    const after = await open(item.id);
    expect(after.messages.at(-1)).toMatchObject({ direction: 'outbound', deliveryState: 'sent', outboxId: null });
    expect(after.conversation.slaDueAt).toBeNull(); // answered: the clock stopped
    expect(after.messages.at(-1)!.externalId).toMatch(/\S/);
    // The next pull sees the Page's own message and does not duplicate it.
    await ws.core.sync.syncNow();
    expect((await open(item.id)).messages.filter((m) => m.text === 'Certo! Vi aspettiamo alle 21.')).toHaveLength(1);
  });

  it('uses the human-agent tag between 24 hours and 7 days, and refuses after 7 days', async () => {
    const { item, received } = await newCustomerWrites('Is my order #5521 shipped?', 'alpine', 'instagram');
    ws.sim.control.ageConversation(received.conversationId, 30);
    await ws.core.sync.syncNow();
    ws.core.store.db.prepare('UPDATE conversations SET last_inbound_at = ? WHERE id = ?').run(Date.now() - 30 * 3_600_000, item.id);
    expect((await open(item.id)).window.state).toBe('human_agent');
    await ws.call('reply.send', { conversationId: item.id, text: 'It shipped yesterday, tracking follows.' });
    await ws.core.sync.outbox.flush();
    const sent = ws.sim.control.sent().items.find((s) => s.text === 'It shipped yesterday, tracking follows.');
    expect(sent).toBeDefined();
    expect(JSON.stringify(sent)).toContain('HUMAN_AGENT');

    ws.core.store.db.prepare('UPDATE conversations SET last_inbound_at = ? WHERE id = ?').run(Date.now() - 8 * 24 * 3_600_000, item.id);
    expect((await open(item.id)).window.state).toBe('closed');
    await expect(ws.call('reply.send', { conversationId: item.id, text: 'Too late' })).rejects.toThrow(/invalid-request.*7 days/);
  });

  it('fails a reply the platform refuses as outside the window, and never retries it', async () => {
    const { item, received } = await newCustomerWrites('Ciao, siete aperti a Natale?');
    // The platform's clock says the window closed; ours still thinks it is open.
    ws.sim.control.ageConversation(received.conversationId, 24 * 8);
    await ws.call('reply.send', { conversationId: item.id, text: 'Sì, a pranzo.' });
    await ws.core.sync.outbox.flush();
    await ws.core.sync.outbox.flush();
    const reply = (await open(item.id)).messages.at(-1)!;
    expect(reply).toMatchObject({ deliveryState: 'failed', outboxId: expect.any(Number) });
    expect(reply.failureReason).toMatch(/window/i);
    expect(ws.sim.control.sent().countsByText['Sì, a pranzo.']).toBeUndefined();
  });

  it('answers a public comment publicly, and its author privately once', async () => {
    // A top-level Facebook comment by a customer that can still be answered privately.
    const seeded = ws.sim.seed.daGino.comments.find((c) => c.network === 'facebook' && c.privateReply === 'available' && !c.parentId && !c.byPage)!;
    const comment = { id: ws.core.store.db.prepare('SELECT id FROM conversations WHERE external_id = ?').pluck().get(seeded.id) as number };
    await ws.call('reply.send', { conversationId: comment.id, text: 'Grazie per il commento!' });
    await ws.call('reply.send', { conversationId: comment.id, text: 'Ti scriviamo in privato per i dettagli.', privately: true });
    await ws.core.sync.outbox.flush();
    const sent = ws.sim.control.sent();
    expect(sent.countsByText['Grazie per il commento!']).toBe(1);
    expect(sent.countsByText['Ti scriviamo in privato per i dettagli.']).toBe(1);
    await expect(ws.call('reply.send', { conversationId: comment.id, text: 'Di nuovo', privately: true })).rejects.toThrow(/one private reply per comment/);
  });

  it('retries 5xx with backoff and delivers once', async () => {
    const { item } = await newCustomerWrites('Posso portare il cane?');
    ws.sim.control.addFault({ kind: 'server-error', method: 'POST', path: '/**', status: 503, code: 2, times: 1 });
    await ws.call('reply.send', { conversationId: item.id, text: 'Certo, i cani sono benvenuti.' });
    await ws.core.sync.outbox.flush();
    expect((await open(item.id)).messages.at(-1)!.deliveryState).toBe('queued'); // waiting for its retry time
    ws.core.store.db.prepare("UPDATE outbox SET next_attempt_at = 0 WHERE state = 'retry'").run();
    await ws.core.sync.outbox.flush();
    expect(ws.sim.control.sent().countsByText['Certo, i cani sono benvenuti.']).toBe(1);
  });

  it('reconciles a reply whose answer was lost instead of sending it twice', async () => {
    const { item } = await newCustomerWrites('Do you ship to Austria?', 'alpine');
    ws.sim.control.addFault({ kind: 'drop-after-commit', method: 'POST', path: '/**', times: 1 });
    await ws.call('reply.send', { conversationId: item.id, text: 'Yes, in 3-5 working days.' });
    await ws.core.sync.outbox.flush(); // the answer is lost: unknown
    await ws.core.sync.outbox.flush(); // reconciled by reading the thread back
    expect(ws.sim.control.sent().countsByText['Yes, in 3-5 working days.']).toBe(1);
    expect((await open(item.id)).messages.at(-1)!.deliveryState).toBe('sent');
  });

  it('holds replies of an account whose token expired, and sends them after re-authorisation', async () => {
    const page = ws.sim.seed.alpine;
    const { item } = await newCustomerWrites('My jacket zip broke', 'alpine');
    ws.sim.control.expireToken(page.token);
    await ws.call('reply.send', { conversationId: item.id, text: 'Sorry! We will replace it.' });
    await ws.core.sync.syncNow();
    expect((await statusOf(page.name)).state).toBe('needs_reauth');
    expect(ws.sim.control.sent().countsByText['Sorry! We will replace it.']).toBeUndefined();
    expect((await open(item.id)).messages.at(-1)!.deliveryState).toBe('queued');

    ws.sim.control.restoreToken(page.token);
    await ws.call('accounts.connect', { platform: 'meta', token: page.token, baseUrl: ws.sim.url });
    await ws.core.sync.syncNow();
    expect((await statusOf(page.name)).state).toBe('online');
    expect(ws.sim.control.sent().countsByText['Sorry! We will replace it.']).toBe(1);
  });
  it('keeps a reply written while the network is down and delivers it when it returns', async () => {
    const { item } = await newCustomerWrites('Siete aperti domenica?');
    await fetch(`${ws.sim.url}/__control/network/down`, { method: 'POST', body: JSON.stringify({ forMs: 400 }) });
    await ws.call('reply.send', { conversationId: item.id, text: 'Sì, dalle 12 alle 15.' });
    await ws.core.sync.outbox.flush();
    await ws.core.sync.syncNow();
    // Queued, or "may have been sent" when the connection dropped mid-request: never failed, never lost.
    expect(['queued', 'unknown']).toContain((await open(item.id)).messages.at(-1)!.deliveryState);
    expect((await statusOf(ws.sim.seed.daGino.name)).state).toBe('offline');
    await new Promise((resolve) => setTimeout(resolve, 600));
    ws.core.store.db.prepare("UPDATE outbox SET next_attempt_at = 0 WHERE state = 'retry'").run();
    await ws.core.sync.syncNow();
    expect((await statusOf(ws.sim.seed.daGino.name)).state).toBe('online');
    expect(ws.sim.control.sent().countsByText['Sì, dalle 12 alle 15.']).toBe(1);
    expect((await open(item.id)).messages.at(-1)!.deliveryState).toBe('sent');
  });

  it('flags a conversation answered elsewhere while a reply waited, until the agent acknowledges it', async () => {
    const { item, received } = await newCustomerWrites('Avete il menù senza glutine?');
    ws.sim.control.addFault({ kind: 'server-error', method: 'POST', path: '/**', status: 503, code: 2, times: 1 });
    await ws.call('reply.send', { conversationId: item.id, text: 'Sì, chiedete al cameriere.' });
    await ws.core.sync.outbox.flush(); // 503: the reply waits for its retry
    // A colleague answers from Meta Business Suite meanwhile.
    await fetch(`${ws.sim.url}/${ws.sim.seed.daGino.id}/messages?access_token=${ws.sim.seed.daGino.token}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ recipient: { id: received.customerId }, messaging_type: 'RESPONSE', message: { text: 'Certo, abbiamo un menù dedicato!' } }),
    });
    await ws.core.sync.syncNow();
    expect((await open(item.id)).answeredElsewhereAt).toEqual(expect.any(Number));
    await ws.call('conversation.acknowledge', { id: item.id });
    expect((await open(item.id)).answeredElsewhereAt).toBeNull();
  });

  // Last: the paused account stays paused for the rest of this file.
  it('pauses an account the platform throttles, until the time it gives', async () => {
    ws.sim.control.addFault({ kind: 'throttle', method: 'GET', path: '/**', status: 400, code: 613, times: 1 });
    await ws.core.sync.syncNow();
    const throttled = (await ws.call<AccountSyncStatus[]>('sync.status')).find((s) => s.state === 'throttled');
    expect(throttled?.until).toBeGreaterThan(Date.now());
  });
});
