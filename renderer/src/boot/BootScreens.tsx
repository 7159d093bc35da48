// What the window shows before the console is connected: a loading state, or why it could not start.
import { useTranslation } from 'react-i18next';
import { BrandMark } from '../shell/icons';

export function BootLoading() {
  const { t } = useTranslation();
  return (
    <div className="boot" role="status">
      <BrandMark />
      <span className="boot__spinner" aria-hidden="true" />
      <p className="boot__text">{t('boot.loading')}</p>
    </div>
  );
}

export function BootFailure({ detail }: { detail: string }) {
  const { t } = useTranslation();
  return (
    <div className="boot">
      <div className="boot__panel" role="alert">
        <BrandMark />
        <h1 className="boot__title">{t('boot.failedTitle')}</h1>
        <p className="boot__text">{t('boot.failedBody')}</p>
        <p className="boot__detail">{t('boot.details', { message: detail })}</p>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {t('boot.reload')}
        </button>
      </div>
    </div>
  );
}
