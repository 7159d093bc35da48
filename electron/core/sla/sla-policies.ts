// Response-time policies and business hours, per brand. A brand always has a brand-wide policy
// (new brands get "1 hour"); narrower ones, by channel and/or priority, win where they apply.
// One calendar of business hours per brand serves every policy of the brand that counts in them.
import type Database from 'better-sqlite3';
import type { BusinessHours, SlaPolicyInput, SlaPolicyView } from '../../../shared/contract';
import { italianHolidays, type BusinessCalendar, type OpeningInterval } from '../../../shared/sla/business-time';
import { defaultEscalationDelayMs, minute, slaPresets, type SlaPolicy, type SlaPresetId } from '../../../shared/sla/clock';
import { CoreError } from '../core-error';
import type { Store } from '../store/store';

interface PolicyRow {
  id: number;
  brand_id: number;
  channel_kind: SlaPolicyView['channelKind'];
  priority: number | null;
  preset: SlaPresetId | null;
  first_response_ms: number | null;
  next_response_ms: number | null;
  warning_share: number;
  warning_lead_ms: number | null;
  escalation_delay_ms: number;
  calendar_id: number | null;
}

/** The office hours a brand starts with: Monday to Friday 9:00–13:00 and 14:00–18:00. */
const officeHours: OpeningInterval[][] = [
  ...Array.from({ length: 5 }, () => [
    { opens: 9 * 60, closes: 13 * 60 },
    { opens: 14 * 60, closes: 18 * 60 },
  ]),
  [],
  [],
];

/** Holidays from presets are laid out this many years either side of now. */
const presetHolidayYears = 2;

export class SlaPolicies {
  constructor(
    private readonly store: Store,
    private readonly now: () => number = Date.now,
  ) {}

  private get db(): Database.Database {
    return this.store.db;
  }

  list(): { brands: Array<{ id: number; name: string; color: string }>; policies: SlaPolicyView[]; businessHours: BusinessHours[] } {
    const brands = this.store.brands.list().map(({ id, name, color }) => ({ id, name, color }));
    const rows = this.db.prepare('SELECT * FROM sla_policies ORDER BY brand_id, channel_kind IS NOT NULL, channel_kind, priority IS NOT NULL, priority').all() as PolicyRow[];
    // Every brand's hours, the office-hours default where none were saved yet, so they can be set first.
    const businessHours = brands.map(({ id }) => this.businessHours(id) ?? defaultBusinessHours(id));
    return { brands, policies: rows.map(toView), businessHours };
  }

  /** A new brand's policy: "1 hour" in calendar time, which the operator can change. */
  addDefaultPolicy(brandId: number): void {
    this.save({
      brandId,
      channelKind: null,
      priority: null,
      preset: 'one_hour',
      ...presetTargets('one_hour'),
      escalationDelayMinutes: defaultEscalationDelayMs / minute,
      businessHours: false,
    });
  }

  save(input: SlaPolicyInput): SlaPolicyView {
    if (!this.db.prepare('SELECT 1 FROM brands WHERE id = ?').get(input.brandId)) throw new CoreError('not-found', `There is no brand ${input.brandId}.`);
    const clash = this.db
      .prepare('SELECT id FROM sla_policies WHERE brand_id = ? AND channel_kind IS ? AND priority IS ? AND id IS NOT ?')
      .pluck()
      .get(input.brandId, input.channelKind, input.priority, input.id ?? null) as number | undefined;
    if (clash !== undefined) throw new CoreError('invalid-request', 'This brand already has a policy for that channel and priority; edit that one.');
    return this.db.transaction(() => {
      const calendarId = input.businessHours ? this.calendarOf(input.brandId) : null;
      const row = {
        id: input.id ?? null,
        brandId: input.brandId,
        name: input.preset ?? 'custom',
        channelKind: input.channelKind,
        priority: input.priority,
        preset: input.preset,
        first: input.firstResponseMinutes === null ? null : input.firstResponseMinutes * minute,
        next: input.nextResponseMinutes === null ? null : input.nextResponseMinutes * minute,
        share: 'share' in input.warning ? input.warning.share : 0.75,
        lead: 'leadMinutes' in input.warning ? input.warning.leadMinutes * minute : null,
        escalation: input.escalationDelayMinutes * minute,
        calendarId,
        now: this.now(),
      };
      if (input.id === undefined) {
        const id = this.db
          .prepare(
            `INSERT INTO sla_policies (brand_id, name, channel_kind, priority, preset, first_response_ms, next_response_ms, warning_share,
               warning_lead_ms, escalation_delay_ms, calendar_id, updated_at)
             VALUES (@brandId, @name, @channelKind, @priority, @preset, @first, @next, @share, @lead, @escalation, @calendarId, @now) RETURNING id`,
          )
          .pluck()
          .get(row) as number;
        return toView(this.row(id)!);
      }
      const existing = this.row(input.id);
      if (!existing || existing.brand_id !== input.brandId) throw new CoreError('not-found', 'That policy no longer exists.');
      if (isBrandWide(existing) && (input.channelKind !== null || input.priority !== null)) {
        throw new CoreError('invalid-request', 'The brand-wide policy cannot be narrowed; add a policy for the channel or priority instead.');
      }
      this.db
        .prepare(
          `UPDATE sla_policies SET name = @name, channel_kind = @channelKind, priority = @priority, preset = @preset, first_response_ms = @first,
             next_response_ms = @next, warning_share = @share, warning_lead_ms = @lead, escalation_delay_ms = @escalation,
             calendar_id = @calendarId, updated_at = @now WHERE id = @id`,
        )
        .run(row);
      return toView(this.row(input.id)!);
    })();
  }

  /** Removes a narrower policy; returns its brand. The brand-wide one stays. */
  delete(id: number): number {
    const row = this.row(id);
    if (!row) throw new CoreError('not-found', 'That policy no longer exists.');
    if (isBrandWide(row)) throw new CoreError('invalid-request', 'Every brand keeps a brand-wide policy; change it instead of deleting it.');
    this.db.prepare('DELETE FROM sla_policies WHERE id = ?').run(id);
    return row.brand_id;
  }

  businessHours(brandId: number): BusinessHours | null {
    const calendar = this.db.prepare('SELECT id, time_zone AS timeZone, holiday_preset AS holidayPreset FROM business_calendars WHERE brand_id = ?').get(brandId) as
      | { id: number; timeZone: string; holidayPreset: 'IT' | null }
      | undefined;
    if (!calendar) return null;
    const { week, holidays } = this.calendarDays(calendar.id);
    return { brandId, timeZone: calendar.timeZone, week, holidayPreset: calendar.holidayPreset, holidays };
  }

  saveBusinessHours(hours: BusinessHours): BusinessHours {
    if (!this.db.prepare('SELECT 1 FROM brands WHERE id = ?').get(hours.brandId)) throw new CoreError('not-found', `There is no brand ${hours.brandId}.`);
    for (const day of hours.week) {
      const sorted = [...day].sort((a, b) => a.opens - b.opens);
      if (sorted.some((interval, index) => index > 0 && interval.opens < sorted[index - 1]!.closes)) {
        throw new CoreError('invalid-request', 'Opening intervals of one day must not overlap.');
      }
    }
    this.db.transaction(() => {
      const id = this.calendarOf(hours.brandId);
      this.db.prepare('UPDATE business_calendars SET time_zone = ?, holiday_preset = ? WHERE id = ?').run(hours.timeZone, hours.holidayPreset, id);
      this.writeDays(id, hours.week, hours.holidays);
    })();
    return this.businessHours(hours.brandId)!;
  }

  /** The policy that applies to a conversation: channel and priority beat channel, beat brand-wide. */
  policyFor(brandId: number, channelKind: string, priority: number): SlaPolicy | null {
    const row = this.db
      .prepare(
        `SELECT * FROM sla_policies
         WHERE brand_id = ? AND (channel_kind IS NULL OR channel_kind = ?) AND (priority IS NULL OR priority = ?)
         ORDER BY (channel_kind IS NOT NULL) + (priority IS NOT NULL) DESC, channel_kind IS NOT NULL DESC, id LIMIT 1`,
      )
      .get(brandId, channelKind, priority) as PolicyRow | undefined;
    if (!row) return null;
    return {
      firstResponseMs: row.first_response_ms,
      nextResponseMs: row.next_response_ms,
      warningShare: row.warning_share,
      warningLeadMs: row.warning_lead_ms,
      escalationDelayMs: row.escalation_delay_ms,
      calendar: row.calendar_id === null ? null : this.calendar(row.calendar_id),
    };
  }

  calendar(calendarId: number): BusinessCalendar {
    const { timeZone, holidayPreset } = this.db.prepare('SELECT time_zone AS timeZone, holiday_preset AS holidayPreset FROM business_calendars WHERE id = ?').get(calendarId) as {
      timeZone: string;
      holidayPreset: 'IT' | null;
    };
    const { week, holidays } = this.calendarDays(calendarId);
    const all = new Set(holidays);
    if (holidayPreset === 'IT') {
      const year = new Date(this.now()).getUTCFullYear();
      for (let y = year - presetHolidayYears; y <= year + presetHolidayYears; y += 1) for (const day of italianHolidays(y)) all.add(day);
    }
    return { timeZone, week, holidays: all };
  }

  private row(id: number): PolicyRow | undefined {
    return this.db.prepare('SELECT * FROM sla_policies WHERE id = ?').get(id) as PolicyRow | undefined;
  }

  /** The brand's calendar, created with the default hours if it has none. */
  private calendarOf(brandId: number): number {
    const existing = this.db.prepare('SELECT id FROM business_calendars WHERE brand_id = ?').pluck().get(brandId) as number | undefined;
    if (existing !== undefined) return existing;
    const hours = defaultBusinessHours(brandId);
    const id = this.db
      .prepare("INSERT INTO business_calendars (brand_id, name, time_zone, holiday_preset) VALUES (?, 'Business hours', ?, ?) RETURNING id")
      .pluck()
      .get(brandId, hours.timeZone, hours.holidayPreset) as number;
    this.writeDays(id, hours.week, hours.holidays);
    return id;
  }

  private writeDays(calendarId: number, week: ReadonlyArray<ReadonlyArray<OpeningInterval>>, holidays: readonly string[]): void {
    this.db.prepare('DELETE FROM business_hours WHERE calendar_id = ?').run(calendarId);
    this.db.prepare('DELETE FROM holidays WHERE calendar_id = ?').run(calendarId);
    const addHours = this.db.prepare('INSERT INTO business_hours (calendar_id, weekday, opens_minute, closes_minute) VALUES (?, ?, ?, ?)');
    week.forEach((day, weekday) => day.forEach(({ opens, closes }) => addHours.run(calendarId, weekday, opens, closes)));
    const addHoliday = this.db.prepare("INSERT OR IGNORE INTO holidays (calendar_id, day, name) VALUES (?, ?, '')");
    for (const day of holidays) addHoliday.run(calendarId, day);
  }

  private calendarDays(calendarId: number): { week: OpeningInterval[][]; holidays: string[] } {
    const week: OpeningInterval[][] = Array.from({ length: 7 }, () => []);
    const hours = this.db
      .prepare('SELECT weekday, opens_minute AS opens, closes_minute AS closes FROM business_hours WHERE calendar_id = ? ORDER BY weekday, opens_minute')
      .all(calendarId) as Array<{ weekday: number } & OpeningInterval>;
    for (const { weekday, opens, closes } of hours) week[weekday]?.push({ opens, closes });
    const holidays = this.db.prepare('SELECT day FROM holidays WHERE calendar_id = ? ORDER BY day').pluck().all(calendarId) as string[];
    return { week, holidays };
  }
}

/** Office hours in this computer's time zone, with Italian holidays: what a brand starts with. */
function defaultBusinessHours(brandId: number): BusinessHours {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Rome';
  return { brandId, timeZone, week: officeHours, holidayPreset: 'IT', holidays: [] };
}

export function presetTargets(preset: SlaPresetId): Pick<SlaPolicyInput, 'firstResponseMinutes' | 'nextResponseMinutes' | 'warning' | 'businessHours'> {
  const { firstResponseMs, nextResponseMs, warningShare, businessHours } = slaPresets[preset];
  return { firstResponseMinutes: firstResponseMs / minute, nextResponseMinutes: nextResponseMs / minute, warning: { share: warningShare }, businessHours };
}

function isBrandWide(row: PolicyRow): boolean {
  return row.channel_kind === null && row.priority === null;
}

function toView(row: PolicyRow): SlaPolicyView {
  return {
    id: row.id,
    brandId: row.brand_id,
    channelKind: row.channel_kind,
    priority: row.priority,
    preset: row.preset,
    firstResponseMinutes: row.first_response_ms === null ? null : Math.round(row.first_response_ms / minute),
    nextResponseMinutes: row.next_response_ms === null ? null : Math.round(row.next_response_ms / minute),
    warning: row.warning_lead_ms === null ? { share: row.warning_share } : { leadMinutes: Math.round(row.warning_lead_ms / minute) },
    escalationDelayMinutes: Math.round(row.escalation_delay_ms / minute),
    businessHours: row.calendar_id !== null,
  };
}
