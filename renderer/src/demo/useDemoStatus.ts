// Whether the simulated demo workspace is open, pushed live on `demo.changed`.
import { useCallback, useEffect, useState } from 'react';
import type { SportelloApi } from '../../../shared/api';
import type { DemoStatus } from '../../../shared/contract';
import type { ReportError } from '../errors/useCallErrors';

export function useDemoStatus(api: SportelloApi, reportError: ReportError) {
  const [status, setStatus] = useState<DemoStatus>({ active: false, simulatorUrl: null });

  useEffect(() => {
    let pushed = false;
    const unsubscribe = api.on('demo.changed', (next) => {
      pushed = true;
      setStatus(next);
    });
    void api.call('demo.status', {}).then((outcome) => {
      if (outcome.ok && !pushed) setStatus(outcome.value);
    });
    return unsubscribe;
  }, [api]);

  const remove = useCallback(async () => {
    const outcome = await api.call('demo.remove', {});
    if (outcome.ok) setStatus(outcome.value);
    else reportError(outcome.error);
  }, [api, reportError]);

  return { active: status.active, remove };
}
