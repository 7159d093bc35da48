// SLA alerts and response events. A conversation's clock is identified by its stage and the
// instant it started (the first unanswered customer message), so a policy change moves its due
// time without re-alerting, while a new customer message after a reply starts a new clock.
// `sla_alerted` is how far the alerts of the current clock have gone; the scheduler's next
// wake-up is one indexed lookup of the smallest `sla_next_alert_at`.
import type { Migration } from './migration';

export const slaAlerts: Migration = {
  version: 4,
  name: 'sla alerts',
  up(db) {
    db.exec(`
      ALTER TABLE conversations ADD COLUMN sla_started_at INTEGER;
      ALTER TABLE conversations ADD COLUMN sla_escalate_at INTEGER;
      ALTER TABLE conversations ADD COLUMN sla_alerted TEXT CHECK (sla_alerted IN ('warning', 'breach', 'escalation'));
      ALTER TABLE conversations ADD COLUMN sla_next_alert_at INTEGER GENERATED ALWAYS AS (
        CASE WHEN sla_due_at IS NULL THEN NULL
             WHEN sla_alerted IS NULL THEN sla_warning_at
             WHEN sla_alerted = 'warning' THEN sla_due_at
             WHEN sla_alerted = 'breach' THEN sla_escalate_at
        END) VIRTUAL;
      CREATE INDEX conversations_next_alert ON conversations (sla_next_alert_at) WHERE sla_next_alert_at IS NOT NULL;
      -- At risk = warning time passed; only running clocks have one. Covering: the at-risk and
      -- breached counts read the index alone.
      CREATE INDEX conversations_at_risk ON conversations (sla_warning_at, sla_due_at) WHERE sla_warning_at IS NOT NULL;

      ALTER TABLE sla_policies ADD COLUMN preset TEXT CHECK (preset IN ('very_responsive', 'one_hour', 'same_business_day'));
      -- Warn this long before due instead of at a share of the target.
      ALTER TABLE sla_policies ADD COLUMN warning_lead_ms INTEGER CHECK (warning_lead_ms > 0);
      ALTER TABLE sla_policies ADD COLUMN escalation_delay_ms INTEGER NOT NULL DEFAULT 900000 CHECK (escalation_delay_ms >= 0);

      ALTER TABLE business_calendars ADD COLUMN holiday_preset TEXT CHECK (holiday_preset IN ('IT'));

      -- Unused until now: rebuilt keyed by the clock (stage and start), not by a due time that moves.
      DROP TABLE alert_log;
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
      CREATE INDEX alert_log_fired ON alert_log (fired_at);
      CREATE INDEX alert_log_snoozed ON alert_log (snoozed_until) WHERE snoozed_until IS NOT NULL;

      -- Every response that stopped a clock, for reports (first response time, share within target).
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
      CREATE INDEX sla_response_events_brand ON sla_response_events (brand_id, responded_at);
    `);
  },
};
