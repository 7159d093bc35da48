// The response target of a conversation at a glance: "due in 12 min" (ok), the same in amber once
// the warning time passed, "breached 5 min ago" in red. The state is in words too, not only colour.
import { useTranslation } from 'react-i18next';
import type { QueueItem } from '../../../shared/contract';
import { formatRelative, isoTime } from '../format/time';
import { slaStateOf } from './sla-state';

interface Props {
  item: Pick<QueueItem, 'slaWarningAt' | 'slaDueAt'>;
  now: number;
  id?: string;
}

export function SlaChip({ item, now, id }: Props) {
  const { t, i18n } = useTranslation();
  const state = slaStateOf(item, now);
  if (state === null || item.slaDueAt === null) return null;
  const when = formatRelative(item.slaDueAt, now, i18n.language, 'short');
  return (
    <time id={id} className={`sla-chip sla-chip--${state}`} dateTime={isoTime(item.slaDueAt)}>
      {t(`alerts.chip.${state}`, { when })}
    </time>
  );
}
