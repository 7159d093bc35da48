// The open conversation, read from core when it is opened and again whenever core says it changed
// (new messages, delivery states, an edited or cancelled reply), and when its reply window closes.
import { useEffect, useEffectEvent, useState } from 'react';
import type { SportelloApi } from '../../../shared/api';
import type { ConversationView } from '../../../shared/contract';
import type { ReportError } from '../errors/useCallErrors';

const settleMs = 100;
// setTimeout's ceiling (about 24.8 days); reply windows close well within it.
const longestTimerMs = 2 ** 31 - 1;

export type OpenConversation =
  | { state: 'loading' }
  | { state: 'ready'; view: ConversationView }
  /** Gone from core: the demo was removed, or its account disconnected. */
  | { state: 'missing' };

type Loaded = { id: number; view: ConversationView } | { id: number; missing: true };

export function useConversation(api: SportelloApi, id: number, reportError: ReportError, onOpened: (id: number) => void): OpenConversation {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  // Bumped when the reply window closes, which moves on with the clock rather than with an event.
  const [windowClosings, setWindowClosings] = useState(0);
  const opened = useEffectEvent(onOpened);
  const report = useEffectEvent(reportError);

  useEffect(() => {
    let active = true;
    let latestRequest = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      const request = ++latestRequest;
      const outcome = await api.call('conversation.open', { id });
      if (!active || request !== latestRequest) return;
      if (outcome.ok) {
        setLoaded({ id, view: outcome.value });
        opened(id);
      } else if (outcome.error.kind === 'not-found') {
        setLoaded({ id, missing: true });
      } else {
        report(outcome.error);
      }
    };
    const loadSoon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void load(), settleMs);
    };
    const unsubscribe = api.on('conversations.changed', ({ ids }) => {
      if (ids.includes(id)) loadSoon();
    });
    void load();
    return () => {
      active = false;
      clearTimeout(timer);
      unsubscribe();
    };
  }, [api, id, windowClosings]);

  const current = loaded?.id === id ? loaded : null;
  const closesAt = current && 'view' in current ? current.view.window.closesAt : null;

  useEffect(() => {
    if (closesAt === null) return;
    // A second late, so core (on the same clock) sees it closed; never in a loop on a stale answer.
    const delay = closesAt - Date.now() + 1000;
    if (delay <= 0) return;
    const timer = setTimeout(() => setWindowClosings((count) => count + 1), Math.min(delay, longestTimerMs));
    return () => clearTimeout(timer);
  }, [closesAt]);

  if (!current) return { state: 'loading' };
  return 'view' in current ? { state: 'ready', view: current.view } : { state: 'missing' };
}
