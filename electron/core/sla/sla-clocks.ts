// Keeps each conversation's SLA fields (stage, warning and due times) current in the cache, so the
// queue sorts by urgency through its index. Called with the conversations that just changed (new
// messages, a reply delivered, a status change); the arithmetic is shared/sla.
import type Database from 'better-sqlite3';
import type { BusinessCalendar } from '../../../shared/sla/business-time';
import { slaClock, slaPresets, type SlaPolicy } from '../../../shared/sla/clock';
import type { Store } from '../store/store';

interface PolicyRow {
  first_response_ms: number | null;
  next_response_ms: number | null;
  warning_share: number;
  calendar_id: number | null;
}

export class SlaClocks {
  private readonly statements;

  constructor(private readonly store: Store) {
    const { db } = store;
    this.statements = {
      conversation: db.prepare(
        `SELECT c.status, c.brand_id AS brandId, c.priority, ch.kind AS channelKind
         FROM conversations c JOIN channels ch ON ch.id = c.channel_id WHERE c.id = ?`,
      ),
      lastReply: db
        .prepare("SELECT max(created_at) FROM messages WHERE conversation_id = ? AND direction = 'outbound' AND delivery_state = 'sent'")
        .pluck(),
      firstUnanswered: db
        .prepare("SELECT min(created_at) FROM messages WHERE conversation_id = ? AND direction = 'inbound' AND created_at > ?")
        .pluck(),
      // The most specific policy of the brand: channel and priority beat channel, beat brand-wide.
      policy: db.prepare(
        `SELECT first_response_ms, next_response_ms, warning_share, calendar_id FROM sla_policies
         WHERE brand_id = @brandId AND (channel_kind IS NULL OR channel_kind = @channelKind) AND (priority IS NULL OR priority = @priority)
         ORDER BY (channel_kind IS NOT NULL) + (priority IS NOT NULL) DESC, id LIMIT 1`,
      ),
      update: db.prepare('UPDATE conversations SET sla_stage = ?, sla_warning_at = ?, sla_due_at = ? WHERE id = ?'),
    };
  }

  /** A new brand's policy: "1 hour" in calendar time, which the operator can change. */
  addDefaultPolicy(brandId: number, now: number): void {
    const preset = slaPresets.oneHour;
    this.store.db
      .prepare(
        `INSERT INTO sla_policies (brand_id, name, first_response_ms, next_response_ms, warning_share, updated_at)
         VALUES (?, '1 hour', ?, ?, ?, ?)`,
      )
      .run(brandId, preset.firstResponseMs, preset.nextResponseMs, preset.warningShare, now);
  }

  recompute(conversationIds: readonly number[]): void {
    const calendars = new Map<number, BusinessCalendar>();
    this.store.db.transaction(() => {
      for (const id of conversationIds) {
        const conversation = this.statements.conversation.get(id) as
          | { status: 'open' | 'pending' | 'snoozed' | 'closed'; brandId: number; priority: number; channelKind: string }
          | undefined;
        if (!conversation) continue;
        const row = this.statements.policy.get(conversation) as PolicyRow | undefined;
        const lastReplyAt = (this.statements.lastReply.get(id) as number | null) ?? null;
        const firstUnansweredAt = (this.statements.firstUnanswered.get(id, lastReplyAt ?? -1) as number | null) ?? null;
        const clock = row ? slaClock({ status: conversation.status, lastReplyAt, firstUnansweredAt }, this.policyOf(row, calendars)) : null;
        this.statements.update.run(clock?.stage ?? null, clock?.warningAt ?? null, clock?.dueAt ?? null, id);
      }
    })();
  }

  private policyOf(row: PolicyRow, calendars: Map<number, BusinessCalendar>): SlaPolicy {
    let calendar: BusinessCalendar | null = null;
    if (row.calendar_id !== null) {
      calendar = calendars.get(row.calendar_id) ?? loadCalendar(this.store.db, row.calendar_id);
      calendars.set(row.calendar_id, calendar);
    }
    return { firstResponseMs: row.first_response_ms, nextResponseMs: row.next_response_ms, warningShare: row.warning_share, calendar };
  }
}

function loadCalendar(db: Database.Database, calendarId: number): BusinessCalendar {
  const timeZone = db.prepare('SELECT time_zone FROM business_calendars WHERE id = ?').pluck().get(calendarId) as string;
  const week: Array<Array<{ opens: number; closes: number }>> = Array.from({ length: 7 }, () => []);
  const hours = db.prepare('SELECT weekday, opens_minute AS opens, closes_minute AS closes FROM business_hours WHERE calendar_id = ?').all(calendarId) as Array<{
    weekday: number;
    opens: number;
    closes: number;
  }>;
  for (const { weekday, opens, closes } of hours) week[weekday]?.push({ opens, closes });
  const holidays = new Set(db.prepare('SELECT day FROM holidays WHERE calendar_id = ?').pluck().all(calendarId) as string[]);
  return { timeZone, week, holidays };
}
