// Saved views as core keeps them, kept current by core's event (a view saved in one window, or in
// the inbox, reaches the command palette and every other window).
import { useCallback, useEffect, useState } from 'react';
import type { SportelloApi } from '../../../shared/api';
import type { CallParams, SavedView } from '../../../shared/contract';
import type { ReportError } from '../errors/useCallErrors';

export type SavedViewsState = ReturnType<typeof useSavedViews>;

export function useSavedViews(api: SportelloApi, reportError: ReportError) {
  /** Null until the first answer. */
  const [views, setViews] = useState<readonly SavedView[] | null>(null);

  useEffect(() => {
    let pushed = false;
    const unsubscribe = api.on('savedViews.changed', (next) => {
      pushed = true;
      setViews(next);
    });
    void api.call('savedViews.list', {}).then((outcome) => {
      if (!outcome.ok) reportError(outcome.error);
      else if (!pushed) setViews(outcome.value);
    });
    return unsubscribe;
  }, [api, reportError]);

  /** Resolves to core's reason when it refuses (the form shows it next to the name). */
  const save = useCallback(
    async (params: CallParams<'savedViews.save'>): Promise<string | null> => {
      const outcome = await api.call('savedViews.save', params);
      return outcome.ok ? null : outcome.error.message;
    },
    [api],
  );

  const remove = useCallback(
    async (id: number) => {
      const outcome = await api.call('savedViews.delete', { id });
      if (!outcome.ok) reportError(outcome.error);
    },
    [api, reportError],
  );

  return { views, save, remove };
}

/** Whether a saved view's filters are the ones on screen (key order and the default status aside). */
export function sameFilter(a: CallParams<'queue.list'>, b: CallParams<'queue.list'>): boolean {
  const canonical = (filter: CallParams<'queue.list'>) =>
    JSON.stringify(
      Object.entries({ ...filter, status: filter.status ?? 'open' })
        .filter(([, value]) => value !== undefined)
        .sort(([x], [y]) => x.localeCompare(y)),
    );
  return canonical(a) === canonical(b);
}
