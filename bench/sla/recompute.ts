// The computation inside SlaClocks.recomputeBrand, without its SQLite parts, so that it can be
// timed on its own: the same SELECT of a brand's running clocks (timed apart, as "read"), then the
// same loop over the rows in memory — policy lookups, business timelines, dueTimes, the comparison
// with the stored times — with nothing written. Kept in step with electron/core/sla/sla-clocks.ts
// by hand; run() checks that it finds exactly the rows the product method then changes.
import type Database from 'better-sqlite3';
import type { SlaPolicies } from '../../electron/core/sla/sla-policies';
import type { BusinessCalendar } from '../../shared/sla/business-time';
import { BusinessTimeline } from '../../shared/sla/business-timeline';
import { calendarAdder, dueTimes, type AddTime, type SlaPolicy, type SlaStage } from '../../shared/sla/clock';

export interface ClockRow {
  id: number;
  brandId: number;
  priority: number;
  channelKind: string;
  stage: SlaStage;
  startedAt: number;
  warningAt: number | null;
  dueAt: number | null;
  escalateAt: number | null;
}

/** Same as sla-clocks.ts. */
const timelineSlackMs = 45 * 24 * 3_600_000;

/** How due times are added: the product's way (a BusinessTimeline per calendar), or the day-by-day walk. */
export type Adding = 'product' | 'walk';

export function clocksOfBrand(db: Database.Database): (brandId: number) => ClockRow[] {
  const statement = db.prepare(
    `SELECT c.id, c.brand_id AS brandId, c.priority, ch.kind AS channelKind, c.sla_stage AS stage, c.sla_started_at AS startedAt,
            c.sla_warning_at AS warningAt, c.sla_due_at AS dueAt, c.sla_escalate_at AS escalateAt
     FROM conversations c JOIN channels ch ON ch.id = c.channel_id
     WHERE c.brand_id = ? AND c.status = 'open' AND c.sla_started_at IS NOT NULL`,
  );
  return (brandId) => statement.all(brandId) as ClockRow[];
}

export interface Computed {
  /** Rows whose warning, due or escalation time differs from the stored one. */
  changed: number;
  /** Due times, in row order (for comparing two ways of adding). */
  dueAt: Float64Array;
}

/**
 * recomputeBrand's loop for one brand's rows, without the UPDATEs. `rows` may be a sample; the
 * timelines still span the whole brand's clock starts (`span`), as the product lays them out.
 */
export function computeDueTimes(policies: SlaPolicies, rows: readonly ClockRow[], adding: Adding, span: { earliest: number; latest: number } = spanOf(rows)): Computed {
  const policyOf = memoizedPolicies(policies);
  const adders = new Map<SlaPolicy, AddTime>();
  const timelines = new Map<string, AddTime>();
  const adderOf = (policy: SlaPolicy): AddTime => {
    let add = adders.get(policy);
    if (!add) {
      if (!policy.calendar) add = calendarAdder(null);
      else if (adding === 'walk') add = calendarAdder(policy.calendar);
      else {
        const key = calendarKey(policy.calendar);
        add = timelines.get(key);
        if (!add) {
          add = new BusinessTimeline(policy.calendar, span.earliest, span.latest + timelineSlackMs).add;
          timelines.set(key, add);
        }
      }
      adders.set(policy, add);
    }
    return add;
  };
  const dueAt = new Float64Array(rows.length);
  let changed = 0;
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index]!;
    const policy = policyOf(row.brandId, row.channelKind, row.priority);
    const times = policy ? dueTimes(row, policy, adderOf(policy)) : null;
    const warningAt = times?.warningAt ?? null;
    const due = times?.dueAt ?? null;
    const escalateAt = times?.escalateAt ?? null;
    dueAt[index] = due ?? Number.NaN;
    if (warningAt === row.warningAt && due === row.dueAt && escalateAt === row.escalateAt) continue;
    changed += 1;
  }
  return { changed, dueAt };
}

export function spanOf(rows: readonly ClockRow[]): { earliest: number; latest: number } {
  let latest = 0;
  let earliest = Number.MAX_SAFE_INTEGER;
  for (const row of rows) {
    latest = Math.max(latest, row.startedAt);
    earliest = Math.min(earliest, row.startedAt);
  }
  return { earliest, latest };
}

/** Same as sla-clocks.ts: policy lookups memoized for one pass. */
function memoizedPolicies(policies: SlaPolicies): (brandId: number, channelKind: string, priority: number) => SlaPolicy | null {
  const cache = new Map<number, Map<string, Map<number, SlaPolicy | null>>>();
  return (brandId, channelKind, priority) => {
    let ofBrand = cache.get(brandId);
    if (!ofBrand) cache.set(brandId, (ofBrand = new Map()));
    let ofChannel = ofBrand.get(channelKind);
    if (!ofChannel) ofBrand.set(channelKind, (ofChannel = new Map()));
    let policy = ofChannel.get(priority);
    if (policy === undefined) ofChannel.set(priority, (policy = policies.policyFor(brandId, channelKind, priority)));
    return policy;
  };
}

/** Same as sla-clocks.ts. */
function calendarKey(calendar: BusinessCalendar): string {
  return JSON.stringify([calendar.timeZone, calendar.week, [...calendar.holidays].sort()]);
}
