// Network and sync state as core reports it, pushed live by `status.changed`.
import { useEffect, useState } from 'react';
import type { SportelloApi } from '../../../shared/api';
import type { CoreStatus } from '../../../shared/contract';

const newer = (current: CoreStatus, next: CoreStatus) => (next.changedAt >= current.changedAt ? next : current);

export function useCoreStatus(api: SportelloApi, initial: CoreStatus): CoreStatus {
  const [status, setStatus] = useState(initial);
  useEffect(() => {
    const unsubscribe = api.on('status.changed', (next) => setStatus((current) => newer(current, next)));
    // A change pushed between the start-up read and this subscription would otherwise be missed.
    void api.call('status.get', {}).then((outcome) => {
      if (outcome.ok) setStatus((current) => newer(current, outcome.value));
    });
    return unsubscribe;
  }, [api]);
  return status;
}
