import { useTranslation } from 'react-i18next';
import type { CoreStatus } from '../../../shared/contract';
import type { AppliedTheme } from '../theme/theme';
import { MoonIcon, SunIcon } from './icons';

interface Props {
  status: CoreStatus;
  theme: AppliedTheme;
  onToggleTheme: () => void;
}

export function StatusBar({ status, theme, onToggleTheme }: Props) {
  const { t } = useTranslation();
  const toggleLabel = theme === 'dark' ? t('status.switchToLight') : t('status.switchToDark');
  return (
    <footer className="status-bar" aria-label={t('status.label')}>
      {/* A polite live region: network and sync changes are announced without stealing focus. */}
      <div className="status-bar__items" role="status">
        <span className={`network network--${status.network}`}>
          <span className="network__dot" aria-hidden="true" />
          {t(`status.${status.network}`)}
        </span>
        <span className="status-bar__item">
          {status.connectedAccounts === 0 ? t('status.noAccounts') : t('status.accounts', { count: status.connectedAccounts })}
        </span>
        {status.connectedAccounts > 0 && status.sync === 'syncing' && (
          <span className="status-bar__item">{t('status.syncing')}</span>
        )}
        {status.connectedAccounts > 0 && status.sync === 'idle' && status.lastSyncedAt !== null && (
          <span className="status-bar__item">{t('status.lastSynced', { time: status.lastSyncedAt })}</span>
        )}
      </div>
      <button type="button" className="icon-button" aria-label={toggleLabel} title={toggleLabel} onClick={onToggleTheme}>
        {theme === 'dark' ? <SunIcon /> : <MoonIcon />}
      </button>
    </footer>
  );
}
