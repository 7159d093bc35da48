// The status bar's details: a disclosure listing every account's sync state (online, syncing,
// throttled until when, offline, needs re-authorisation), when it last synced and how many of its
// replies wait to be sent. Escape or the button closes it; focus goes back to the button.
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSyncStatus, PendingOutbox } from '../../../shared/contract';
import { formatRelative, formatTime } from '../format/time';
import { useNow } from '../format/useNow';

interface Props {
  syncStatuses: readonly AccountSyncStatus[];
  pending: PendingOutbox;
}

function useStateText(): (status: AccountSyncStatus) => string {
  const { t, i18n } = useTranslation();
  return (status) =>
    status.state === 'throttled' && status.until !== null
      ? t('statusDetails.state.throttledUntil', { time: formatTime(status.until, i18n.language) })
      : t(`statusDetails.state.${status.state}`);
}

export function StatusDetails({ syncStatuses, pending }: Props) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const stateText = useStateText();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  // Escape, from the button or anywhere in the panel, closes it and gives the focus back to the button.
  const closeOnEscape = (event: KeyboardEvent) => {
    if (!open || event.key !== 'Escape') return;
    event.stopPropagation();
    setOpen(false);
    buttonRef.current?.focus();
  };

  const pendingOf = (accountId: number) => pending.byAccount.find((row) => row.accountId === accountId)?.count ?? 0;

  return (
    <div className="status-details" onKeyDown={closeOnEscape}>
      <button
        ref={buttonRef}
        type="button"
        className="status-details__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        {/* Points up while closed (the panel opens upwards), down while open. */}
        <svg className="status-details__chevron" viewBox="0 0 12 12" aria-hidden="true">
          <path d="M3 7.5 6 4.5 9 7.5" />
        </svg>
        {t('statusDetails.toggle')}
        {pending.total > 0 && <span className="status-details__badge">{t('statusDetails.pendingShort', { count: pending.total })}</span>}
      </button>
      <div id={panelId} className="status-details__panel" role="region" aria-label={t('statusDetails.title')} hidden={!open}>
        <h2 className="status-details__title">{t('statusDetails.title')}</h2>
        <p className="status-details__pending">{t('statusDetails.pendingTotal', { count: pending.total })}</p>
        {syncStatuses.length === 0 ? (
          <p>{t('status.noAccounts')}</p>
        ) : (
          <ul className="status-details__accounts">
            {syncStatuses.map((status) => (
              <li key={status.accountId} className="status-details__account" aria-label={status.displayName}>
                <span className="status-details__name">{status.displayName}</span>
                <span className={`status-details__state status-details__state--${status.state}`}>{stateText(status)}</span>
                <span>
                  {status.lastSyncedAt === null
                    ? t('status.notSynced')
                    : t('status.synced', { when: formatRelative(Math.min(status.lastSyncedAt, now), now, i18n.language) })}
                </span>
                <span>{t('statusDetails.pendingAccount', { count: pendingOf(status.accountId) })}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
