// The queue as core orders it. Read again shortly after core says conversations or sync changed:
// a burst of new messages becomes one read, not one per message.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SportelloApi } from '../../../shared/api';
import type { CallParams, QueueItem } from '../../../shared/contract';
import type { ReportError } from '../errors/useCallErrors';

const settleMs = 150;

export type QueueFilter = CallParams<'queue.list'>;

export function useQueue(api: SportelloApi, reportError: ReportError, filter: QueueFilter = {}) {
  // A filter object made anew on every render must not re-read the queue: compare by content.
  const filterKey = JSON.stringify(filter);
  /** Null until the first answer. */
  const [items, setItems] = useState<readonly QueueItem[] | null>(null);
  const latestRequest = useRef(0);
  // Background reads repeat: a failure is reported once, not on every event until it clears.
  const failing = useRef(false);

  const load = useCallback(() => {
    const request = ++latestRequest.current;
    return api.call('queue.list', JSON.parse(filterKey) as QueueFilter).then((outcome) => {
      if (request !== latestRequest.current) return;
      if (outcome.ok) {
        failing.current = false;
        setItems(outcome.value);
      } else if (!failing.current) {
        failing.current = true;
        reportError(outcome.error);
      }
    });
  }, [api, reportError, filterKey]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const loadSoon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void load(), settleMs);
    };
    const unsubscribers = [api.on('conversations.changed', loadSoon), api.on('sync.changed', loadSoon)];
    void load();
    return () => {
      clearTimeout(timer);
      for (const unsubscribe of unsubscribers) unsubscribe();
    };
  }, [api, load]);

  /** Opening a conversation marks it read in core; the row shows it at once. */
  const markRead = useCallback((id: number) => {
    setItems((current) => current?.map((item) => (item.id === id && item.unreadCount > 0 ? { ...item, unreadCount: 0 } : item)) ?? null);
  }, []);

  return { items, markRead };
}
