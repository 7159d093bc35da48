// The one line the status bar says about sync, picked from every account's state by what the
// operator most needs to act on: a broken account first, then a lost connection, then a platform
// holding us back, then progress, and otherwise when the queue was last brought up to date.
import type { AccountSyncStatus, NetworkState } from '../../../shared/contract';

export type SyncSummary =
  | { kind: 'no-accounts' }
  | { kind: 'needs-reauth'; accountId: number; name: string }
  | { kind: 'offline' }
  | { kind: 'throttled'; accountId: number; name: string; until: number | null }
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'syncing' }
  | { kind: 'synced'; at: number }
  | { kind: 'not-synced' };

export function summariseSync(statuses: readonly AccountSyncStatus[], network: NetworkState): SyncSummary {
  if (statuses.length === 0) return { kind: 'no-accounts' };
  const reauth = statuses.find((status) => status.state === 'needs_reauth');
  if (reauth) return { kind: 'needs-reauth', accountId: reauth.accountId, name: reauth.displayName };
  if (network === 'offline' || statuses.some((status) => status.state === 'offline')) return { kind: 'offline' };
  const throttled = statuses.find((status) => status.state === 'throttled');
  if (throttled) return { kind: 'throttled', accountId: throttled.accountId, name: throttled.displayName, until: throttled.until };
  const inProgress = statuses.filter((status) => status.state === 'syncing' && status.progress !== null);
  if (inProgress.length > 0) {
    return {
      kind: 'progress',
      done: inProgress.reduce((sum, status) => sum + (status.progress?.done ?? 0), 0),
      total: inProgress.reduce((sum, status) => sum + (status.progress?.total ?? 0), 0),
    };
  }
  // The oldest account's time: "synced 5 minutes ago" must hold for every account, not just one.
  const times = statuses.map((status) => status.lastSyncedAt);
  if (times.every((time): time is number => time !== null)) return { kind: 'synced', at: Math.min(...times) };
  return statuses.some((status) => status.state === 'syncing') ? { kind: 'syncing' } : { kind: 'not-synced' };
}
