// What came of saving a settings form: "Saved." announced politely, or the reason it was refused.
import { useTranslation } from 'react-i18next';

export type SaveOutcome = { ok: true } | { ok: false; message: string } | null;

export function SaveResult({ outcome }: { outcome: SaveOutcome }) {
  const { t } = useTranslation();
  return (
    <>
      <span role="status" className="policy-form__result">
        {outcome?.ok && t('settings.sla.saved')}
      </span>
      {outcome && !outcome.ok && (
        <span role="alert" className="policy-form__error">
          {outcome.message}
        </span>
      )}
    </>
  );
}
