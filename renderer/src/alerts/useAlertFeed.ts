// What the Alerts and Supervisor views list: the alert log, the conversations at risk or breached
// (closest to breach first) and, for the Supervisor view, the counts per brand and channel. Read
// again when alerts fire or conversations change, and once a minute as time passes.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SportelloApi } from '../../../shared/api';
import type { AlertEntry, CallResult, QueueItem } from '../../../shared/contract';
import type { ReportError } from '../errors/useCallErrors';

const settleMs = 150;
const refreshMs = 60_000;

export type QueueCounts = CallResult<'queue.counts'>;

export function useAlertFeed(api: SportelloApi, reportError: ReportError, { withCounts = false } = {}) {
  const [log, setLog] = useState<readonly AlertEntry[] | null>(null);
  const [attention, setAttention] = useState<readonly QueueItem[] | null>(null);
  const [counts, setCounts] = useState<QueueCounts | null>(null);
  const failing = useRef(false);

  const load = useCallback(
    () =>
      Promise.all([
        api.call('alerts.log', {}),
        api.call('queue.list', { slaState: 'attention' }),
        withCounts ? api.call('queue.counts', {}) : Promise.resolve(null),
      ]).then(([logOutcome, queueOutcome, countsOutcome]) => {
        const outcomes = countsOutcome ? [logOutcome, queueOutcome, countsOutcome] : [logOutcome, queueOutcome];
        for (const outcome of outcomes) {
          if (!outcome.ok && !failing.current) reportError(outcome.error);
        }
        failing.current = outcomes.some((outcome) => !outcome.ok);
        if (logOutcome.ok) setLog(logOutcome.value);
        if (queueOutcome.ok) setAttention(queueOutcome.value);
        if (countsOutcome?.ok) setCounts(countsOutcome.value);
      }),
    [api, reportError, withCounts],
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
