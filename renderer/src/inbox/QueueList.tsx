// The queue as a listbox: one option per conversation, named by the customer and described by the
// rest of the row. One option is in the tab order at a time (roving tabindex); arrows or j/k move,
// Page Up/Down move a screen, Home/End go to the ends, Enter or Space opens. The option shown on the
// right is the selected one.
//
// Virtualized, so 100k conversations cost what a screenful does: rows have one fixed height, only
// those under the viewport (plus a few either side) are in the DOM, each placed at its offset in a
// list as tall as all loaded rows. The row in the tab order is always rendered too, wherever it is,
// so focus never falls out of the list while the agent scrolls with the mouse. Near the end of what
// is loaded, the list asks for the next page. When a live update changes the rows, the first row
// still on screen keeps its place, so nothing jumps under the agent's eyes.
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueItem } from '../../../shared/contract';
import { SlaChip } from '../alerts/SlaChip';
import { formatRelative, isoTime } from '../format/time';
import { useNow } from '../format/useNow';
import { plainKey, useKeyboardShortcut } from '../shell/useKeyboardShortcut';
import { ChannelIcon, KindIcon } from './ChannelIcon';
import { channelName, customerName, kindName } from './labels';
import { scrollTopKeepingAnchor, scrollTopToReveal, visibleRange } from './virtual-window';

interface Props {
  items: readonly QueueItem[];
  /** How many rows the whole queue holds; `items` are the first of them. */
  total: number;
  openId: number | null;
  onOpen: (id: number) => void;
  /** The list shows rows close to the end of what is loaded: time for the next page. */
  onNearEnd: () => void;
}

/** Pixels per row, gap included; .queue-row in inbox.css fits its three lines in it. */
export const queueRowHeight = 82;
/** Rows rendered beyond each edge of the viewport. */
const overscanRows = 6;
/**
 * A queue this short is rendered whole (a few thousand DOM nodes, a few milliseconds): the
 * browser's find-in-page and a screen reader's browse mode then see every row of an ordinary day's
 * queue. Past it, only the window is rendered.
 */
const renderWholeUpTo = 100;
/** The next page is asked for when this few loaded rows are left below the viewport. */
const loadAheadRows = 60;

const moves: Record<string, number> = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1 };

// Memoized, as is every row: the inbox re-renders for reasons that do not touch the queue (a draft
// saved, a search typed), and the queue, whose props do not change then, must cost nothing.
export const QueueList = memo(function QueueList({ items, total, openId, onOpen, onNearEnd }: Props) {
  const { t } = useTranslation();
  // One clock for every row's "5 min ago".
  const now = useNow();
  const scrollerRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  /** Null until measured; until then the window's height stands in for it (an upper bound). */
  const [measuredHeight, setMeasuredHeight] = useState<number | null>(null);
  const viewportHeight = measuredHeight ?? window.innerHeight;
  const [focusedId, setFocusedId] = useState<number | null>(null);
  /** A scroll position to give the scroller after the next commit (a new object each time). */
  const [scrollRequest, setScrollRequest] = useState<{ top: number } | null>(null);
  /** A row to give the keyboard focus after the next commit. */
  const [focusRequest, setFocusRequest] = useState<{ id: number; onlyIfLost: boolean } | null>(null);

  const indexById = useMemo(() => new Map(items.map((item, index) => [item.id, index])), [items]);

  const scrollTo = (top: number) => {
    setScrollTop(top);
    setScrollRequest({ top });
  };

  // Live update: keep the rows on screen in place, and hand the focus of a row that left the queue
  // to the row now where it was (state adjusted while rendering, before anything is painted).
  const [shownItems, setShownItems] = useState(items);
  if (items !== shownItems) {
    setShownItems(items);
    const anchored = scrollTopKeepingAnchor(
      shownItems.map((item) => item.id),
      (id) => indexById.get(id),
      scrollTop,
      viewportHeight,
      queueRowHeight,
    );
    // Nothing on screen survived (a new filter, a bulk close): start from the top.
    const top = anchored ?? 0;
    if (top !== scrollTop) scrollTo(top);
    if (focusedId !== null && !indexById.has(focusedId)) {
      const previousIndex = shownItems.findIndex((item) => item.id === focusedId);
      const successor = items[Math.min(previousIndex, items.length - 1)];
      setFocusedId(successor?.id ?? null);
      if (successor) setFocusRequest({ id: successor.id, onlyIfLost: true });
    }
  }

  // A conversation opened from elsewhere (an alert, the customer's history) is scrolled into view,
  // once the viewport has a size.
  const [openToReveal, setOpenToReveal] = useState(openId);
  const [seenOpenId, setSeenOpenId] = useState(openId);
  if (openId !== seenOpenId) {
    setSeenOpenId(openId);
    setOpenToReveal(openId);
  }
  if (openToReveal !== null && measuredHeight !== null) {
    setOpenToReveal(null);
    const index = indexById.get(openToReveal);
    if (index !== undefined) {
      const top = scrollTopToReveal(index, scrollTop, viewportHeight, queueRowHeight);
      if (top !== scrollTop) scrollTo(top);
    }
  }

  // The option in the tab order: the one last focused, else the open one, else the first.
  const tabStopId = [focusedId, openId].find((id) => id !== null && indexById.has(id)) ?? items[0]?.id;
  const tabStopIndex = tabStopId === undefined ? -1 : (indexById.get(tabStopId) ?? -1);
  const range =
    items.length <= renderWholeUpTo ? { first: 0, last: items.length - 1 } : visibleRange(scrollTop, viewportHeight, queueRowHeight, items.length, overscanRows);
  const rendered: number[] = [];
  if (tabStopIndex >= 0 && tabStopIndex < range.first) rendered.push(tabStopIndex);
  for (let index = range.first; index <= range.last; index += 1) rendered.push(index);
  if (tabStopIndex > range.last) rendered.push(tabStopIndex);

  useLayoutEffect(() => {
    if (scrollRequest && scrollerRef.current) scrollerRef.current.scrollTop = scrollRequest.top;
  }, [scrollRequest]);

  useLayoutEffect(() => {
    if (!focusRequest) return;
    // A live update only takes the focus back if removing its row dropped it on the page.
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (focusRequest.onlyIfLost && !lost) return;
    listRef.current?.querySelector<HTMLElement>(`[data-conversation-id="${focusRequest.id}"]`)?.focus({ preventScroll: true });
  }, [focusRequest]);

  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    const observer = new ResizeObserver(() => setMeasuredHeight(scroller.clientHeight));
    observer.observe(scroller);
    return () => observer.disconnect();
  }, []);

  // On every new list, not only a longer one: a live re-read that lands while the next page is on
  // its way drops that page and gives back as many rows as before, and the list must ask again.
  useEffect(() => {
    if (items.length < total && range.last >= items.length - loadAheadRows) onNearEnd();
  }, [items, total, range.last, onNearEnd]);

  const focusAt = (index: number) => {
    const item = items[Math.max(0, Math.min(items.length - 1, index))];
    if (!item) return;
    setFocusedId(item.id);
    setFocusRequest({ id: item.id, onlyIfLost: false });
    const top = scrollTopToReveal(indexById.get(item.id) ?? 0, scrollTop, viewportHeight, queueRowHeight);
    if (top !== scrollTop) scrollTo(top);
  };

  // j/k outside the list (reading the thread, after a reply) open the next or previous conversation
  // straight away, as in a mail client; inside the list they only move the focus.
  const openNext = (by: number) => {
    const from = openId === null ? tabStopIndex : (indexById.get(openId) ?? tabStopIndex);
    const item = items[Math.max(0, Math.min(items.length - 1, from + by))];
    if (!item) return;
    setFocusedId(item.id);
    const top = scrollTopToReveal(indexById.get(item.id) ?? 0, scrollTop, viewportHeight, queueRowHeight);
    if (top !== scrollTop) scrollTo(top);
    onOpen(item.id);
  };
  const outsideList = (event: globalThis.KeyboardEvent) => !listRef.current?.contains(event.target as Node | null);
  useKeyboardShortcut((event) => plainKey('j')(event) && outsideList(event), () => openNext(1));
  useKeyboardShortcut((event) => plainKey('k')(event) && outsideList(event), () => openNext(-1));

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const move = moves[event.key];
    const screen = Math.max(1, Math.floor(viewportHeight / queueRowHeight) - 1);
    if (move !== undefined) focusAt(tabStopIndex + move);
    else if (event.key === 'PageDown') focusAt(tabStopIndex + screen);
    else if (event.key === 'PageUp') focusAt(tabStopIndex - screen);
    else if (event.key === 'Home') focusAt(0);
    else if (event.key === 'End') focusAt(items.length - 1);
    else if ((event.key === 'Enter' || event.key === ' ') && tabStopId !== undefined) onOpen(tabStopId);
    else return;
    event.preventDefault();
  };

  return (
    <div className="queue-panel">
      <p className="queue-panel__count">{t('queueList.count', { count: total })}</p>
      <div ref={scrollerRef} className="queue-scroller" onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}>
        <ul
          ref={listRef}
          className="queue"
          role="listbox"
          aria-label={t('inbox.queueLabel')}
          style={{ height: items.length * queueRowHeight }}
          onKeyDown={onKeyDown}
        >
          {rendered.map((index) => {
            const item = items[index]!;
            return (
              <QueueRow
                key={item.id}
                item={item}
                now={now}
                position={index + 1}
                setSize={total}
                selected={item.id === openId}
                tabbable={item.id === tabStopId}
                onFocus={setFocusedId}
                onOpen={onOpen}
              />
            );
          })}
        </ul>
      </div>
    </div>
  );
});

interface RowProps {
  item: QueueItem;
  now: number;
  /** 1-based place in the whole queue, and the queue's size: the list holds only some rows. */
  position: number;
  setSize: number;
  selected: boolean;
  tabbable: boolean;
  /** Stable callbacks taking the row's id, so a row whose own props are unchanged is not re-rendered. */
  onFocus: (id: number) => void;
  onOpen: (id: number) => void;
}

const QueueRow = memo(function QueueRow({ item, now, position, setSize, selected, tabbable, onFocus, onOpen }: RowProps) {
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
      aria-posinset={position}
      aria-setsize={setSize}
      aria-labelledby={`${id}-name`}
      aria-describedby={described}
      tabIndex={tabbable ? 0 : -1}
      style={{ top: (position - 1) * queueRowHeight, height: queueRowHeight - 2 }}
      data-conversation-id={item.id}
      onFocus={() => onFocus(item.id)}
      onClick={() => onOpen(item.id)}
    >
      <div className="queue-row__top">
        <span id={`${id}-name`} className="queue-row__name" dir="auto">
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
      </div>
      <div className="queue-row__bottom">
        {/* dir="auto": a customer writing Arabic or Hebrew reads right to left in the row too. A
            message with no text carried only an attachment (or a sticker). */}
        <span id={`${id}-preview`} className="queue-row__preview" dir="auto">
          {item.lastMessageText === null ? t('inbox.noPreview') : item.lastMessageText.trim() === '' ? t('inbox.attachmentOnly') : item.lastMessageText}
        </span>
        {/* On the last line, where the preview gives way to it: the row's height is fixed, and the
            response target must never be the part cut off. */}
        <SlaChip item={item} now={now} id={`${id}-sla`} />
        {unread && (
          <span id={`${id}-unread`} className="unread-badge">
            <span aria-hidden="true">{t('inbox.unreadBadge', { count: item.unreadCount })}</span>
            <span className="visually-hidden">{t('inbox.unread', { count: item.unreadCount })}</span>
          </span>
        )}
      </div>
    </li>
  );
});
