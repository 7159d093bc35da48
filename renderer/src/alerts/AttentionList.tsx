// Conversations past their warning time, closest to breach first: what a supervisor watches and an
// agent works from when alerts pile up.
import { useTranslation } from 'react-i18next';
import type { QueueItem } from '../../../shared/contract';
import { useNow } from '../format/useNow';
import { ChannelIcon } from '../inbox/ChannelIcon';
import { channelName, customerName } from '../inbox/labels';
import { SlaChip } from './SlaChip';

interface Props {
  items: readonly QueueItem[];
  onOpen: (id: number) => void;
}

export function AttentionList({ items, onOpen }: Props) {
  const { t } = useTranslation();
  const now = useNow(15_000);
  if (items.length === 0) return <p className="alerts__empty">{t('alerts.attention.empty')}</p>;
  return (
    <ul className="attention-list">
      {items.map((item) => (
        <li key={item.id} className="attention-list__item">
          <span className="brand-dot" style={{ background: item.brandColor }} aria-hidden="true" />
          <span className="attention-list__who">
            <span className="attention-list__name">{customerName(t, item)}</span>
            <span className="attention-list__origin">
              {item.brandName} · <ChannelIcon channel={item.channelKind} /> {channelName(t, item)}
            </span>
          </span>
          <SlaChip item={item} now={now} />
          <button type="button" className="button" onClick={() => onOpen(item.id)} aria-label={t('alerts.openConversationOf', { name: customerName(t, item) })}>
            {t('alerts.open')}
          </button>
        </li>
      ))}
    </ul>
  );
}
