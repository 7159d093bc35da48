// Where a conversation stands against its response target, from the times core computed.
import type { QueueItem } from '../../../shared/contract';

export type SlaState = 'ok' | 'at_risk' | 'breached';

/** The conversations needing attention, split: about to breach (soonest first) and breached (most recent first, the least lost). */
export function splitAttention(items: readonly QueueItem[], now: number): { atRisk: QueueItem[]; breached: QueueItem[] } {
  return {
    atRisk: items.filter((item) => slaStateOf(item, now) === 'at_risk'),
    breached: items.filter((item) => slaStateOf(item, now) === 'breached').reverse(),
  };
}

export function slaStateOf(item: Pick<QueueItem, 'slaWarningAt' | 'slaDueAt'>, now: number): SlaState | null {
  if (item.slaDueAt === null) return null;
  if (item.slaDueAt <= now) return 'breached';
  if (item.slaWarningAt !== null && item.slaWarningAt <= now) return 'at_risk';
  return 'ok';
}
