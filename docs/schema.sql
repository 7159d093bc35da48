CREATE INDEX alert_log_fired ON alert_log (fired_at);

CREATE INDEX alert_log_snoozed ON alert_log (snoozed_until) WHERE snoozed_until IS NOT NULL;

CREATE INDEX audit_log_subject ON audit_log (subject_type, subject_id, at);

CREATE INDEX channels_brand ON channels (brand_id);

CREATE INDEX contact_identities_contact ON contact_identities (contact_id);

CREATE INDEX conversation_tags_conversation ON conversation_tags (conversation_id);

CREATE INDEX conversations_at_risk ON conversations (sla_warning_at, sla_due_at) WHERE sla_warning_at IS NOT NULL;

CREATE INDEX conversations_brand_queue ON conversations (brand_id, status, sla_sort_key);

CREATE INDEX conversations_channel_queue ON conversations (channel_id, status, sla_sort_key);

CREATE INDEX conversations_contact ON conversations (contact_id, last_message_at);

CREATE INDEX conversations_my_queue ON conversations (assignee, status, sla_sort_key);

CREATE INDEX conversations_next_alert ON conversations (sla_next_alert_at) WHERE sla_next_alert_at IS NOT NULL;

CREATE INDEX conversations_queue ON conversations (status, sla_sort_key);

CREATE INDEX messages_thread ON messages (conversation_id, created_at);

CREATE INDEX notes_conversation ON notes (conversation_id, created_at);

CREATE INDEX outbox_conversation ON outbox (conversation_id, id);

CREATE INDEX outbox_pending ON outbox (state, next_attempt_at);

CREATE INDEX saved_replies_brand ON saved_replies (brand_id);

CREATE INDEX sla_policies_brand ON sla_policies (brand_id);

CREATE INDEX sla_response_events_brand ON sla_response_events (brand_id, responded_at);

CREATE TABLE accounts (
        id INTEGER PRIMARY KEY,
        platform TEXT NOT NULL CHECK (platform IN ('meta', 'x', 'helpdesk', 'email')),
        external_id TEXT NOT NULL,
        display_name TEXT NOT NULL,
        base_url TEXT,
        role TEXT NOT NULL DEFAULT 'agent' CHECK (role IN ('agent', 'supervisor')),
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'needs_reauth', 'disabled')),
        created_at INTEGER NOT NULL,
        UNIQUE (platform, external_id)
      ) STRICT;

CREATE TABLE alert_log (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        sla_stage TEXT NOT NULL CHECK (sla_stage IN ('first_response', 'next_response')),
        started_at INTEGER NOT NULL,
        level TEXT NOT NULL CHECK (level IN ('warning', 'breach', 'escalation')),
        due_at INTEGER NOT NULL,
        fired_at INTEGER NOT NULL,
        -- What the operator was shown: a notification, or why not.
        delivery TEXT NOT NULL CHECK (delivery IN ('notified', 'on_screen', 'quiet_hours', 'snoozed', 'other_role')),
        snoozed_until INTEGER,
        UNIQUE (conversation_id, sla_stage, started_at, level)
      ) STRICT;

CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        subject_type TEXT NOT NULL,
        subject_id INTEGER,
        details TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details))
      ) STRICT;

CREATE TABLE brands (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        color TEXT NOT NULL DEFAULT '#4f46e5' CHECK (color GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'),
        time_zone TEXT NOT NULL DEFAULT 'Europe/Rome',
        tone_notes TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        archived_at INTEGER
      ) STRICT;

CREATE TABLE business_calendars (
        id INTEGER PRIMARY KEY,
        brand_id INTEGER NOT NULL REFERENCES brands (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        time_zone TEXT NOT NULL
      , holiday_preset TEXT CHECK (holiday_preset IN ('IT'))) STRICT;

CREATE TABLE business_hours (
        calendar_id INTEGER NOT NULL REFERENCES business_calendars (id) ON DELETE CASCADE,
        weekday INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6), -- 0 = Monday
        opens_minute INTEGER NOT NULL CHECK (opens_minute BETWEEN 0 AND 1439),
        closes_minute INTEGER NOT NULL CHECK (closes_minute BETWEEN 1 AND 1440),
        CHECK (closes_minute > opens_minute),
        PRIMARY KEY (calendar_id, weekday, opens_minute)
      ) STRICT, WITHOUT ROWID;

CREATE TABLE channels (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        brand_id INTEGER NOT NULL REFERENCES brands (id),
        kind TEXT NOT NULL CHECK (kind IN ('facebook_page', 'instagram', 'x', 'helpdesk', 'email')),
        external_id TEXT NOT NULL,
        name TEXT NOT NULL,
        handle TEXT,
        UNIQUE (account_id, external_id)
      ) STRICT;

CREATE TABLE contact_identities (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        channel_id INTEGER NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
        external_id TEXT NOT NULL,
        handle TEXT,
        UNIQUE (channel_id, external_id)
      ) STRICT;

CREATE VIRTUAL TABLE contact_search USING fts5 (
        name,
        handles,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );

CREATE TABLE 'contact_search_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'contact_search_content'(id INTEGER PRIMARY KEY, c0, c1);

CREATE TABLE 'contact_search_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'contact_search_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'contact_search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE TABLE contacts (
        id INTEGER PRIMARY KEY,
        display_name TEXT NOT NULL,
        first_name TEXT,
        created_at INTEGER NOT NULL
      ) STRICT;

CREATE TABLE conversation_tags (
        conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
        PRIMARY KEY (tag_id, conversation_id)
      ) STRICT, WITHOUT ROWID;

CREATE TABLE conversations (
        id INTEGER PRIMARY KEY,
        channel_id INTEGER NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
        -- Copied from the channel so the per-brand queue is one index range.
        brand_id INTEGER NOT NULL REFERENCES brands (id),
        contact_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
        external_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('dm', 'comments')),
        subject TEXT,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'pending', 'snoozed', 'closed')),
        assignee TEXT,
        priority INTEGER NOT NULL DEFAULT 0 CHECK (priority BETWEEN 0 AND 3),
        unread_count INTEGER NOT NULL DEFAULT 0 CHECK (unread_count >= 0),
        last_message_at INTEGER,
        last_inbound_at INTEGER,
        snoozed_until INTEGER,
        window_expires_at INTEGER,
        sla_stage TEXT CHECK (sla_stage IN ('first_response', 'next_response', 'resolution')),
        sla_warning_at INTEGER,
        sla_due_at INTEGER,
        -- The queue's sort key: due time, with "no clock running" after every due time. An indexed
        -- expression instead of ORDER BY ... NULLS LAST, which no index can serve.
        sla_sort_key INTEGER GENERATED ALWAYS AS (coalesce(sla_due_at, 9007199254740991)) VIRTUAL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL, answered_elsewhere_at INTEGER, sla_started_at INTEGER, sla_escalate_at INTEGER, sla_alerted TEXT CHECK (sla_alerted IN ('warning', 'breach', 'escalation')), sla_next_alert_at INTEGER GENERATED ALWAYS AS (
        CASE WHEN sla_due_at IS NULL THEN NULL
             WHEN sla_alerted IS NULL THEN sla_warning_at
             WHEN sla_alerted = 'warning' THEN sla_due_at
             WHEN sla_alerted = 'breach' THEN sla_escalate_at
        END) VIRTUAL,
        UNIQUE (channel_id, external_id),
        CHECK (sla_due_at IS NULL OR sla_stage IS NOT NULL)
      ) STRICT;

CREATE TABLE drafts (
        conversation_id INTEGER PRIMARY KEY REFERENCES conversations (id) ON DELETE CASCADE,
        text TEXT NOT NULL CHECK (length(text) > 0),
        updated_at INTEGER NOT NULL
      ) STRICT;

CREATE TABLE holidays (
        calendar_id INTEGER NOT NULL REFERENCES business_calendars (id) ON DELETE CASCADE,
        day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        name TEXT NOT NULL,
        PRIMARY KEY (calendar_id, day)
      ) STRICT, WITHOUT ROWID;

CREATE VIRTUAL TABLE message_search USING fts5 (
        text,
        content = 'messages',
        content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );

CREATE TABLE 'message_search_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'message_search_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'message_search_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'message_search_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE TABLE messages (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        -- Null for an outbound message until the platform has acknowledged it.
        external_id TEXT,
        parent_external_id TEXT,
        direction TEXT NOT NULL CHECK (direction IN ('inbound', 'outbound')),
        visibility TEXT NOT NULL CHECK (visibility IN ('public', 'private')),
        author_name TEXT NOT NULL,
        author_external_id TEXT,
        text TEXT NOT NULL DEFAULT '',
        -- Metadata only (type, name, size, remote URL): content is fetched when the user asks.
        attachments TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(attachments)),
        created_at INTEGER NOT NULL,
        delivered_at INTEGER,
        delivery_state TEXT NOT NULL DEFAULT 'received'
          CHECK (delivery_state IN ('received', 'queued', 'sending', 'sent', 'failed', 'unknown')),
        failure_reason TEXT,
        UNIQUE (conversation_id, external_id)
      ) STRICT;

CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        author TEXT NOT NULL,
        text TEXT NOT NULL CHECK (length(text) > 0),
        created_at INTEGER NOT NULL
      ) STRICT;

CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE RESTRICT,
        message_id INTEGER REFERENCES messages (id) ON DELETE SET NULL,
        operation TEXT NOT NULL CHECK (operation IN ('reply', 'private_reply', 'note', 'status')),
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        state TEXT NOT NULL DEFAULT 'queued'
          CHECK (state IN ('queued', 'sending', 'sent', 'retry', 'failed', 'unknown', 'cancelled')),
        idempotency_key TEXT NOT NULL UNIQUE,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER,
        platform_id TEXT,
        failure_reason TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;

CREATE TABLE recovered_replies (
        id INTEGER PRIMARY KEY,
        recovered_at INTEGER NOT NULL,
        source_file TEXT NOT NULL,
        channel_external_id TEXT,
        conversation_external_id TEXT,
        operation TEXT NOT NULL,
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        created_at INTEGER NOT NULL
      ) STRICT;

CREATE TABLE saved_replies (
        id INTEGER PRIMARY KEY,
        brand_id INTEGER REFERENCES brands (id) ON DELETE CASCADE, -- null: every brand
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        language TEXT,
        updated_at INTEGER NOT NULL
      ) STRICT;

CREATE TABLE saved_views (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
        filter TEXT NOT NULL CHECK (json_valid(filter) AND json_type(filter) = 'object'),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;

CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value))
      ) STRICT, WITHOUT ROWID;

CREATE TABLE sla_policies (
        id INTEGER PRIMARY KEY,
        brand_id INTEGER NOT NULL REFERENCES brands (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        channel_kind TEXT CHECK (channel_kind IN ('facebook_page', 'instagram', 'x', 'helpdesk', 'email')),
        priority INTEGER CHECK (priority BETWEEN 0 AND 3),
        first_response_ms INTEGER CHECK (first_response_ms > 0),
        next_response_ms INTEGER CHECK (next_response_ms > 0),
        resolution_ms INTEGER CHECK (resolution_ms > 0),
        calendar_id INTEGER REFERENCES business_calendars (id) ON DELETE SET NULL, -- null: calendar time
        warning_share REAL NOT NULL DEFAULT 0.75 CHECK (warning_share > 0 AND warning_share < 1),
        updated_at INTEGER NOT NULL
      , preset TEXT CHECK (preset IN ('very_responsive', 'one_hour', 'same_business_day')), warning_lead_ms INTEGER CHECK (warning_lead_ms > 0), escalation_delay_ms INTEGER NOT NULL DEFAULT 900000 CHECK (escalation_delay_ms >= 0)) STRICT;

CREATE TABLE sla_response_events (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        brand_id INTEGER NOT NULL REFERENCES brands (id) ON DELETE CASCADE,
        sla_stage TEXT NOT NULL CHECK (sla_stage IN ('first_response', 'next_response')),
        started_at INTEGER NOT NULL,
        responded_at INTEGER NOT NULL,
        due_at INTEGER, -- null: no target for this stage
        UNIQUE (conversation_id, sla_stage, started_at)
      ) STRICT;

CREATE TABLE sync_cursors (
        account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        stream TEXT NOT NULL, -- e.g. "page:123/conversations", "ig:456/comments"
        cursor TEXT,
        watermark INTEGER,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (account_id, stream)
      ) STRICT, WITHOUT ROWID;

CREATE TABLE tags (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE
      ) STRICT;

CREATE TRIGGER contact_identities_search_delete AFTER DELETE ON contact_identities BEGIN
        UPDATE contact_search SET handles = (
          SELECT group_concat(handle, ' ') FROM contact_identities WHERE contact_id = old.contact_id
        ) WHERE rowid = old.contact_id;
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

CREATE TRIGGER contacts_search_delete AFTER DELETE ON contacts BEGIN
        DELETE FROM contact_search WHERE rowid = old.id;
      END;

CREATE TRIGGER contacts_search_insert AFTER INSERT ON contacts BEGIN
        INSERT INTO contact_search (rowid, name, handles) VALUES (new.id, new.display_name, '');
      END;

CREATE TRIGGER contacts_search_update AFTER UPDATE OF display_name ON contacts BEGIN
        UPDATE contact_search SET name = new.display_name WHERE rowid = new.id;
      END;

CREATE TRIGGER messages_search_delete AFTER DELETE ON messages BEGIN
        INSERT INTO message_search (message_search, rowid, text) VALUES ('delete', old.id, old.text);
      END;

CREATE TRIGGER messages_search_insert AFTER INSERT ON messages BEGIN
        INSERT INTO message_search (rowid, text) VALUES (new.id, new.text);
      END;

CREATE TRIGGER messages_search_update AFTER UPDATE OF text ON messages BEGIN
        INSERT INTO message_search (message_search, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO message_search (rowid, text) VALUES (new.id, new.text);
      END;
