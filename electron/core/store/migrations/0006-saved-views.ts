// Saved views: a named set of queue filters ("Da Gino, Instagram, breached"), applied in one click.
// The filters are kept as JSON in the contract's shape, so a new filter needs no new column.
import type { Migration } from './migration';

export const savedViews: Migration = {
  version: 6,
  name: 'saved-views',
  up(db) {
    db.exec(`
      CREATE TABLE saved_views (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
        filter TEXT NOT NULL CHECK (json_valid(filter) AND json_type(filter) = 'object'),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
