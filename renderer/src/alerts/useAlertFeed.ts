// What the Alerts and Supervisor views list: the alert log, the conversations at risk or breached
// (closest to breach first) and, for the Supervisor view, the counts per brand and channel. Read
// again when alerts fire or conversations change, and once a minute as time passes.
import { useCallback, useRef, useState } from 'react';
import type { SportelloApi } from '../../../shared/api';
import type { AlertEntry, CallResult, QueueItem } from '../../../shared/contract';
import { useReloadOn } from '../api/useReloadOn';
import type { ReportError } from '../errors/useCallErrors';

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

  useReloadOn(api, ['alerts.fired', 'alerts.summary', 'conversations.changed'], load, { everyMs: refreshMs });

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
