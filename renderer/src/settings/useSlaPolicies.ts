// Brands with their response-time policies and business hours, read from core and saved back.
// Every save is answered with the stored version, and `sla.changed` re-reads (another window).
import { useCallback, useEffect, useState } from 'react';
import type { SportelloApi } from '../../../shared/api';
import type { BusinessHours, CallResult, SlaPolicyInput } from '../../../shared/contract';
import type { CallError } from '../../../shared/outcome';
import type { ReportError } from '../errors/useCallErrors';

export type SlaPolicyList = CallResult<'sla.policies'>;

export function useSlaPolicies(api: SportelloApi, reportError: ReportError) {
  const [data, setData] = useState<SlaPolicyList | null>(null);

  const load = useCallback(
    () =>
      api.call('sla.policies', {}).then((outcome) => {
        if (outcome.ok) setData(outcome.value);
        else reportError(outcome.error);
      }),
    [api, reportError],
  );

  useEffect(() => {
    void load();
    return api.on('sla.changed', () => void load());
  }, [api, load]);

  /** Resolves to null on success, or the error to show next to the form. */
  const savePolicy = useCallback(
    async (input: SlaPolicyInput): Promise<CallError | null> => {
      const outcome = await api.call('sla.savePolicy', input);
      await load();
      return outcome.ok ? null : outcome.error;
    },
    [api, load],
  );

  const deletePolicy = useCallback(
    async (id: number): Promise<CallError | null> => {
      const outcome = await api.call('sla.deletePolicy', { id });
      await load();
      return outcome.ok ? null : outcome.error;
    },
    [api, load],
  );

  const saveHours = useCallback(
    async (hours: BusinessHours): Promise<CallError | null> => {
      const outcome = await api.call('sla.saveBusinessHours', hours);
      await load();
      return outcome.ok ? null : outcome.error;
    },
    [api, load],
  );

  return { data, savePolicy, deletePolicy, saveHours };
}
