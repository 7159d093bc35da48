// The customer panel's data: the same customer's handles and other conversations, newest first.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConversationActions } from '../../../electron/core/conversations/conversation-actions';
import { ConversationService } from '../../../electron/core/conversations/conversation-service';
import { contactNotesSql, contactTagsSql } from '../../../electron/core/store/repositories/contacts';
import { inbound, openTempStore, removeDir, seedWorkspace } from '../store/fixtures';

let store: Awaited<ReturnType<typeof openTempStore>>;

beforeEach(async () => {
  store = await openTempStore();
});

afterEach(() => {
  store.close();
  removeDir(store.dataDir);
});

describe('customer history', () => {
  it('lists the customer’s other conversations across channels, not the open one', () => {
    const workspace = seedWorkspace(store);
    const maria = { externalId: 'psid-maria', name: 'Maria Rossi', handle: 'maria.rossi' };
    const [first] = store.messages.ingest([inbound(workspace.ginoPage.id, 'dm-1', 'Ciao', 1_000, maria)], 1_000).conversationIds;
    const [second] = store.messages.ingest([inbound(workspace.ginoPage.id, 'dm-2', 'Di nuovo io', 2_000, maria)], 2_000).conversationIds;
    store.messages.ingest([inbound(workspace.ginoPage.id, 'dm-3', 'Altro cliente', 3_000)], 3_000);
    const service = new ConversationService(store);
    const history = service.customer(second!);
    expect(history.handles).toEqual(['maria.rossi']);
    expect(history.otherConversations.map((conversation) => [conversation.id, conversation.brandName, conversation.channelKind])).toEqual([
      [first, 'Pizzeria Da Gino', 'facebook_page'],
    ]);
    expect(service.customer(9_999)).toEqual({ handles: [], otherConversations: [], tags: [], notes: [] });
  });

  it('gathers the notes and tags of all the customer’s conversations, across channels and brands', () => {
    const workspace = seedWorkspace(store);
    const maria = { externalId: 'psid-maria', name: 'Maria Rossi', handle: 'maria.rossi' };
    const [messenger] = store.messages.ingest([inbound(workspace.ginoPage.id, 'dm-1', 'Ciao', 1_000, maria)], 1_000).conversationIds;
    const contactId = store.db.prepare('SELECT contact_id FROM conversations WHERE id = ?').pluck().get(messenger) as number;
    // The same person on another brand's X account (identities linked, as a merge would).
    store.db.prepare('INSERT INTO contact_identities (contact_id, channel_id, external_id, handle) VALUES (?, ?, ?, ?)').run(contactId, workspace.alpineX.id, 'x-maria', '@maria');
    const [onX] = store.messages.ingest([inbound(workspace.alpineX.id, 'x-1', 'Hi', 2_000, { externalId: 'x-maria', name: 'Maria Rossi', handle: '@maria' })], 2_000).conversationIds;
    const [stranger] = store.messages.ingest([inbound(workspace.ginoPage.id, 'dm-3', 'Altro cliente', 3_000)], 3_000).conversationIds;

    let now = 10_000;
    const actions = new ConversationActions(store, () => (now += 1_000));
    actions.addNote(messenger!, 'Allergica al glutine');
    actions.setTags(messenger!, ['vip', 'glutine']);
    actions.addNote(onX!, 'Prefers email for invoices');
    actions.setTags(onX!, ['vip']);
    actions.addNote(stranger!, 'Not Maria');
    actions.setTags(stranger!, ['spam']);

    const service = new ConversationService(store);
    const panel = service.customer(onX!);
    expect(panel.tags).toEqual([
      { name: 'vip', conversations: 2 },
      { name: 'glutine', conversations: 1 },
    ]);
    expect(panel.notes.map((note) => [note.text, note.conversationId, note.brandName, note.channelKind])).toEqual([
      ['Prefers email for invoices', onX, 'Alpine Outdoor', 'x'],
      ['Allergica al glutine', messenger, 'Pizzeria Da Gino', 'facebook_page'],
    ]);
    // Seen from the other conversation, the same relationship.
    expect(service.customer(messenger!).notes.map((note) => note.text)).toEqual(['Prefers email for invoices', 'Allergica al glutine']);
  });

  it('reads the customer’s notes and tags through indexes, not by scanning', () => {
    const plan = (sql: string, ...params: unknown[]) =>
      (store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((row) => row.detail).join('\n');
    const notesPlan = plan(contactNotesSql, 1, 50);
    expect(notesPlan).toMatch(/conversations_contact/);
    expect(notesPlan).toMatch(/notes_conversation/);
    const tagsPlan = plan(contactTagsSql, 1);
    expect(tagsPlan).toMatch(/conversations_contact/);
    expect(tagsPlan).toMatch(/conversation_tags_conversation|sqlite_autoindex_conversation_tags/);
  });
});
