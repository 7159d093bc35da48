// The computation of a policy change, kept apart from SQLite so it is one piece of code whether the
// product runs it (SlaClocks.recomputeBrand) or the benchmark times it: for running clocks read
// from the cache, their warning, due and escalation times under the policies now in force, and
// which of them moved. Business hours are added through one BusinessTimeline per calendar.
//
// Clocks are held in columns (typed arrays), not one object per clock: 100k freshly read objects
// would be young when the pass runs, and every garbage collection meanwhile would copy them all.
import type { BusinessCalendar } from '../../../shared/sla/business-time';
import { BusinessTimeline } from '../../../shared/sla/business-timeline';
import { calendarAdder, dueTimes, type AddTime, type SlaPolicy, type SlaStage } from '../../../shared/sla/clock';

const stages: readonly SlaStage[] = ['first_response', 'next_response'];

/** Running clocks as stored: identity, what picks their policy, and their current times (NaN: none). */
export class ClockColumns {
  count = 0;
  id: Float64Array;
  brandId: Float64Array;
  priority: Uint8Array;
  /** Index into `channelKinds`. */
  channel: Uint8Array;
  readonly channelKinds: string[] = [];
  /** Index into `stages`: 0 first response, 1 next response. */
  stage: Uint8Array;
  startedAt: Float64Array;
  warningAt: Float64Array;
  dueAt: Float64Array;
  escalateAt: Float64Array;

  constructor(capacity = 1_024) {
    this.id = new Float64Array(capacity);
    this.brandId = new Float64Array(capacity);
    this.priority = new Uint8Array(capacity);
    this.channel = new Uint8Array(capacity);
    this.stage = new Uint8Array(capacity);
    this.startedAt = new Float64Array(capacity);
    this.warningAt = new Float64Array(capacity);
    this.dueAt = new Float64Array(capacity);
    this.escalateAt = new Float64Array(capacity);
  }

  /** Appends one stored clock: [id, brandId, priority, channelKind, stage, startedAt, warningAt, dueAt, escalateAt]. */
  push(row: readonly unknown[]): void {
    if (this.count === this.id.length) this.grow();
    const at = this.count++;
    const [id, brandId, priority, channelKind, stage, startedAt, warningAt, dueAt, escalateAt] = row as [number, number, number, string, SlaStage, number, number | null, number | null, number | null];
    let channel = this.channelKinds.indexOf(channelKind);
    if (channel < 0) channel = this.channelKinds.push(channelKind) - 1;
    this.id[at] = id;
    this.brandId[at] = brandId;
    this.priority[at] = priority;
    this.channel[at] = channel;
    this.stage[at] = stages.indexOf(stage);
    this.startedAt[at] = startedAt;
    this.warningAt[at] = warningAt ?? Number.NaN;
    this.dueAt[at] = dueAt ?? Number.NaN;
    this.escalateAt[at] = escalateAt ?? Number.NaN;
  }

  stageAt(at: number): SlaStage {
    return stages[this.stage[at]!]!;
  }

  /** Every `every`-th clock (for a benchmark's sample). */
  sample(every: number): ClockColumns {
    const sample = new ClockColumns(Math.ceil(this.count / every));
    for (let at = 0; at < this.count; at += every) {
      sample.push([this.id[at], this.brandId[at], this.priority[at], this.channelKinds[this.channel[at]!], this.stageAt(at), this.startedAt[at], ...[this.warningAt[at], this.dueAt[at], this.escalateAt[at]].map(orNull)]);
    }
    return sample;
  }

  private grow(): void {
    const size = this.id.length * 2;
    const grown = <T extends Float64Array | Uint8Array>(array: T): T => {
      const next = new (array.constructor as new (length: number) => T)(size);
      next.set(array);
      return next;
    };
    this.id = grown(this.id);
    this.brandId = grown(this.brandId);
    this.priority = grown(this.priority);
    this.channel = grown(this.channel);
    this.stage = grown(this.stage);
    this.startedAt = grown(this.startedAt);
    this.warningAt = grown(this.warningAt);
    this.dueAt = grown(this.dueAt);
    this.escalateAt = grown(this.escalateAt);
  }
}

/**
 * The moved clocks of a pass: clock `index[k]` of the columns moved to `warningAt[k]`, `dueAt[k]`,
 * `escalateAt[k]` (NaN: no time).
 */
export interface DueTimeChanges {
  clocks: ClockColumns;
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
 * The moved clocks. `span` bounds the timelines; a sample of a brand's clocks passes the span of
 * all of them, as the product would lay it out.
 */
export function dueTimePass(clocks: ClockColumns, policyOf: PolicyOf, adding: Adding = 'timeline', span = spanOf(clocks)): DueTimeChanges {
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
  const { count } = clocks;
  const changes: DueTimeChanges = {
    clocks,
    count: 0,
    index: new Uint32Array(count),
    warningAt: new Float64Array(count),
    dueAt: new Float64Array(count),
    escalateAt: new Float64Array(count),
  };
  // Reused for every clock: the pass allocates nothing per clock.
  const clock = { stage: 'first_response' as SlaStage, startedAt: 0 };
  const scratch = { warningAt: 0, dueAt: 0, escalateAt: 0 };
  for (let at = 0; at < count; at += 1) {
    const policy = policyOf(clocks.brandId[at]!, clocks.channelKinds[clocks.channel[at]!]!, clocks.priority[at]!);
    clock.stage = stages[clocks.stage[at]!]!;
    clock.startedAt = clocks.startedAt[at]!;
    const times = policy ? dueTimes(clock, policy, adderOf(policy), scratch) : null;
    const warningAt = times ? times.warningAt : Number.NaN;
    const dueAt = times ? times.dueAt : Number.NaN;
    const escalateAt = times ? times.escalateAt : Number.NaN;
    if (Object.is(warningAt, clocks.warningAt[at]) && Object.is(dueAt, clocks.dueAt[at]) && Object.is(escalateAt, clocks.escalateAt[at])) continue;
    const k = changes.count++;
    changes.index[k] = at;
    changes.warningAt[k] = warningAt;
    changes.dueAt[k] = dueAt;
    changes.escalateAt[k] = escalateAt;
  }
  return changes;
}

export function spanOf(clocks: ClockColumns): { earliest: number; latest: number } {
  let latest = 0;
  let earliest = Number.MAX_SAFE_INTEGER;
  for (let at = 0; at < clocks.count; at += 1) {
    latest = Math.max(latest, clocks.startedAt[at]!);
    earliest = Math.min(earliest, clocks.startedAt[at]!);
  }
  return { earliest, latest };
}

/** A stored time from its column: NaN is "none". */
export function orNull(value: number | undefined): number | null {
  return value === undefined || Number.isNaN(value) ? null : value;
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
    lastBrand = brandId;
    lastChannel = channelKind;
    lastPriority = priority;
    lastPolicy = policy;
    return policy;
  };
}

/** Calendars with the same content lay out the same timeline. */
function calendarKey(calendar: BusinessCalendar): string {
  return JSON.stringify([calendar.timeZone, calendar.week, [...calendar.holidays].sort()]);
}
