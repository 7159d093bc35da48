// Conversations past their warning time: what a supervisor watches and an agent works from when
// alerts pile up. Long lists show their first rows and a button for the rest.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueItem } from '../../../shared/contract';
import { useNow } from '../format/useNow';
import { ChannelIcon } from '../inbox/ChannelIcon';
import { channelName, customerName } from '../inbox/labels';
import { SlaChip } from './SlaChip';

interface Props {
  items: readonly QueueItem[];
  empty: string;
  onOpen: (id: number) => void;
}

const shownAtFirst = 10;

export function AttentionList({ items, empty, onOpen }: Props) {
  const { t } = useTranslation();
  const now = useNow(15_000);
  const [showAll, setShowAll] = useState(false);
  if (items.length === 0) return <p className="alerts__empty">{empty}</p>;
  const shown = showAll ? items : items.slice(0, shownAtFirst);
  return (
    <>
    <ul className="attention-list">
      {shown.map((item) => (
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
    {shown.length < items.length && (
      <button type="button" className="button button--quiet attention-list__more" onClick={() => setShowAll(true)}>
        {t('alerts.attention.showAll', { count: items.length })}
      </button>
    )}
    </>
  );
}
