// The brands this console serves, with their colour, and each brand's tone of voice: the notes the
// composer shows beside a reply to that brand's customers. Brands come from connected accounts.
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SportelloApi } from '../../../shared/api';
import type { BrandSummary } from '../../../shared/contract';
import type { ReportError } from '../errors/useCallErrors';
import { SaveResult, type SaveOutcome } from './SaveResult';

interface Props {
  api: SportelloApi;
  reportError: ReportError;
}

export function BrandsSection({ api, reportError }: Props) {
  const { t } = useTranslation();
  const [brands, setBrands] = useState<BrandSummary[] | null>(null);
  const load = useCallback(
    () =>
      api.call('brands.list', {}).then((outcome) => {
        if (outcome.ok) setBrands(outcome.value);
        else reportError(outcome.error);
      }),
    [api, reportError],
  );
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="setting" aria-labelledby="brands-title">
      <h2 id="brands-title" className="setting__label">
        {t('brandTone.title')}
      </h2>
      <p className="setting__hint">{t('brandTone.hint')}</p>
      {brands?.length === 0 && <p className="accounts__none">{t('brandTone.none')}</p>}
      {brands?.map((brand) => <BrandForm key={brand.id} api={api} brand={brand} />)}
    </section>
  );
}

function BrandForm({ api, brand }: { api: SportelloApi; brand: BrandSummary }) {
  const { t } = useTranslation();
  const [toneNotes, setToneNotes] = useState(brand.toneNotes);
  const [outcome, setOutcome] = useState<SaveOutcome>(null);
  const notesId = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await api.call('brands.setToneNotes', { id: brand.id, toneNotes });
    if (saved.ok) setToneNotes(saved.value.toneNotes);
    setOutcome(saved.ok ? { ok: true } : { ok: false, message: saved.error.message });
  };
  return (
    <form className="policy-form brand-form" aria-label={t('brandTone.brand', { name: brand.name })} onSubmit={(event) => void submit(event)}>
      <p className="brand-form__name">
        <span className="brand-dot" style={{ background: brand.color }} aria-hidden="true" />
        <span>{brand.name}</span>
        <span className="brand-form__color">{t('brandTone.color', { color: brand.color })}</span>
      </p>
      <label htmlFor={notesId} className="field__label">
        {t('brandTone.notes', { name: brand.name })}
      </label>
      <textarea id={notesId} className="text-field brand-form__notes" rows={3} maxLength={2000} value={toneNotes} onChange={(event) => setToneNotes(event.target.value)} />
      <div className="policy-form__actions">
        <button type="submit" className="button">
          {t('brandTone.save')}
        </button>
        <SaveResult outcome={outcome} />
      </div>
    </form>
  );
}
