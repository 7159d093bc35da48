import { useTranslation } from 'react-i18next';
import type { ShownError } from './useCallErrors';
import { CallErrorText } from './CallErrorText';

interface Props {
  errors: readonly ShownError[];
  onDismiss: (id: number) => void;
}

/** Non-blocking: sits above the view, announced once by screen readers, closed by the operator. */
export function ErrorBanners({ errors, onDismiss }: Props) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  return (
    <div className="error-banners">
      {errors.map((error) => (
        <div key={error.id} role="alert" className="error-banner">
          <svg className="error-banner__icon" viewBox="0 0 20 20" aria-hidden="true">
            <circle cx="10" cy="10" r="8" />
            <path d="M10 5.5v5.5M10 13.5v1" />
          </svg>
          <p className="error-banner__text">
            <CallErrorText error={error} />
          </p>
          <button type="button" className="button button--quiet" onClick={() => onDismiss(error.id)}>
            {t('errors.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
