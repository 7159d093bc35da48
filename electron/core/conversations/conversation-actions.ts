// What an agent does to a conversation besides replying: close and reopen it, set it pending (the
// ball is in the customer's court), snooze it until a time, mark its priority, tag it, and write
// internal notes. Each is recorded in the audit log. A snoozed conversation wakes at its time
// (SnoozeWaker), and any of them reopens when the customer writes (messages.ts ingest).
import type { ConversationStatus, NoteView } from '../../../shared/contract';
import { CoreError } from '../core-error';
import type { Store } from '../store/store';

/** The console's operator; a named agent comes with the team backend. */
export const operator = 'operator';

export class ConversationActions {
  constructor(
    private readonly store: Store,
    private readonly now: () => number,
  ) {}

  setStatus(id: number, status: ConversationStatus, snoozedUntil?: number): void {
    this.existing(id);
    if (status === 'snoozed' && (snoozedUntil === undefined || snoozedUntil <= this.now())) {
      throw new CoreError('invalid-request', 'A conversation is snoozed until a time in the future.');
    }
    if (status !== 'snoozed' && snoozedUntil !== undefined) throw new CoreError('invalid-request', 'Only a snoozed conversation has a time to wake.');
    this.store.db.transaction(() => {
      this.store.db
        .prepare('UPDATE conversations SET status = ?, snoozed_until = ?, updated_at = ? WHERE id = ?')
        .run(status, status === 'snoozed' ? snoozedUntil : null, this.now(), id);
      this.audit(id, `conversation.${status}`, status === 'snoozed' ? { until: snoozedUntil } : {});
    })();
  }

  setPriority(id: number, priority: number): void {
    this.existing(id);
    this.store.db.transaction(() => {
      this.store.db.prepare('UPDATE conversations SET priority = ?, updated_at = ? WHERE id = ?').run(priority, this.now(), id);
      this.audit(id, 'conversation.priority', { priority });
    })();
  }

  addNote(id: number, text: string): NoteView {
    this.existing(id);
    const at = this.now();
    const noteId = this.store.db
      .prepare('INSERT INTO notes (conversation_id, author, text, created_at) VALUES (?, ?, ?, ?) RETURNING id')
      .pluck()
      .get(id, operator, text, at) as number;
    return { id: noteId, author: operator, text, createdAt: at };
  }

  notes(id: number): NoteView[] {
    return this.store.db.prepare('SELECT id, author, text, created_at AS createdAt FROM notes WHERE conversation_id = ? ORDER BY created_at, id').all(id) as NoteView[];
  }

  /** Replaces the conversation's tags; unknown names become new tags (names compare without case). */
  setTags(id: number, names: readonly string[]): string[] {
    this.existing(id);
    const { db } = this.store;
    db.transaction(() => {
      db.prepare('DELETE FROM conversation_tags WHERE conversation_id = ?').run(id);
      for (const name of new Set(names.map((tag) => tag.trim()).filter(Boolean))) {
        db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING').run(name);
        const tagId = db.prepare('SELECT id FROM tags WHERE name = ?').pluck().get(name) as number;
        db.prepare('INSERT OR IGNORE INTO conversation_tags (conversation_id, tag_id) VALUES (?, ?)').run(id, tagId);
      }
      this.audit(id, 'conversation.tags', { tags: names });
    })();
    return this.tags(id);
  }

  tags(id: number): string[] {
    return this.store.db
      .prepare('SELECT t.name FROM conversation_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.conversation_id = ? ORDER BY t.name COLLATE NOCASE')
      .pluck()
      .all(id) as string[];
  }

  allTags(): string[] {
    return this.store.db.prepare('SELECT name FROM tags ORDER BY name COLLATE NOCASE').pluck().all() as string[];
  }

  /** Snoozed conversations whose time has come are open again; returns them. */
  wakeSnoozed(): number[] {
    const now = this.now();
    return this.store.db.transaction(() => {
      const ids = this.store.db.prepare("SELECT id FROM conversations WHERE status = 'snoozed' AND snoozed_until <= ?").pluck().all(now) as number[];
      for (const id of ids) {
        this.store.db.prepare("UPDATE conversations SET status = 'open', snoozed_until = NULL, updated_at = ? WHERE id = ?").run(now, id);
        this.audit(id, 'conversation.woke', {}, 'sportello');
      }
      return ids;
    })();
  }

  nextWake(): number | null {
    return (this.store.db.prepare("SELECT min(snoozed_until) FROM conversations WHERE status = 'snoozed'").pluck().get() as number | null) ?? null;
  }

  private existing(id: number): void {
    if (!this.store.db.prepare('SELECT 1 FROM conversations WHERE id = ?').get(id)) throw new CoreError('not-found', `There is no conversation ${id}.`);
  }

  private audit(id: number, action: string, details: Record<string, unknown>, actor = operator): void {
    this.store.audit.record({ actor, action, subjectType: 'conversation', subjectId: id, details }, this.now());
  }
}
