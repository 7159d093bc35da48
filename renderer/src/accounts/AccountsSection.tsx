// Connected accounts in Settings: what is connected, testing and re-authorising each one,
// disconnecting (asked twice), and connecting a Facebook Page.
import { useTranslation } from 'react-i18next';
import type { SportelloApi } from '../../../shared/api';
import type { AccountSummary } from '../../../shared/contract';
import type { ReportError } from '../errors/useCallErrors';
import { InlineConfirm } from '../shell/InlineConfirm';
import { AccountTools } from './AccountTools';
import { ConnectForm } from './ConnectForm';

export const accountsHeadingId = 'connected-accounts';

interface Props {
  api: SportelloApi;
  accounts: readonly AccountSummary[] | null;
  reportError: ReportError;
  onChanged: () => void;
}

export function AccountsSection({ api, accounts, reportError, onChanged }: Props) {
  const { t } = useTranslation();

  const disconnect = async (account: AccountSummary) => {
    const outcome = await api.call('accounts.disconnect', { id: account.id });
    if (!outcome.ok) reportError(outcome.error);
    onChanged();
  };

  return (
    <section className="setting accounts" aria-labelledby={accountsHeadingId}>
      {/* Focusable so "Re-authorise" can bring the operator straight here. */}
      <h2 id={accountsHeadingId} className="setting__label accounts__title" tabIndex={-1}>
        {t('accounts.title')}
      </h2>
      <p className="setting__hint">{t('accounts.hint')}</p>
      {accounts !== null && accounts.length === 0 && <p className="accounts__none">{t('accounts.none')}</p>}
      {accounts !== null && accounts.length > 0 && (
        <ul className="accounts__list">
          {accounts.map((account) => (
            <li key={account.id} className="account">
              <div className="account__who">
                <span className="account__name">{account.displayName}</span>
                <span className="account__platform">{t(`accounts.platforms.${account.platform}`)}</span>
              </div>
              <span className={`account__status account__status--${account.status}`}>{t(`accounts.status.${account.status}`)}</span>
              <AccountTools api={api} account={account} onChanged={onChanged} />
              <InlineConfirm
                action={t('accounts.disconnect')}
                actionLabel={t('accounts.disconnectNamed', { name: account.displayName })}
                question={t('accounts.disconnectQuestion', { name: account.displayName })}
                confirm={t('accounts.disconnectConfirm')}
                keep={t('accounts.disconnectKeep')}
                onConfirm={() => disconnect(account)}
              />
            </li>
          ))}
        </ul>
      )}
      <ConnectForm api={api} onConnected={onChanged} />
    </section>
  );
}
