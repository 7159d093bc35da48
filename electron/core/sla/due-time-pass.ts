// The computation of a policy change, kept apart from SQLite so it is one piece of code whether the
// product runs it (SlaClocks.recomputeBrand) or the benchmark times it: for running clocks read
// from the cache, their warning, due and escalation times under the policies now in force, and
// which of them moved. Business hours are added through one BusinessTimeline per calendar.
import type { BusinessCalendar } from '../../../shared/sla/business-time';
import { BusinessTimeline } from '../../../shared/sla/business-timeline';
import { calendarAdder, dueTimes, type AddTime, type SlaPolicy, type SlaStage } from '../../../shared/sla/clock';

/** A running clock as stored: identity, what picks its policy, and its current times. */
export interface StoredClockTimes {
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

/**
 * The moved clocks of a pass, as parallel arrays (a pass over 100k clocks allocates no object per
 * clock): `rows[index[k]]` moved to `warningAt[k]`, `dueAt[k]`, `escalateAt[k]` (NaN: no time).
 */
export interface DueTimeChanges {
  rows: readonly StoredClockTimes[];
  count: number;
  index: Uint32Array;
  warningAt: Float64Array;
  dueAt: Float64Array;
  escalateAt: Float64Array;
}

export type PolicyOf = (brandId: number, channelKind: string, priority: number) => SlaPolicy | null;

/** How business time is added: laid out once per calendar (the product), or walked day by day (the baseline). */
export type Adding = 'timeline' | 'walk';

/** Business time is laid out (on demand) up to this far past the latest clock start. */
const timelineSlackMs = 45 * 24 * 3_600_000;

/**
 * The moved clocks among `rows`. `span` bounds the timelines; a sample of a brand's rows passes the
 * span of all of them, as the product would lay it out.
 */
export function dueTimePass(rows: readonly StoredClockTimes[], policyOf: PolicyOf, adding: Adding = 'timeline', span = spanOf(rows)): DueTimeChanges {
  const adders = new Map<SlaPolicy, AddTime>();
  // Every business-hours policy of a brand counts the brand's one calendar, but each policy lookup
  // carries its own copy: one timeline per calendar's content, not per policy.
  const timelines = new Map<string, AddTime>();
  const adderOf = (policy: SlaPolicy): AddTime => {
    let add = adders.get(policy);
    if (!add) {
      if (!policy.calendar || adding === 'walk') add = calendarAdder(policy.calendar);
      else {
        const key = calendarKey(policy.calendar);
        add = timelines.get(key);
        if (!add) timelines.set(key, (add = new BusinessTimeline(policy.calendar, span.earliest, span.latest + timelineSlackMs).add));
      }
      adders.set(policy, add);
    }
    return add;
  };
  const changes: DueTimeChanges = {
    rows,
    count: 0,
    index: new Uint32Array(rows.length),
    warningAt: new Float64Array(rows.length),
    dueAt: new Float64Array(rows.length),
    escalateAt: new Float64Array(rows.length),
  };
  for (let at = 0; at < rows.length; at += 1) {
    const row = rows[at]!;
    const policy = policyOf(row.brandId, row.channelKind, row.priority);
    const times = policy ? dueTimes(row, policy, adderOf(policy)) : null;
    const warningAt = times?.warningAt ?? null;
    const dueAt = times?.dueAt ?? null;
    const escalateAt = times?.escalateAt ?? null;
    if (warningAt === row.warningAt && dueAt === row.dueAt && escalateAt === row.escalateAt) continue;
    const k = changes.count++;
    changes.index[k] = at;
    changes.warningAt[k] = warningAt ?? Number.NaN;
    changes.dueAt[k] = dueAt ?? Number.NaN;
    changes.escalateAt[k] = escalateAt ?? Number.NaN;
  }
  return changes;
}

export function spanOf(rows: readonly StoredClockTimes[]): { earliest: number; latest: number } {
  let latest = 0;
  let earliest = Number.MAX_SAFE_INTEGER;
  for (const row of rows) {
    latest = Math.max(latest, row.startedAt);
    earliest = Math.min(earliest, row.startedAt);
  }
  return { earliest, latest };
}

/**
 * Policy lookups for one pass: many conversations share brand, channel and priority. Nested maps
 * rather than one keyed by a string built per conversation, which cost more than the arithmetic.
 */
export function memoizedPolicies(lookup: PolicyOf): PolicyOf {
  const cache = new Map<number, Map<string, Map<number, SlaPolicy | null>>>();
  // Rows come grouped by brand and channel more often than not: the last answer is checked first.
  let lastBrand = Number.NaN;
  let lastChannel = '';
  let lastPriority = Number.NaN;
  let lastPolicy: SlaPolicy | null = null;
  return (brandId, channelKind, priority) => {
    if (brandId === lastBrand && channelKind === lastChannel && priority === lastPriority) return lastPolicy;
    let ofBrand = cache.get(brandId);
    if (!ofBrand) cache.set(brandId, (ofBrand = new Map()));
    let ofChannel = ofBrand.get(channelKind);
    if (!ofChannel) ofBrand.set(channelKind, (ofChannel = new Map()));
    let policy = ofChannel.get(priority);
    if (policy === undefined) ofChannel.set(priority, (policy = lookup(brandId, channelKind, priority)));
    [lastBrand, lastChannel, lastPriority, lastPolicy] = [brandId, channelKind, priority, policy];
    return policy;
  };
}

/** Calendars with the same content lay out the same timeline. */
function calendarKey(calendar: BusinessCalendar): string {
  return JSON.stringify([calendar.timeZone, calendar.week, [...calendar.holidays].sort()]);
}
