// The benchmark's SLA policies, saved through SlaPolicies as the settings screen saves them: every
// brand has its brand-wide policy, two brands have narrower ones (a channel, a priority), so policy
// lookups go through the same precedence as in the product. Each timed recompute follows a change
// of every target, so every running clock's due time moves and is written back.
import type { SlaPolicyInput, SlaPolicyView } from '../../shared/contract';
import type { SlaPolicies } from '../../electron/core/sla/sla-policies';
import type { SlaWorkspace } from './dataset';

export type PolicyMode = 'calendar' | 'business';

interface PlannedPolicy {
  brandIndex: number;
  channelKind: SlaPolicyInput['channelKind'];
  priority: number | null;
  /** Targets in minutes: calendar time, and business time. */
  calendarMinutes: number;
  businessMinutes: number;
  warning: SlaPolicyInput['warning'];
}

/** Brand-wide "1 hour" (calendar) or "Same business day" (8 business hours) for every brand, plus narrower ones. */
const plan: PlannedPolicy[] = [
  ...[0, 1, 2, 3, 4].map((brandIndex) => ({ brandIndex, channelKind: null, priority: null, calendarMinutes: 60, businessMinutes: 480, warning: { share: 0.75 } })),
  { brandIndex: 0, channelKind: 'instagram', priority: null, calendarMinutes: 30, businessMinutes: 240, warning: { leadMinutes: 10 } },
  { brandIndex: 0, channelKind: null, priority: 2, calendarMinutes: 15, businessMinutes: 120, warning: { share: 0.6 } },
  { brandIndex: 1, channelKind: 'x', priority: null, calendarMinutes: 120, businessMinutes: 600, warning: { share: 0.75 } },
];

/** Mon–Fri 9:00–13:00 and 14:00–18:00, as SlaPolicies gives a new calendar. */
const officeHours = [
  ...Array.from({ length: 5 }, () => [
    { opens: 9 * 60, closes: 13 * 60 },
    { opens: 14 * 60, closes: 18 * 60 },
  ]),
  [],
  [],
];

export interface PolicySet {
  /** Saves every planned policy in `mode`, its targets multiplied by `factor`. */
  apply(mode: PolicyMode, factor: number): void;
  count: number;
}

/**
 * Gives every brand Europe/Rome office hours with Italian holidays, and the planned policies in
 * calendar time (the brand-wide ones start as SlaPolicies.addDefaultPolicy makes them).
 */
export function createPolicies(policies: SlaPolicies, workspace: SlaWorkspace): PolicySet {
  const ids: number[] = [];
  for (const brandId of workspace.brandIds) {
    policies.addDefaultPolicy(brandId);
    policies.saveBusinessHours({ brandId, timeZone: 'Europe/Rome', week: officeHours, holidayPreset: 'IT', holidays: [] });
  }
  const brandWide = new Map(policies.list().policies.filter((view) => view.channelKind === null && view.priority === null).map((view) => [view.brandId, view]));
  const viewOf = (planned: PlannedPolicy): SlaPolicyView | undefined => {
    const brandId = workspace.brandIds[planned.brandIndex]!;
    return planned.channelKind === null && planned.priority === null ? brandWide.get(brandId) : undefined;
  };
  const inputOf = (planned: PlannedPolicy, mode: PolicyMode, factor: number): SlaPolicyInput => {
    const minutes = Math.round((mode === 'calendar' ? planned.calendarMinutes : planned.businessMinutes) * factor);
    return {
      brandId: workspace.brandIds[planned.brandIndex]!,
      channelKind: planned.channelKind,
      priority: planned.priority,
      preset: null,
      firstResponseMinutes: minutes,
      nextResponseMinutes: minutes,
      warning: planned.warning,
      escalationDelayMinutes: 15,
      businessHours: mode === 'business',
    };
  };
  for (const planned of plan) {
    const existing = viewOf(planned);
    ids.push(existing ? existing.id : policies.save(inputOf(planned, 'calendar', 1)).id);
  }
  return {
    count: plan.length,
    apply(mode, factor) {
      plan.forEach((planned, index) => policies.save({ ...inputOf(planned, mode, factor), id: ids[index]! }));
    },
  };
}
