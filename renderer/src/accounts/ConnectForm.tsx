// Connecting a Facebook Page with an access token. The token goes to core and from there to the
// keychain; this form never shows it back, and forgets it once the account is connected.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CallErrorText } from '../errors/CallErrorText';
import { TokenInput } from './TokenInput';
import type { SportelloApi } from '../../../shared/api';
import type { CallError } from '../../../shared/outcome';

interface Props {
  api: SportelloApi;
  onConnected: () => void;
}

type Result = { kind: 'connected'; names: string[] } | { kind: 'invalid-address' } | { kind: 'error'; error: CallError };

function isWebAddress(value: string): boolean {
  return URL.canParse(value) && ['http:', 'https:'].includes(new URL(value).protocol);
}

export function ConnectForm({ api, onConnected }: Props) {
  const { t, i18n } = useTranslation();
  const [token, setToken] = useState('');
  const [baseUrl, setBaseUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const titleId = useId();
  const tokenId = useId();
  const addressId = useId();

  const connect = async () => {
    const address = baseUrl.trim();
    if (address !== '' && !isWebAddress(address)) {
      setResult({ kind: 'invalid-address' });
      return;
    }
    setBusy(true);
    setResult(null);
    const outcome = await api.call('accounts.connect', { platform: 'meta', token, ...(address ? { baseUrl: address } : {}) });
    setBusy(false);
    if (outcome.ok) {
      setToken('');
      setResult({ kind: 'connected', names: outcome.value.map((account) => account.displayName) });
      onConnected();
    } else {
      setResult({ kind: 'error', error: outcome.error });
    }
  };

  return (
    <form
      className="connect-form"
      aria-labelledby={titleId}
      aria-busy={busy}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void connect();
      }}
    >
      <h3 id={titleId} className="connect-form__title">
        {t('accounts.connect.title')}
      </h3>
      <p className="setting__hint">{t('accounts.connect.hint')}</p>
      <div className="field">
        <label htmlFor={tokenId} className="field__label">
          {t('accounts.connect.token')}
        </label>
        <TokenInput id={tokenId} required value={token} onChange={(event) => setToken(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={addressId} className="field__label">
          {t('accounts.connect.address')}
        </label>
        <p id={`${addressId}-hint`} className="field__hint">
          {t('accounts.connect.addressHint')}
        </p>
        <input
          id={addressId}
          className="text-field text-field--path"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder={t('accounts.connect.addressPlaceholder')}
          aria-describedby={`${addressId}-hint`}
          aria-invalid={result?.kind === 'invalid-address'}
          value={baseUrl}
          onChange={(event) => setBaseUrl(event.target.value)}
        />
      </div>
      <div className="connect-form__actions">
        <button type="submit" className="button button--primary" disabled={busy || token.trim() === ''}>
          {busy ? t('accounts.connect.connecting') : t('accounts.connect.submit')}
        </button>
      </div>
      {/* Announced when it changes; the token itself is never part of it. */}
      <div className="connect-form__result" role="status">
        {result?.kind === 'connected' && (
          <p className="connect-form__success">
            {t('accounts.connect.connected', { names: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(result.names) })}
          </p>
        )}
        {result?.kind === 'invalid-address' && <p className="connect-form__error">{t('accounts.connect.invalidAddress')}</p>}
        {result?.kind === 'error' && (
          <p className="connect-form__error">
            <CallErrorText error={result.error} />
          </p>
        )}
      </div>
    </form>
  );
}
