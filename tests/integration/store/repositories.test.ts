import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchMessages } from '../../../electron/core/conversations/search-service';
import type { Store } from '../../../electron/core/store/store';
import { inbound, openTempStore, removeDir, seedWorkspace, setClock } from './fixtures';

const t0 = 1_700_000_000_000;
const minute = 60_000;

describe('repositories', () => {
  let store: Store & { dataDir: string };
  let ws: ReturnType<typeof seedWorkspace>;
  beforeEach(async () => {
    store = await openTempStore();
    ws = seedWorkspace(store, t0);
  });
  afterEach(() => {
    store.close();
    removeDir(store.dataDir);
  });

  const conversationIdOf = (channelId: number, externalId: string) =>
    store.db.prepare('SELECT id FROM conversations WHERE channel_id = ? AND external_id = ?').pluck().get(channelId, externalId) as number;

  describe('ingest', () => {
    it('stores a message once however often the platform reports it', () => {
      const message = inbound(ws.ginoPage.id, 'c1', 'Ciao, a che ora aprite?', t0);
      expect(store.messages.ingest([message], t0)).toMatchObject({ inserted: 1, duplicates: 0 });
      expect(store.messages.ingest([message, message], t0 + 1)).toMatchObject({ inserted: 0, duplicates: 2 });
      const conversation = store.db.prepare('SELECT unread_count, status, last_inbound_at FROM conversations').get();
      expect(conversation).toEqual({ unread_count: 1, status: 'open', last_inbound_at: t0 });
    });

    it('reopens a closed conversation when the customer writes again, and outbound does not add unread', () => {
      store.messages.ingest([inbound(ws.ginoPage.id, 'c1', 'Grazie!', t0)], t0);
      const id = conversationIdOf(ws.ginoPage.id, 'c1');
      store.db.prepare("UPDATE conversations SET status = 'closed', unread_count = 0 WHERE id = ?").run(id);
      const reply = inbound(ws.ginoPage.id, 'c1', 'Prego, a presto', t0 + minute);
      reply.message.direction = 'outbound';
      reply.message.authorName = 'Da Gino';
      store.messages.ingest([reply], t0 + minute);
      expect(store.db.prepare('SELECT status, unread_count FROM conversations WHERE id = ?').get(id)).toEqual({ status: 'closed', unread_count: 0 });
      store.messages.ingest([inbound(ws.ginoPage.id, 'c1', 'Un’altra domanda', t0 + 2 * minute)], t0 + 2 * minute);
      expect(store.db.prepare('SELECT status, unread_count FROM conversations WHERE id = ?').get(id)).toEqual({ status: 'open', unread_count: 1 });
      const thread = store.messages.threadPage(id).messages;
      expect(thread.map((m) => [m.direction, m.deliveryState])).toEqual([
        ['inbound', 'received'],
        ['outbound', 'sent'],
        ['inbound', 'received'],
      ]);
    });

    it('flags a conversation answered on the platform by someone else while our reply waits', () => {
      store.messages.ingest([inbound(ws.ginoPage.id, 'c1', 'Ci siete a pranzo?', t0)], t0);
      const id = conversationIdOf(ws.ginoPage.id, 'c1');
      store.outbox.enqueueReply({ conversationId: id, operation: 'reply', text: 'Sì, dalle 12.', authorName: 'Da Gino', replyToExternalId: null, idempotencyKey: 'k1' }, t0 + minute);
      const elsewhere = (text: string, at: number) => {
        const message = inbound(ws.ginoPage.id, 'c1', text, at);
        message.message.direction = 'outbound';
        return message;
      };
      // Our own reply, pulled back before it was marked sent: not "elsewhere".
      store.messages.ingest([elsewhere('Sì, dalle 12.', t0 + 2 * minute)], t0 + 2 * minute);
      expect(store.db.prepare('SELECT answered_elsewhere_at FROM conversations WHERE id = ?').pluck().get(id)).toBeNull();
      // A colleague answered from the phone.
      store.messages.ingest([elsewhere('Certo, vi aspettiamo!', t0 + 3 * minute)], t0 + 3 * minute);
      expect(store.db.prepare('SELECT answered_elsewhere_at FROM conversations WHERE id = ?').pluck().get(id)).toBe(t0 + 3 * minute);
    });

    it('rolls the whole batch back when one item is bad', () => {
      const good = inbound(ws.ginoPage.id, 'c1', 'ok', t0);
      const bad = inbound(9999, 'c2', 'unknown channel', t0);
      expect(() => store.messages.ingest([good, bad], t0)).toThrow(/Unknown channel 9999/);
      expect(store.db.prepare('SELECT count(*) FROM messages').pluck().get()).toBe(0);
    });
  });

  describe('queue', () => {
    beforeEach(() => {
      const batch = [
        inbound(ws.ginoPage.id, 'late', 'Ordine in ritardo', t0),
        inbound(ws.ginoInstagram.id, 'soon', 'Avete opzioni senza glutine?', t0 + minute),
        inbound(ws.alpineX.id, 'later', 'Is the jacket waterproof?', t0 + 2 * minute),
        inbound(ws.alpineX.id, 'noclock', 'Thanks!', t0 + 3 * minute),
      ];
      store.messages.ingest(batch, t0);
      setClock(store, conversationIdOf(ws.ginoPage.id, 'late'), t0 + 5 * minute, t0 + 10 * minute);
      setClock(store, conversationIdOf(ws.ginoInstagram.id, 'soon'), t0 + 15 * minute, t0 + 20 * minute);
      setClock(store, conversationIdOf(ws.alpineX.id, 'later'), t0 + 45 * minute, t0 + 60 * minute);
    });

    const externalIds = (rows: Array<{ id: number }>) =>
      rows.map((row) => store.db.prepare('SELECT external_id FROM conversations WHERE id = ?').pluck().get(row.id));

    it('orders open conversations by next due time, conversations without a clock last', () => {
      const rows = store.conversations.queue({}, t0);
      expect(externalIds(rows)).toEqual(['late', 'soon', 'later', 'noclock']);
      expect(rows[0]).toMatchObject({ contactName: 'Maria Rossi', lastMessageText: 'Ordine in ritardo', channelKind: 'facebook_page', unreadCount: 1 });
    });

    it('filters by brand, channel, kind, tag, assignee and SLA state', () => {
      expect(externalIds(store.conversations.queue({ brandIds: [ws.outdoor.id] }, t0))).toEqual(['later', 'noclock']);
      expect(externalIds(store.conversations.queue({ channelIds: [ws.ginoInstagram.id] }, t0))).toEqual(['soon']);
      expect(store.conversations.queue({ kind: 'comments' }, t0)).toEqual([]);

      const now = t0 + 16 * minute; // 'late' breached, 'soon' at risk, 'later' fine
      expect(externalIds(store.conversations.queue({ slaState: 'breached' }, now))).toEqual(['late']);
      expect(externalIds(store.conversations.queue({ slaState: 'at_risk' }, now))).toEqual(['soon']);
      expect(externalIds(store.conversations.queue({ slaState: 'ok' }, now))).toEqual(['later', 'noclock']);

      const tag = store.db.prepare("INSERT INTO tags (name) VALUES ('allergie') RETURNING id").pluck().get() as number;
      store.db.prepare('INSERT INTO conversation_tags (conversation_id, tag_id) VALUES (?, ?)').run(conversationIdOf(ws.ginoInstagram.id, 'soon'), tag);
      expect(externalIds(store.conversations.queue({ tagId: tag }, t0))).toEqual(['soon']);

      store.db.prepare("UPDATE conversations SET assignee = 'ada' WHERE external_id IN ('soon', 'noclock')").run();
      expect(externalIds(store.conversations.queue({ assignee: 'ada' }, t0))).toEqual(['soon', 'noclock']);
    });

    it('pages with a keyset cursor without skipping or repeating', () => {
      const first = store.conversations.queue({ limit: 2 }, t0);
      const last = first.at(-1)!;
      const second = store.conversations.queue({ limit: 2, after: { slaSortKey: last.slaSortKey, id: last.id } }, t0);
      expect(externalIds([...first, ...second])).toEqual(['late', 'soon', 'later', 'noclock']);
    });

    it('counts open, unread, at-risk and breached conversations per brand', () => {
      const counts = store.conversations.badgeCounts(t0 + 16 * minute);
      expect(counts).toEqual(
        expect.arrayContaining([
          { brandId: ws.pizzeria.id, open: 2, unread: 2, atRisk: 1, breached: 1 },
          { brandId: ws.outdoor.id, open: 2, unread: 2, atRisk: 0, breached: 0 },
        ]),
      );
    });
  });

  describe('thread and history', () => {
    it('reads a thread newest first, a page at a time', () => {
      const batch = Array.from({ length: 7 }, (_, i) => inbound(ws.ginoPage.id, 'c1', `messaggio ${i}`, t0 + i * minute));
      store.messages.ingest(batch, t0);
      const id = conversationIdOf(ws.ginoPage.id, 'c1');
      const first = store.messages.threadPage(id, { limit: 3 });
      expect(first.messages.map((m) => m.text)).toEqual(['messaggio 6', 'messaggio 5', 'messaggio 4']);
      const second = store.messages.threadPage(id, { limit: 3, before: first.olderCursor! });
      const third = store.messages.threadPage(id, { limit: 3, before: second.olderCursor! });
      expect([...second.messages, ...third.messages].map((m) => m.text)).toEqual(['messaggio 3', 'messaggio 2', 'messaggio 1', 'messaggio 0']);
      expect(third.olderCursor).toBeNull();
    });

    it('shows a customer’s history across channels and brands', () => {
      const maria = { externalId: 'psid-maria', name: 'Maria Rossi', handle: 'maria.rossi' };
      store.messages.ingest([inbound(ws.ginoPage.id, 'c1', 'Prenotazione per 4', t0, maria)], t0);
      const contactId = store.db.prepare('SELECT contact_id FROM conversations').pluck().get() as number;
      // The same person on X, linked to the same contact (identity resolution comes with sync).
      store.db.prepare('INSERT INTO contact_identities (contact_id, channel_id, external_id, handle) VALUES (?, ?, ?, ?)').run(contactId, ws.alpineX.id, 'x-maria', '@mariarossi');
      store.db
        .prepare("INSERT INTO conversations (channel_id, brand_id, contact_id, external_id, kind, created_at, updated_at, last_message_at) VALUES (?, ?, ?, 'x-c', 'dm', ?, ?, ?)")
        .run(ws.alpineX.id, ws.outdoor.id, contactId, t0, t0, t0 + minute);
      const history = store.contacts.history(contactId)!;
      expect(history.displayName).toBe('Maria Rossi');
      expect(history.firstName).toBe('Maria');
      expect(history.identities.map((i) => i.handle).sort()).toEqual(['@mariarossi', 'maria.rossi']);
      expect(history.conversations.map((c) => [c.channelKind, c.brandId])).toEqual([
        ['x', ws.outdoor.id],
        ['facebook_page', ws.pizzeria.id],
      ]);
      expect(store.contacts.history(424242)).toBeUndefined();
    });
  });

  describe('search', () => {
    beforeEach(() => {
      store.messages.ingest(
        [
          inbound(ws.ginoPage.id, 'c1', 'Perché la pizza è arrivata fredda?', t0, { externalId: 'p1', name: 'Niccolò Bianchi', handle: 'nicco.b' }),
          inbound(ws.ginoInstagram.id, 'c2', 'Perche non rispondete ai messaggi?', t0 + minute),
          inbound(ws.alpineX.id, 'c3', 'Where is my order #4521? Ordered last week', t0 + 2 * minute, { externalId: 'x9', name: 'Jane Doe', handle: '@janedoe' }),
        ],
        t0,
      );
    });

    it('folds diacritics both ways and highlights matches as text segments', () => {
      const hits = store.search.messages('perche');
      expect(hits).toHaveLength(2);
      expect(hits.every((hit) => hit.snippet.some((s) => s.match && /perch/i.test(s.text)))).toBe(true);
      expect(store.search.messages('perché')).toHaveLength(2);
      expect(store.search.messages('fredda pizza')[0]!.snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['pizza', 'fredda']);
    });

    it('matches prefixes as you type and returns newest first', () => {
      expect(store.search.messages('mess').map((h) => h.conversationId)).toEqual([conversationIdOf(ws.ginoInstagram.id, 'c2')]);
      expect(store.search.messages('ord')).toHaveLength(1); // "order", "Ordered"
      expect(store.search.messages('perch').map((h) => h.conversationId)).toEqual([
        conversationIdOf(ws.ginoInstagram.id, 'c2'),
        conversationIdOf(ws.ginoPage.id, 'c1'),
      ]);
      expect(store.search.messages('o')).toEqual([]); // one letter is a word, not a prefix
    });

    it('combines the text query with filters', () => {
      expect(store.search.messages('perche', { brandIds: [ws.outdoor.id] })).toEqual([]);
      expect(store.search.messages('perche', { channelIds: [ws.ginoPage.id] })).toHaveLength(1);
      expect(store.search.messages('perche', { since: t0 + 30_000 })).toHaveLength(1);
      expect(store.search.messages('perche', { direction: 'outbound' })).toEqual([]);
    });

    it('narrows by kind of channel as the inbox does, and finds nothing where no such channel is connected', () => {
      const conversationsOf = (hits: { conversationId: number }[]) => hits.map((hit) => hit.conversationId);
      expect(conversationsOf(searchMessages(store, 'perche', { channelKinds: ['instagram'] }))).toEqual([conversationIdOf(ws.ginoInstagram.id, 'c2')]);
      expect(searchMessages(store, 'perche', { channelKinds: ['facebook_page', 'instagram'] })).toHaveLength(2);
      expect(searchMessages(store, 'perche', { channelKinds: ['email'] })).toEqual([]);
      expect(searchMessages(store, 'perche', { channelKinds: [] })).toHaveLength(2);
      const [hit] = searchMessages(store, 'order', { channelKinds: ['x'], brandIds: [ws.outdoor.id] });
      expect(hit).toMatchObject({ brandName: 'Alpine Outdoor', channelKind: 'x', contactName: 'Jane Doe' });
    });

    it('treats search syntax as plain words', () => {
      for (const input of ['"', 'NEAR(a b)', 'pizza OR', '*', 'a:b', '(', "l'ordine", '#4521']) {
        expect(() => store.search.messages(input), input).not.toThrow();
      }
      expect(store.search.messages('#4521')).toHaveLength(1);
      expect(store.search.messages('   ')).toEqual([]);
    });

    it('finds customers by name or handle, accents folded', () => {
      expect(store.search.contacts('niccolo')[0]?.name.map((s) => s.text).join('')).toBe('Niccolò Bianchi');
      expect(store.search.contacts('janed')).toHaveLength(1);
      expect(store.search.contacts('nicco.b')).toHaveLength(1);
    });
  });
});
