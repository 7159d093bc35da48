// Where a conversation stands against its response target, from the times core computed.
import type { QueueItem } from '../../../shared/contract';

export type SlaState = 'ok' | 'at_risk' | 'breached';

export function slaStateOf(item: Pick<QueueItem, 'slaWarningAt' | 'slaDueAt'>, now: number): SlaState | null {
  if (item.slaDueAt === null) return null;
  if (item.slaDueAt <= now) return 'breached';
  if (item.slaWarningAt !== null && item.slaWarningAt <= now) return 'at_risk';
  return 'ok';
}
