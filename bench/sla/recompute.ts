// The computation inside SlaClocks.recomputeBrand, timed on its own: the product's own pass
// (electron/core/sla/due-time-pass.ts) over rows read beforehand, with nothing written. Also the
// baseline: the same pass adding business time by the day-by-day walk.
import type { SlaClocks } from '../../electron/core/sla/sla-clocks';
import type { SlaPolicies } from '../../electron/core/sla/sla-policies';
import { dueTimePass, memoizedPolicies, spanOf, type ClockColumns } from '../../electron/core/sla/due-time-pass';

export { spanOf };

/** How due times are added: the product's way (a BusinessTimeline per calendar), or the day-by-day walk. */
export type Adding = 'product' | 'walk';

export function clocksOfBrand(clocks: SlaClocks): (brandId: number) => ClockColumns {
  return (brandId) => clocks.readBrandClocks(brandId);
}

export interface Computed {
  /** Rows whose warning, due or escalation time differs from the stored one. */
  changed: number;
  /** The moved rows' due times, in row order (for comparing two ways of adding). */
  dueAt: Float64Array;
}

/** recomputeBrand's pass for one brand's rows, without the UPDATEs; `span` as for the whole brand. */
export function computeDueTimes(policies: SlaPolicies, rows: ClockColumns, adding: Adding, span = spanOf(rows)): Computed {
  const policyOf = memoizedPolicies((...key) => policies.policyFor(...key));
  const changes = dueTimePass(rows, policyOf, adding === 'product' ? 'timeline' : 'walk', span);
  return { changed: changes.count, dueAt: changes.dueAt.subarray(0, changes.count) };
}
