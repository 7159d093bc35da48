// Replies on their way to the platforms, overall and per account. Read again shortly after core says
// a conversation changed (every outbox change does) or the sync states moved (an account came back).
import { useCallback, useRef, useState } from 'react';
import type { SportelloApi } from '../../../shared/api';
import type { PendingOutbox } from '../../../shared/contract';
import { useReloadOn } from '../api/useReloadOn';

const none: PendingOutbox = { total: 0, byAccount: [] };

export function usePendingOutbox(api: SportelloApi): PendingOutbox {
  const [pending, setPending] = useState<PendingOutbox>(none);
  const latest = useRef(0);
  const read = useCallback(() => {
    const request = ++latest.current;
    void api.call('outbox.pending', {}).then((outcome) => {
      if (outcome.ok && request === latest.current) setPending(outcome.value);
    });
  }, [api]);
  useReloadOn(api, ['conversations.changed', 'sync.changed'], read);
  return pending;
}
