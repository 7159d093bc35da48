// Saved replies, per brand or for every brand, and reply drafts kept as the agent types.
import type { SavedReply } from '../../../shared/contract';
import { CoreError } from '../core-error';
import type { Store } from '../store/store';

export class SavedReplies {
  constructor(
    private readonly store: Store,
    private readonly now: () => number,
  ) {}

  list(): SavedReply[] {
    return this.store.db
      .prepare('SELECT id, brand_id AS brandId, title, body FROM saved_replies ORDER BY brand_id IS NOT NULL, brand_id, title COLLATE NOCASE')
      .all() as SavedReply[];
  }

  save(input: Omit<SavedReply, 'id'> & { id?: number }): SavedReply {
    const { db } = this.store;
    if (input.brandId !== null && !db.prepare('SELECT 1 FROM brands WHERE id = ?').get(input.brandId)) throw new CoreError('not-found', `There is no brand ${input.brandId}.`);
    const params = { ...input, now: this.now() };
    if (input.id === undefined) {
      return db
        .prepare('INSERT INTO saved_replies (brand_id, title, body, updated_at) VALUES (@brandId, @title, @body, @now) RETURNING id, brand_id AS brandId, title, body')
        .get(params) as SavedReply;
    }
    const saved = db
      .prepare('UPDATE saved_replies SET brand_id = @brandId, title = @title, body = @body, updated_at = @now WHERE id = @id RETURNING id, brand_id AS brandId, title, body')
      .get(params) as SavedReply | undefined;
    if (!saved) throw new CoreError('not-found', 'That saved reply no longer exists.');
    return saved;
  }

  delete(id: number): void {
    this.store.db.prepare('DELETE FROM saved_replies WHERE id = ?').run(id);
  }

  draft(conversationId: number): string {
    return (this.store.db.prepare('SELECT text FROM drafts WHERE conversation_id = ?').pluck().get(conversationId) as string | undefined) ?? '';
  }

  /** An empty text removes the draft. */
  saveDraft(conversationId: number, text: string): void {
    const { db } = this.store;
    if (!db.prepare('SELECT 1 FROM conversations WHERE id = ?').get(conversationId)) throw new CoreError('not-found', `There is no conversation ${conversationId}.`);
    if (text.trim() === '') db.prepare('DELETE FROM drafts WHERE conversation_id = ?').run(conversationId);
    else
      db.prepare(
        'INSERT INTO drafts (conversation_id, text, updated_at) VALUES (?, ?, ?) ON CONFLICT (conversation_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at',
      ).run(conversationId, text, this.now());
  }
}
