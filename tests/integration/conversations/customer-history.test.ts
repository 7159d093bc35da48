// The customer panel's data: the same customer's handles and other conversations, newest first.
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
    expect(service.customer(9_999)).toEqual({ handles: [], otherConversations: [] });
  });
});
