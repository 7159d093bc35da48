// Per-account tools in Settings: try the stored token on the platform ("Test connection"), and give
// one account a new token ("Re-authorise"). The token typed here goes to core and the keychain; the
// field forgets it as soon as core accepts it.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CallErrorText } from '../errors/CallErrorText';
import { TokenInput } from './TokenInput';
import type { SportelloApi } from '../../../shared/api';
import type { AccountSummary, ConnectionCheck } from '../../../shared/contract';
import type { CallError } from '../../../shared/outcome';

interface Props {
  api: SportelloApi;
  account: AccountSummary;
  onChanged: () => void;
}

type Result = { kind: 'check'; check: ConnectionCheck } | { kind: 'reauthorised' } | { kind: 'error'; error: CallError };

export function AccountTools({ api, account, onChanged }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [reauthorising, setReauthorising] = useState(false);
  const [token, setToken] = useState('');
  const tokenId = useId();

  const test = async () => {
    setBusy(true);
    setResult(null);
    const outcome = await api.call('accounts.test', { id: account.id });
    setBusy(false);
    setResult(outcome.ok ? { kind: 'check', check: outcome.value } : { kind: 'error', error: outcome.error });
    onChanged();
  };

  const reauthorise = async () => {
    setBusy(true);
    setResult(null);
    const outcome = await api.call('accounts.reauthorise', { id: account.id, token });
    setBusy(false);
    if (outcome.ok) {
      setToken('');
      setReauthorising(false);
      setResult({ kind: 'reauthorised' });
      onChanged();
    } else {
      setResult({ kind: 'error', error: outcome.error });
    }
  };

  return (
    <div className="account-tools" aria-busy={busy}>
      <div className="account-tools__buttons">
        <button type="button" className="button" disabled={busy} aria-label={t('accountCheck.testNamed', { name: account.displayName })} onClick={() => void test()}>
          {busy && !reauthorising ? t('accountCheck.testing') : t('accountCheck.test')}
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={reauthorising}
          aria-label={t('accountCheck.reauthoriseNamed', { name: account.displayName })}
          onClick={() => setReauthorising((open) => !open)}
        >
          {t('accountCheck.reauthorise')}
        </button>
      </div>
      {reauthorising && (
        <form
          className="account-tools__reauth"
          aria-label={t('accountCheck.reauthoriseNamed', { name: account.displayName })}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void reauthorise();
          }}
        >
          <label htmlFor={tokenId} className="field__label">
            {t('accountCheck.newToken', { name: account.displayName })}
          </label>
          <TokenInput id={tokenId} autoFocus value={token} onChange={(event) => setToken(event.target.value)} />
          <button type="submit" className="button button--primary" disabled={busy || token.trim() === ''}>
            {t('accountCheck.saveToken')}
          </button>
        </form>
      )}
      {/* Announced when it changes; a token is never part of it. */}
      <div role="status" className="account-tools__result">
        {result?.kind === 'check' && (
          <p className={`account-check account-check--${result.check.result}`}>
            <strong>{t(`accountCheck.result.${result.check.result}`)}</strong>
            {/* Core's words carry the platform's reason, worth showing only when something is wrong. */}
            {result.check.result !== 'ok' && <span> {result.check.message}</span>}
          </p>
        )}
        {result?.kind === 'reauthorised' && <p className="account-check account-check--ok">{t('accountCheck.reauthorised', { name: account.displayName })}</p>}
        {result?.kind === 'error' && (
          <p className="account-check account-check--needs_reauth">
            <CallErrorText error={result.error} />
          </p>
        )}
      </div>
    </div>
  );
}
