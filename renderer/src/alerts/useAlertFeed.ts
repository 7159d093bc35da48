// What the Alerts view lists: the alert log, and the conversations at risk or breached (closest to
// breach first). Read again when alerts fire or clocks change, and once a minute as time passes.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SportelloApi } from '../../../shared/api';
import type { AlertEntry, CallResult, QueueItem } from '../../../shared/contract';
import type { ReportError } from '../errors/useCallErrors';

const settleMs = 150;
const refreshMs = 60_000;

export function useAlertFeed(api: SportelloApi, reportError: ReportError) {
  const [log, setLog] = useState<readonly AlertEntry[] | null>(null);
  const [attention, setAttention] = useState<readonly QueueItem[] | null>(null);
  const [counts, setCounts] = useState<CallResult<'queue.counts'> | null>(null);
  const failing = useRef(false);

  const load = useCallback(
    () =>
      Promise.all([api.call('alerts.log', {}), api.call('queue.list', { slaState: 'attention' }), api.call('queue.counts', {})]).then(([logOutcome, queueOutcome, countsOutcome]) => {
        for (const outcome of [logOutcome, queueOutcome, countsOutcome]) {
          if (!outcome.ok && !failing.current) reportError(outcome.error);
        }
        failing.current = !logOutcome.ok || !queueOutcome.ok || !countsOutcome.ok;
        if (logOutcome.ok) setLog(logOutcome.value);
        if (queueOutcome.ok) setAttention(queueOutcome.value);
        if (countsOutcome.ok) setCounts(countsOutcome.value);
      }),
    [api, reportError],
  );

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const loadSoon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void load(), settleMs);
    };
    const unsubscribers = [api.on('alerts.fired', loadSoon), api.on('alerts.summary', loadSoon), api.on('conversations.changed', loadSoon)];
    const interval = setInterval(loadSoon, refreshMs);
    void load();
    return () => {
      clearTimeout(timer);
      clearInterval(interval);
      for (const unsubscribe of unsubscribers) unsubscribe();
    };
  }, [api, load]);

  const snooze = useCallback(
    async (alertId: number, minutes: number) => {
      const outcome = await api.call('alerts.snooze', { alertId, minutes });
      if (!outcome.ok) reportError(outcome.error);
      await load();
    },
    [api, load, reportError],
  );

  return { log, attention, counts, snooze };
}
