// Messages found by search, newest first, each with its matched words marked; the snippet is
// customer text, rendered as text runs (never HTML). Arrows or j/k move, Enter opens.
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/contract';
import { formatRelative, isoTime } from '../format/time';
import { useNow } from '../format/useNow';
import { ChannelIcon } from './ChannelIcon';

interface Props {
  hits: readonly SearchHit[];
  onOpen: (conversationId: number) => void;
}

const moves: Record<string, number> = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1 };

export function SearchResults({ hits, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  if (hits.length === 0) return <p className="inbox__note">{t('inbox.search.none')}</p>;
  const focusAt = (index: number) => {
    const next = Math.max(0, Math.min(hits.length - 1, index));
    setActive(next);
    listRef.current?.querySelectorAll<HTMLElement>('[role="option"]')[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const move = moves[event.key];
    if (move !== undefined) focusAt(active + move);
    else if (event.key === 'Enter' && hits[active]) onOpen(hits[active].conversationId);
    else return;
    event.preventDefault();
  };
  return (
    <ul ref={listRef} className="queue" role="listbox" aria-label={t('inbox.search.results', { count: hits.length })} onKeyDown={onKeyDown}>
      {hits.map((hit, index) => (
        <li
          key={hit.messageId}
          role="option"
          aria-selected={index === active}
          tabIndex={index === active ? 0 : -1}
          className="queue-row search-hit"
          onFocus={() => setActive(index)}
          onClick={() => onOpen(hit.conversationId)}
        >
          <div className="queue-row__top">
            <span className="queue-row__name" dir="auto">{hit.contactName ?? t('inbox.unknownCustomer')}</span>
            <time className="queue-row__time" dateTime={isoTime(hit.createdAt)}>
              {formatRelative(Math.min(hit.createdAt, now), now, i18n.language, 'short')}
            </time>
          </div>
          <div className="queue-row__origin">
            <span className="brand-dot" style={{ background: hit.brandColor }} aria-hidden="true" />
            <span className="queue-row__brand">{hit.brandName}</span>
            <span className="queue-row__channel">
              <ChannelIcon channel={hit.channelKind} />
              {t(`inbox.channel.${hit.channelKind}`)}
            </span>
          </div>
          <p className="search-hit__snippet" dir="auto">
            {hit.direction === 'outbound' && <span className="search-hit__author">{t('inbox.search.byUs', { name: hit.authorName })} </span>}
            {hit.snippet.map((segment, at) => (segment.match ? <mark key={at}>{segment.text}</mark> : <span key={at}>{segment.text}</span>))}
          </p>
        </li>
      ))}
    </ul>
  );
}
