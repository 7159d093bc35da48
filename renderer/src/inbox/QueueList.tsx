// The queue as a listbox: one option per conversation, named by the customer and described by the
// rest of the row. One option is in the tab order at a time (roving tabindex); arrows or j/k move,
// Enter or Space opens. The option shown on the right is the selected one.
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueItem } from '../../../shared/contract';
import { SlaChip } from '../alerts/SlaChip';
import { formatRelative, isoTime } from '../format/time';
import { useNow } from '../format/useNow';
import { ChannelIcon, KindIcon } from './ChannelIcon';
import { channelName, customerName, kindName } from './labels';

interface Props {
  items: readonly QueueItem[];
  openId: number | null;
  onOpen: (id: number) => void;
}

const moves: Record<string, number> = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1 };

export function QueueList({ items, openId, onOpen }: Props) {
  const { t } = useTranslation();
  const [focusedId, setFocusedId] = useState<number | null>(null);
  // One clock for every row's "5 min ago".
  const now = useNow();
  const listRef = useRef<HTMLUListElement>(null);

  // The option in the tab order: the one last focused, else the open one, else the first.
  const tabStopId = [focusedId, openId].find((id) => id !== null && items.some((item) => item.id === id)) ?? items[0]?.id;

  const focusAt = (index: number) => {
    const item = items[Math.max(0, Math.min(items.length - 1, index))];
    if (!item) return;
    setFocusedId(item.id);
    listRef.current?.querySelector<HTMLElement>(`[data-conversation-id="${item.id}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const index = items.findIndex((item) => item.id === tabStopId);
    const move = moves[event.key];
    if (move !== undefined) focusAt(index + move);
    else if (event.key === 'Home') focusAt(0);
    else if (event.key === 'End') focusAt(items.length - 1);
    else if ((event.key === 'Enter' || event.key === ' ') && tabStopId !== undefined) onOpen(tabStopId);
    else return;
    event.preventDefault();
  };

  return (
    <ul ref={listRef} className="queue" role="listbox" aria-label={t('inbox.queueLabel')} onKeyDown={onKeyDown}>
      {items.map((item) => (
        <QueueRow
          key={item.id}
          item={item}
          now={now}
          selected={item.id === openId}
          tabbable={item.id === tabStopId}
          onFocus={() => setFocusedId(item.id)}
          onOpen={() => onOpen(item.id)}
        />
      ))}
    </ul>
  );
}

interface RowProps {
  item: QueueItem;
  now: number;
  selected: boolean;
  tabbable: boolean;
  onFocus: () => void;
  onOpen: () => void;
}

function QueueRow({ item, now, selected, tabbable, onFocus, onOpen }: RowProps) {
  const { t, i18n } = useTranslation();
  const id = `conversation-${item.id}`;
  const unread = item.unreadCount > 0;
  // An option's content is presentational to assistive technology: its name is the customer and
  // its description the rest of the row, read from the same visible elements.
  const described = [`${id}-origin`, item.slaDueAt !== null && `${id}-sla`, item.lastMessageAt !== null && `${id}-time`, unread && `${id}-unread`, `${id}-preview`]
    .filter(Boolean)
    .join(' ');
  return (
    <li
      className={`queue-row${unread ? ' queue-row--unread' : ''}`}
      role="option"
      aria-selected={selected}
      aria-labelledby={`${id}-name`}
      aria-describedby={described}
      tabIndex={tabbable ? 0 : -1}
      data-conversation-id={item.id}
      onFocus={onFocus}
      onClick={onOpen}
    >
      <div className="queue-row__top">
        <span id={`${id}-name`} className="queue-row__name">
          {customerName(t, item)}
        </span>
        {item.lastMessageAt !== null && (
          <time id={`${id}-time`} className="queue-row__time" dateTime={isoTime(item.lastMessageAt)}>
            {formatRelative(Math.min(item.lastMessageAt, now), now, i18n.language, 'short')}
          </time>
        )}
      </div>
      <div id={`${id}-origin`} className="queue-row__origin">
        <span className="brand-dot" style={{ background: item.brandColor }} aria-hidden="true" />
        <span className="queue-row__brand">{item.brandName}</span>
        <span className="queue-row__channel">
          <ChannelIcon channel={item.channelKind} />
          {channelName(t, item)}
        </span>
        <span className="queue-row__kind">
          <KindIcon kind={item.kind} />
          {kindName(t, item)}
        </span>
        <SlaChip item={item} now={now} id={`${id}-sla`} />
      </div>
      <div className="queue-row__bottom">
        <span id={`${id}-preview`} className="queue-row__preview">
          {item.lastMessageText ?? t('inbox.noPreview')}
        </span>
        {unread && (
          <span id={`${id}-unread`} className="unread-badge">
            <span aria-hidden="true">{t('inbox.unreadBadge', { count: item.unreadCount })}</span>
            <span className="visually-hidden">{t('inbox.unread', { count: item.unreadCount })}</span>
          </span>
        )}
      </div>
    </li>
  );
}
