// Saved replies per brand and for every brand, and drafts that survive closing the cache.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SavedReplies } from '../../../electron/core/conversations/saved-replies';
import { openStore } from '../../../electron/core/store/store';
import { capturingLogger, inbound, openTempStore, removeDir, seedWorkspace } from '../store/fixtures';

let store: Awaited<ReturnType<typeof openTempStore>>;
let replies: SavedReplies;
let workspace: ReturnType<typeof seedWorkspace>;

beforeEach(async () => {
  store = await openTempStore();
  workspace = seedWorkspace(store);
  replies = new SavedReplies(store, () => 1_700_000_000_000);
});

afterEach(() => {
  store.close();
  removeDir(store.dataDir);
});

describe('saved replies and drafts', () => {
  it('lists replies for every brand first, then by brand and title; edits and deletes them', () => {
    const general = replies.save({ brandId: null, title: 'Grazie', body: 'Grazie {{first_name}}!' });
    replies.save({ brandId: workspace.outdoor.id, title: 'Returns', body: 'Returns are free within 30 days.' });
    replies.save({ brandId: workspace.pizzeria.id, title: 'Orari', body: 'Siamo aperti dalle 19.' });
    expect(replies.list().map((reply) => reply.title)).toEqual(['Grazie', 'Orari', 'Returns']);
    expect(replies.save({ ...general, body: 'Grazie mille {{first_name}}!' }).body).toBe('Grazie mille {{first_name}}!');
    replies.delete(general.id);
    expect(replies.list().map((reply) => reply.title)).toEqual(['Orari', 'Returns']);
    expect(() => replies.save({ brandId: 999, title: 'x', body: 'y' })).toThrow(/no brand 999/);
    expect(() => replies.save({ id: general.id, brandId: null, title: 'x', body: 'y' })).toThrow(/no longer exists/);
  });

  it('keeps a draft across a restart, and an empty one is removed', async () => {
    const id = store.messages.ingest([inbound(workspace.ginoPage.id, 't1', 'Ciao', 1)], 1).conversationIds[0]!;
    replies.saveDraft(id, 'Buonasera, sì: ');
    store.close();
    const reopened = await openStore({ dataDir: store.dataDir, logger: capturingLogger() });
    const again = new SavedReplies(reopened, () => 2);
    expect(again.draft(id)).toBe('Buonasera, sì: ');
    again.saveDraft(id, '   ');
    expect(again.draft(id)).toBe('');
    store = Object.assign(reopened, { dataDir: store.dataDir, logger: store.logger });
  });
});
