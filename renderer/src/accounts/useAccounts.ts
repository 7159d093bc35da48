// The connected accounts (never their tokens). Core says when they change through sync: connecting,
// disconnecting, removing the demo and a token going bad all change the set of sync states, so the
// list is read again whenever that set does, not on every sync tick.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SportelloApi } from '../../../shared/api';
import type { AccountSummary, AccountSyncStatus } from '../../../shared/contract';
import type { ReportError } from '../errors/useCallErrors';

function accountsKey(statuses: readonly AccountSyncStatus[]): string {
  return statuses
    .map((status) => `${status.accountId}:${status.state === 'needs_reauth' ? 'reauth' : 'ok'}`)
    .sort()
    .join(',');
}

export function useAccounts(api: SportelloApi, syncStatuses: readonly AccountSyncStatus[], reportError: ReportError) {
  /** Null until the first answer, so the inbox can tell "no accounts" from "not read yet". */
  const [accounts, setAccounts] = useState<readonly AccountSummary[] | null>(null);
  const latestRequest = useRef(0);

  const reload = useCallback(() => {
    const request = ++latestRequest.current;
    return api.call('accounts.list', {}).then((outcome) => {
      if (request !== latestRequest.current) return;
      if (outcome.ok) setAccounts(outcome.value);
      else reportError(outcome.error);
    });
  }, [api, reportError]);

  const key = accountsKey(syncStatuses);
  useEffect(() => {
    void reload();
  }, [reload, key]);

  return { accounts, reload };
}

export type Accounts = ReturnType<typeof useAccounts>;
