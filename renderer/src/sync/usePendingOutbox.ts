// Replies on their way to the platforms, overall and per account. Read again whenever core says a
// conversation changed (every outbox change does) or the sync states moved (an account came back).
import { useEffect, useState } from 'react';
import type { SportelloApi } from '../../../shared/api';
import type { PendingOutbox } from '../../../shared/contract';

const none: PendingOutbox = { total: 0, byAccount: [] };

export function usePendingOutbox(api: SportelloApi): PendingOutbox {
  const [pending, setPending] = useState<PendingOutbox>(none);
  useEffect(() => {
    let latest = 0;
    const read = () => {
      const request = ++latest;
      void api.call('outbox.pending', {}).then((outcome) => {
        if (outcome.ok && request === latest) setPending(outcome.value);
      });
    };
    read();
    const offConversations = api.on('conversations.changed', read);
    const offSync = api.on('sync.changed', read);
    return () => {
      offConversations();
      offSync();
    };
  }, [api]);
  return pending;
}
