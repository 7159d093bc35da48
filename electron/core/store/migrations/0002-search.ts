// Full-text search over message text and over contacts' names and handles. unicode61 with
// remove_diacritics 2 folds accents, so "perché" and "perche" are the same word; prefix indexes of
// 2 and 3 characters keep search-as-you-type fast. Triggers keep both indexes in step with their
// tables inside the same transaction, so search never disagrees with the cache.
import type { Migration } from './migration';

export const search: Migration = {
  version: 2,
  name: 'full-text search',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE message_search USING fts5 (
        text,
        content = 'messages',
        content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );
      CREATE TRIGGER messages_search_insert AFTER INSERT ON messages BEGIN
        INSERT INTO message_search (rowid, text) VALUES (new.id, new.text);
      END;
      CREATE TRIGGER messages_search_delete AFTER DELETE ON messages BEGIN
        INSERT INTO message_search (message_search, rowid, text) VALUES ('delete', old.id, old.text);
      END;
      CREATE TRIGGER messages_search_update AFTER UPDATE OF text ON messages BEGIN
        INSERT INTO message_search (message_search, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO message_search (rowid, text) VALUES (new.id, new.text);
      END;
      INSERT INTO message_search (message_search) VALUES ('rebuild');

      -- One row per contact (rowid = contact id): the name and every handle the customer uses.
      CREATE VIRTUAL TABLE contact_search USING fts5 (
        name,
        handles,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );
      CREATE TRIGGER contacts_search_insert AFTER INSERT ON contacts BEGIN
        INSERT INTO contact_search (rowid, name, handles) VALUES (new.id, new.display_name, '');
      END;
      CREATE TRIGGER contacts_search_update AFTER UPDATE OF display_name ON contacts BEGIN
        UPDATE contact_search SET name = new.display_name WHERE rowid = new.id;
      END;
      CREATE TRIGGER contacts_search_delete AFTER DELETE ON contacts BEGIN
        DELETE FROM contact_search WHERE rowid = old.id;
      END;
      CREATE TRIGGER contact_identities_search_insert AFTER INSERT ON contact_identities BEGIN
        UPDATE contact_search SET handles = (
          SELECT group_concat(handle, ' ') FROM contact_identities WHERE contact_id = new.contact_id
        ) WHERE rowid = new.contact_id;
      END;
      CREATE TRIGGER contact_identities_search_update AFTER UPDATE OF handle, contact_id ON contact_identities BEGIN
        UPDATE contact_search SET handles = (
          SELECT group_concat(handle, ' ') FROM contact_identities WHERE contact_id = old.contact_id
        ) WHERE rowid = old.contact_id;
        UPDATE contact_search SET handles = (
          SELECT group_concat(handle, ' ') FROM contact_identities WHERE contact_id = new.contact_id
        ) WHERE rowid = new.contact_id;
      END;
      CREATE TRIGGER contact_identities_search_delete AFTER DELETE ON contact_identities BEGIN
        UPDATE contact_search SET handles = (
          SELECT group_concat(handle, ' ') FROM contact_identities WHERE contact_id = old.contact_id
        ) WHERE rowid = old.contact_id;
      END;
      INSERT INTO contact_search (rowid, name, handles)
        SELECT c.id, c.display_name, coalesce((SELECT group_concat(handle, ' ') FROM contact_identities i WHERE i.contact_id = c.id), '')
        FROM contacts c;
    `);
  },
};
