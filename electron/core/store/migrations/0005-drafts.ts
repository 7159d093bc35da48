// Reply drafts, saved as the agent types: a draft survives switching conversations, closing the
// console, a crash and a day offline.
import type { Migration } from './migration';

export const drafts: Migration = {
  version: 5,
  name: 'drafts',
  up(db) {
    db.exec(`
      CREATE TABLE drafts (
        conversation_id INTEGER PRIMARY KEY REFERENCES conversations (id) ON DELETE CASCADE,
        text TEXT NOT NULL CHECK (length(text) > 0),
        updated_at INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
