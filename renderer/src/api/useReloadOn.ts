// Reads something from core now, and again shortly after any of the named events (a burst of
// events becomes one read, not one per event) and, if asked, on a fixed interval as time passes.
import { useEffect } from 'react';
import type { SportelloApi } from '../../../shared/api';
import type { EventName } from '../../../shared/contract';

const settleMs = 150;

export function useReloadOn(api: SportelloApi, events: readonly EventName[], load: () => void, options: { everyMs?: number } = {}): void {
  // The event list is usually written inline: compare it by content.
  const eventKey = events.join(' ');
  const { everyMs } = options;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const loadSoon = () => {
      clearTimeout(timer);
      timer = setTimeout(load, settleMs);
    };
    const unsubscribers = (eventKey.split(' ') as EventName[]).map((event) => api.on(event, loadSoon));
    const interval = everyMs === undefined ? undefined : setInterval(loadSoon, everyMs);
    load();
    return () => {
      clearTimeout(timer);
      clearInterval(interval);
      for (const unsubscribe of unsubscribers) unsubscribe();
    };
  }, [api, eventKey, load, everyMs]);
}
