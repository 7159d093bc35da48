import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../../../shared/contract';

/** What core needs the operator to know once, at start (e.g. the local cache was rebuilt). */
export function NoticeBanners({ notices }: { notices: readonly Notice[] }) {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState<ReadonlySet<number>>(new Set());
  const shown = notices.filter((notice) => !dismissed.has(notice.at));
  if (shown.length === 0) return null;
  return (
    <div className="error-banners">
      {shown.map((notice) => (
        <div key={notice.at} role="alert" className="error-banner">
          <p className="error-banner__text">
            {notice.kind === 'database-recovered' ? (
              <>
                <strong>{t('notices.databaseRecoveredTitle')}</strong>{' '}
                <span>
                  {t('notices.databaseRecovered', {
                    movedTo: notice.movedTo,
                    count: notice.unsentReplies,
                    exportedTo: notice.exportedTo ?? '',
                  })}
                </span>
              </>
            ) : (
              <>
                <strong>{t('notices.demoUnavailableTitle')}</strong> <span>{t('notices.details', { reason: notice.reason })}</span>
              </>
            )}
          </p>
          <button type="button" className="button button--quiet" onClick={() => setDismissed(new Set([...dismissed, notice.at]))}>
            {t('errors.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
