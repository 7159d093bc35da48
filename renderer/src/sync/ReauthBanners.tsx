import { useTranslation } from 'react-i18next';

export interface ReauthAccount {
  id: number;
  name: string;
}

interface Props {
  accounts: readonly ReauthAccount[];
  onReauthorise: () => void;
}

/** One banner per account whose token stopped working; they go once it is re-authorised. */
export function ReauthBanners({ accounts, onReauthorise }: Props) {
  const { t } = useTranslation();
  if (accounts.length === 0) return null;
  return (
    <div className="banner-stack">
      {accounts.map((account) => (
        <div key={account.id} role="alert" className="error-banner error-banner--warning">
          <svg className="error-banner__icon" viewBox="0 0 20 20" aria-hidden="true">
            <path d="M10 3 18 17H2Z" />
            <path d="M10 8.5v3.5M10 14.5v.5" />
          </svg>
          <p className="error-banner__text">{t('reauth.message', { name: account.name })}</p>
          <button type="button" className="button" onClick={onReauthorise}>
            {t('reauth.action')}
          </button>
        </div>
      ))}
    </div>
  );
}
