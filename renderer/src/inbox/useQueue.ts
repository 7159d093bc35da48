// The queue as core orders it, read a page at a time: the first page and the count at once, then the
// next page whenever the list nears the end of what is loaded (keyset paging, so page 500 costs what
// page 1 does). Read again shortly after core says conversations or sync changed — the whole range
// already loaded, so rows the agent scrolled to stay there: a burst of new messages becomes one
// re-read, not one per message.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SportelloApi } from '../../../shared/api';
import type { CallParams, QueueItem } from '../../../shared/contract';
import type { Outcome } from '../../../shared/outcome';
import type { ReportError } from '../errors/useCallErrors';

const settleMs = 150;
/** Rows per page while scrolling: a few screens, read from the index in a couple of milliseconds. */
export const queuePageSize = 200;
/** The contract's largest page, used to re-read a long loaded range in few calls. */
const refreshPageSize = 500;

export type QueueFilter = CallParams<'queue.count'>;

interface Loaded {
  items: readonly QueueItem[];
  /** How many rows the whole queue holds (the pages add up to this). */
  total: number;
}

export function useQueue(api: SportelloApi, reportError: ReportError, filter: QueueFilter = {}) {
  // A filter object made anew on every render must not re-read the queue: compare by content.
  const filterKey = JSON.stringify(filter);
  /** Null until the first answer. */
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const loadedRef = useRef<Loaded | null>(null);
  // Every read that replaces the list starts a new generation; answers of older ones are dropped.
  const generation = useRef(0);
  const loadingMore = useRef(false);
  // Background reads repeat: a failure is reported once, not on every event until it clears.
  const failing = useRef(false);

  const accept = useCallback((next: Loaded) => {
    failing.current = false;
    loadedRef.current = next;
    setLoaded(next);
  }, []);

  const fail = useCallback(
    (outcome: Outcome<unknown>) => {
      if (outcome.ok || failing.current) return;
      failing.current = true;
      reportError(outcome.error);
    },
    [reportError],
  );

  /** Reads the first `rows` rows (at least a page) and the count, and replaces the list with them. */
  const reload = useCallback(
    async (rows: number) => {
      const request = ++generation.current;
      const base = JSON.parse(filterKey) as QueueFilter;
      const count = await api.call('queue.count', base);
      if (request !== generation.current) return;
      if (!count.ok) return fail(count);
      const items: QueueItem[] = [];
      const wanted = Math.min(Math.max(rows, queuePageSize), count.value.total);
      do {
        const last = items.at(-1);
        const limit = Math.min(refreshPageSize, Math.max(1, wanted - items.length));
        const page = await api.call('queue.list', { ...base, limit, ...(last ? { after: { slaDueAt: last.slaDueAt, id: last.id } } : {}) });
        if (request !== generation.current) return;
        if (!page.ok) return fail(page);
        items.push(...page.value);
        if (page.value.length < limit) break;
      } while (items.length < wanted);
      accept({ items, total: Math.max(count.value.total, items.length) });
    },
    [api, filterKey, accept, fail],
  );

  /** The next page after the last loaded row; nothing when all is loaded or a page is on its way. */
  const loadMore = useCallback(() => {
    const current = loadedRef.current;
    const last = current?.items.at(-1);
    if (!current || !last || current.items.length >= current.total || loadingMore.current) return;
    loadingMore.current = true;
    const request = generation.current;
    const base = JSON.parse(filterKey) as QueueFilter;
    void api.call('queue.list', { ...base, limit: queuePageSize, after: { slaDueAt: last.slaDueAt, id: last.id } }).then((page) => {
      loadingMore.current = false;
      // A re-read started meanwhile replaces the list; this page belonged to the old one.
      if (request !== generation.current || loadedRef.current !== current) return;
      if (!page.ok) return fail(page);
      // Fewer rows than asked: the queue ends here, whatever the count said a moment ago.
      const total = page.value.length < queuePageSize ? current.items.length + page.value.length : current.total;
      accept({ items: [...current.items, ...page.value], total });
    });
  }, [api, filterKey, accept, fail]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const reloadSoon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void reload(loadedRef.current?.items.length ?? 0), settleMs);
    };
    const unsubscribers = [api.on('conversations.changed', reloadSoon), api.on('sync.changed', reloadSoon)];
    // A new filter is a new list: from its first page (a timer like the re-reads, so an effect run
    // twice in a row reads once).
    loadedRef.current = null;
    timer = setTimeout(() => void reload(0), 0);
    return () => {
      clearTimeout(timer);
      generation.current += 1;
      for (const unsubscribe of unsubscribers) unsubscribe();
    };
  }, [api, reload]);

  /** Opening a conversation marks it read in core; the row shows it at once. */
  const markRead = useCallback((id: number) => {
    setLoaded((current) => {
      if (!current?.items.some((item) => item.id === id && item.unreadCount > 0)) return current;
      const next = { ...current, items: current.items.map((item) => (item.id === id ? { ...item, unreadCount: 0 } : item)) };
      loadedRef.current = next;
      return next;
    });
  }, []);

  return { items: loaded?.items ?? null, total: loaded?.total ?? null, loadMore, markRead };
}
