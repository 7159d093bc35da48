import { useTranslation } from 'react-i18next';
import type { AccountSummary, AccountSyncStatus, CoreStatus, PendingOutbox } from '../../../shared/contract';
import { formatRelative, formatTime } from '../format/time';
import { useNow } from '../format/useNow';
import { summariseSync, type SyncSummary } from '../sync/sync-summary';
import type { AppliedTheme } from '../theme/theme';
import { MoonIcon, SunIcon } from './icons';
import { StatusDetails } from './StatusDetails';

interface Props {
  status: CoreStatus;
  syncStatuses: readonly AccountSyncStatus[];
  accounts: readonly AccountSummary[] | null;
  pending: PendingOutbox;
  theme: AppliedTheme;
  onToggleTheme: () => void;
}

/**
 * Lines a screen reader should announce when they appear. Routine ones ("Syncing 3/8", "Synced 2
 * minutes ago") change every few seconds and stay out of the live region.
 */
const newsworthy: ReadonlySet<SyncSummary['kind']> = new Set(['no-accounts', 'needs-reauth', 'offline', 'throttled']);

function useSyncText(summary: SyncSummary, accounts: readonly AccountSummary[] | null): string {
  const { t, i18n } = useTranslation();
  const now = useNow();
  switch (summary.kind) {
    case 'no-accounts':
      return t('status.noAccounts');
    case 'needs-reauth':
      return t('status.needsReauth', { name: summary.name });
    case 'offline':
      return t('status.offlineQueued');
    case 'throttled': {
      const platform = accounts?.find((account) => account.id === summary.accountId)?.platform;
      const by = platform ? t(`accounts.platforms.${platform}`) : summary.name;
      return summary.until === null
        ? t('status.throttled', { platform: by })
        : t('status.throttledUntil', { platform: by, time: formatTime(summary.until, i18n.language) });
    }
    case 'progress':
      return t('status.syncProgress', { done: summary.done, total: summary.total });
    case 'syncing':
      return t('status.syncing');
    case 'synced':
      // Clocks differ by a little: a time just ahead of ours still reads "now".
      return t('status.synced', { when: formatRelative(Math.min(summary.at, now), now, i18n.language) });
    case 'not-synced':
      return t('status.notSynced');
  }
}

export function StatusBar({ status, syncStatuses, accounts, pending, theme, onToggleTheme }: Props) {
  const { t } = useTranslation();
  const summary = summariseSync(syncStatuses, status.network);
  const syncText = useSyncText(summary, accounts);
  const announce = newsworthy.has(summary.kind);
  // The machine may be online while no platform answers (a captive portal, a firewall, an outage):
  // to the operator that is offline too, so the dot never says "Online" beside "replies will wait".
  const connection = status.network === 'offline' || summary.kind === 'offline' ? 'offline' : 'online';
  const toggleLabel = theme === 'dark' ? t('status.switchToLight') : t('status.switchToDark');
  return (
    <footer className="status-bar" aria-label={t('status.label')}>
      <div className="status-bar__items">
        {/* A polite live region: network and sync trouble are announced without stealing focus. */}
        <span className="status-bar__live" role="status">
          <span className={`network network--${connection}`}>
            <span className="network__dot" aria-hidden="true" />
            {t(`status.${connection}`)}
          </span>
          {announce && <span className="status-bar__item status-bar__item--sync">{syncText}</span>}
        </span>
        {!announce && <span className="status-bar__item status-bar__item--sync">{syncText}</span>}
        {syncStatuses.length > 0 && <span className="status-bar__item">{t('status.accounts', { count: syncStatuses.length })}</span>}
        <StatusDetails syncStatuses={syncStatuses} pending={pending} />
      </div>
      <button type="button" className="icon-button" aria-label={toggleLabel} title={toggleLabel} onClick={onToggleTheme}>
        {theme === 'dark' ? <SunIcon /> : <MoonIcon />}
      </button>
    </footer>
  );
}
