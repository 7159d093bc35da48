// Every connected account's sync state, as core reports it and pushes on `sync.changed`.
import { useEffect, useState } from 'react';
import type { SportelloApi } from '../../../shared/api';
import type { AccountSyncStatus } from '../../../shared/contract';

export function useSyncStatus(api: SportelloApi): readonly AccountSyncStatus[] {
  const [statuses, setStatuses] = useState<readonly AccountSyncStatus[]>([]);
  useEffect(() => {
    // Once a push has arrived, it is newer than any answer to the read below.
    let pushed = false;
    const unsubscribe = api.on('sync.changed', (next) => {
      pushed = true;
      setStatuses(next);
    });
    void api.call('sync.status', {}).then((outcome) => {
      if (outcome.ok && !pushed) setStatuses(outcome.value);
    });
    return unsubscribe;
  }, [api]);
  return statuses;
}
