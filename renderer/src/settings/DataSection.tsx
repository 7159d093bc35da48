// Where Sportello keeps its data (with a copy button, to paste into a file manager or a support
// ticket), and a diagnostics export: core writes a file with no secret in it to the data folder's
// diagnostics/ and this section says where.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CallErrorText } from '../errors/CallErrorText';
import type { SportelloApi } from '../../../shared/api';
import type { CallError } from '../../../shared/outcome';

interface Props {
  api: SportelloApi;
  dataDir: string;
}

type ExportResult = { kind: 'written'; path: string } | { kind: 'error'; error: CallError };

export function DataSection({ api, dataDir }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState<ExportResult | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(dataDir);
      setCopied('copied');
    } catch {
      // No clipboard access (e.g. the page lost focus): the path stays selectable in the field.
      setCopied('failed');
    }
  };

  const exportDiagnostics = async () => {
    setExporting(true);
    setExported(null);
    const outcome = await api.call('diagnostics.export', {});
    setExporting(false);
    setExported(outcome.ok ? { kind: 'written', path: outcome.value.path } : { kind: 'error', error: outcome.error });
  };

  return (
    <section className="setting" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="setting__label">
        {t('diagnostics.title')}
      </h2>
      <label htmlFor={`${id}-folder`} className="field__label">
        {t('settings.dataFolder.label')}
      </label>
      <p id={`${id}-hint`} className="setting__hint">
        {t('settings.dataFolder.hint')}
      </p>
      <div className="data-folder">
        <input
          id={`${id}-folder`}
          className="text-field text-field--path"
          type="text"
          readOnly
          spellCheck={false}
          value={dataDir}
          aria-describedby={`${id}-hint`}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button" onClick={() => void copy()}>
          {t('diagnostics.copyFolder')}
        </button>
      </div>
      <span role="status" className="data-folder__result">
        {copied === 'copied' && t('diagnostics.copied')}
        {copied === 'failed' && t('diagnostics.copyFailed')}
      </span>
      <p className="setting__hint">{t('diagnostics.hint')}</p>
      <div>
        <button type="button" className="button" disabled={exporting} onClick={() => void exportDiagnostics()}>
          {exporting ? t('diagnostics.exporting') : t('diagnostics.export')}
        </button>
      </div>
      <div role="status" className="diagnostics__result">
        {exported?.kind === 'written' && (
          <p>
            {t('diagnostics.written')} <code className="diagnostics__path">{exported.path}</code>
          </p>
        )}
        {exported?.kind === 'error' && (
          <p className="connect-form__error">
            <CallErrorText error={exported.error} />
          </p>
        )}
      </div>
    </section>
  );
}
