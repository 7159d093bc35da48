// Core refuses a reply its platform would refuse, counted the platform's way (the composer holds
// it back first; this is the guard behind it): X's weighted 280, Instagram DMs' 1000, a comment's
// own limit, and a private reply to a comment, which is a DM.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConversationService } from '../../../electron/core/conversations/conversation-service';
import { inbound, openTempStore, removeDir, seedWorkspace } from '../store/fixtures';

let store: Awaited<ReturnType<typeof openTempStore>>;

beforeEach(async () => {
  store = await openTempStore();
});

afterEach(() => {
  store.close();
  removeDir(store.dataDir);
});

describe('reply limits in core', () => {
  it('counts an X reply as X does: 280 weighted, emoji as 2, a URL as 23', () => {
    const workspace = seedWorkspace(store);
    const now = Date.now();
    const [id] = store.messages.ingest([inbound(workspace.alpineX.id, 'x-dm', 'Where is my order?', now - 60_000)], now).conversationIds;
    const service = new ConversationService(store, () => now);
    expect(service.reply({ conversationId: id!, text: 'a'.repeat(280) }).outboxId).toBeGreaterThan(0);
    expect(() => service.reply({ conversationId: id!, text: 'a'.repeat(281) })).toThrow(/281 characters; the platform allows at most 280/);
    expect(() => service.reply({ conversationId: id!, text: '👍'.repeat(141) })).toThrow(/282 characters/);
    // 256 letters and a very long link: 256 + 1 + 23 = 280.
    expect(service.reply({ conversationId: id!, text: `${'a'.repeat(256)} https://alpine.example/orders/${'x'.repeat(200)}` }).outboxId).toBeGreaterThan(0);
  });

  it('holds an Instagram DM to 1000 and a private reply to a comment to the DM limit', () => {
    const workspace = seedWorkspace(store);
    const now = Date.now();
    const [dm] = store.messages.ingest([inbound(workspace.ginoInstagram.id, 'ig-dm', 'Ciao', now - 60_000)], now).conversationIds;
    const comment = inbound(workspace.ginoPage.id, 'fb-comment', 'Bella pizza!', now - 60_000);
    comment.conversation.kind = 'comments';
    comment.message.visibility = 'public';
    const [thread] = store.messages.ingest([comment], now).conversationIds;
    const service = new ConversationService(store, () => now);
    expect(() => service.reply({ conversationId: dm!, text: 'a'.repeat(1001) })).toThrow(/at most 1000/);
    expect(service.reply({ conversationId: dm!, text: 'a'.repeat(1000) }).outboxId).toBeGreaterThan(0);
    // Public on Facebook: 8000. Private (a Messenger message): 2000.
    expect(service.reply({ conversationId: thread!, text: 'a'.repeat(2500) }).outboxId).toBeGreaterThan(0);
    expect(() => service.reply({ conversationId: thread!, text: 'a'.repeat(2500), privately: true })).toThrow(/at most 2000/);
  });
});
