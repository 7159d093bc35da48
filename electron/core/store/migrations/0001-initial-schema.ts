// The local cache's first schema. Conventions (see docs/architecture.md, "Local store"):
// STRICT tables; times are UTC epoch milliseconds; platform ids are TEXT and scoped by the row that
// owns them (a channel, a conversation); secrets are never stored here (they live in the keychain).
import type { Migration } from './migration';

export const initialSchema: Migration = {
  version: 1,
  name: 'initial schema',
  up(db) {
    db.exec(`
      -- A client brand of a freelancer, or one of a company's brands: each has its own SLA, hours,
      -- tone and saved replies.
      CREATE TABLE brands (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        color TEXT NOT NULL DEFAULT '#4f46e5' CHECK (color GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'),
        time_zone TEXT NOT NULL DEFAULT 'Europe/Rome',
        tone_notes TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        archived_at INTEGER
      ) STRICT;

      -- A login to a platform (a Meta user or Page token, an X account, a helpdesk). Its token is in
      -- the OS keychain under the key "account:<id>".
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

      -- Where conversations happen: a Facebook Page, an Instagram account, an X account, a mailbox.
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
      CREATE INDEX channels_brand ON channels (brand_id);

      -- A customer. One contact can have identities on several channels and brands.
      CREATE TABLE contacts (
        id INTEGER PRIMARY KEY,
        display_name TEXT NOT NULL,
        first_name TEXT,
        created_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE contact_identities (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        channel_id INTEGER NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
        external_id TEXT NOT NULL,
        handle TEXT,
        UNIQUE (channel_id, external_id)
      ) STRICT;
      CREATE INDEX contact_identities_contact ON contact_identities (contact_id);

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
        updated_at INTEGER NOT NULL,
        UNIQUE (channel_id, external_id),
        CHECK (sla_due_at IS NULL OR sla_stage IS NOT NULL)
      ) STRICT;
      -- The hot queries: the whole queue by urgency (a solo workspace), my queue by urgency (a team),
      -- a brand's queue (freelancers, supervisors), a channel's queue, a customer's conversations.
      CREATE INDEX conversations_queue ON conversations (status, sla_sort_key);
      CREATE INDEX conversations_my_queue ON conversations (assignee, status, sla_sort_key);
      CREATE INDEX conversations_brand_queue ON conversations (brand_id, status, sla_sort_key);
      CREATE INDEX conversations_channel_queue ON conversations (channel_id, status, sla_sort_key);
      CREATE INDEX conversations_contact ON conversations (contact_id, last_message_at);

      CREATE TABLE tags (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE
      ) STRICT;

      CREATE TABLE conversation_tags (
        conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
        PRIMARY KEY (tag_id, conversation_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX conversation_tags_conversation ON conversation_tags (conversation_id);

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
      CREATE INDEX messages_thread ON messages (conversation_id, created_at);

      CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        author TEXT NOT NULL,
        text TEXT NOT NULL CHECK (length(text) > 0),
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX notes_conversation ON notes (conversation_id, created_at);

      CREATE TABLE saved_replies (
        id INTEGER PRIMARY KEY,
        brand_id INTEGER REFERENCES brands (id) ON DELETE CASCADE, -- null: every brand
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        language TEXT,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX saved_replies_brand ON saved_replies (brand_id);

      -- Business hours: a calendar per brand with weekly opening intervals (several per day for
      -- split shifts) and holidays, interpreted in the calendar's time zone.
      CREATE TABLE business_calendars (
        id INTEGER PRIMARY KEY,
        brand_id INTEGER NOT NULL REFERENCES brands (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        time_zone TEXT NOT NULL
      ) STRICT;

      CREATE TABLE business_hours (
        calendar_id INTEGER NOT NULL REFERENCES business_calendars (id) ON DELETE CASCADE,
        weekday INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6), -- 0 = Monday
        opens_minute INTEGER NOT NULL CHECK (opens_minute BETWEEN 0 AND 1439),
        closes_minute INTEGER NOT NULL CHECK (closes_minute BETWEEN 1 AND 1440),
        CHECK (closes_minute > opens_minute),
        PRIMARY KEY (calendar_id, weekday, opens_minute)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE holidays (
        calendar_id INTEGER NOT NULL REFERENCES business_calendars (id) ON DELETE CASCADE,
        day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        name TEXT NOT NULL,
        PRIMARY KEY (calendar_id, day)
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
      ) STRICT;
      CREATE INDEX sla_policies_brand ON sla_policies (brand_id);

      -- Every reply, note or status change an agent makes, in the same transaction as its local
      -- effect. RESTRICT, not CASCADE: removing a conversation must never silently drop a reply.
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
      CREATE INDEX outbox_pending ON outbox (state, next_attempt_at);
      CREATE INDEX outbox_conversation ON outbox (conversation_id, id);

      CREATE TABLE sync_cursors (
        account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        stream TEXT NOT NULL, -- e.g. "page:123/conversations", "ig:456/comments"
        cursor TEXT,
        watermark INTEGER,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (account_id, stream)
      ) STRICT, WITHOUT ROWID;

      -- What the SLA scheduler fired, so a restart never fires the same alert twice.
      CREATE TABLE alert_log (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        sla_stage TEXT NOT NULL,
        level TEXT NOT NULL CHECK (level IN ('warning', 'breach', 'escalation')),
        due_at INTEGER NOT NULL,
        fired_at INTEGER NOT NULL,
        snoozed_until INTEGER,
        UNIQUE (conversation_id, sla_stage, level, due_at)
      ) STRICT;
      CREATE INDEX alert_log_fired ON alert_log (fired_at);

      -- Workspace settings that belong with the data (the UI's own preferences are in settings.json,
      -- which must stay readable even when this database is not).
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value))
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        subject_type TEXT NOT NULL,
        subject_id INTEGER,
        details TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details))
      ) STRICT;
      CREATE INDEX audit_log_subject ON audit_log (subject_type, subject_id, at);

      -- Unsent replies rescued from a damaged database: kept until the agent re-sends or discards
      -- them once their conversations are back (no foreign keys: those rows do not exist yet).
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
    `);
  },
};
