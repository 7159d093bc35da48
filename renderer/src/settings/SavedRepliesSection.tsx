// Saved replies, per brand or for every brand, with the variables they can use. Listed, added,
// edited in place and deleted; the composer offers them by brand.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SportelloApi } from '../../../shared/api';
import type { BrandSummary, SavedReply } from '../../../shared/contract';
import { savedReplyVariables } from '../../../shared/composer/saved-reply';
import type { ReportError } from '../errors/useCallErrors';
import { SaveResult, type SaveOutcome } from './SaveResult';

interface Props {
  api: SportelloApi;
  reportError: ReportError;
}

export function SavedRepliesSection({ api, reportError }: Props) {
  const { t } = useTranslation();
  const [replies, setReplies] = useState<SavedReply[]>([]);
  const [brands, setBrands] = useState<BrandSummary[]>([]);
  const load = useCallback(
    () =>
      Promise.all([api.call('savedReplies.list', {}), api.call('brands.list', {})]).then(([replyList, brandList]) => {
        if (replyList.ok) setReplies(replyList.value);
        else reportError(replyList.error);
        if (brandList.ok) setBrands(brandList.value);
      }),
    [api, reportError],
  );
  useEffect(() => {
    void load();
  }, [load]);
  const save = async (reply: Omit<SavedReply, 'id'> & { id?: number }) => {
    const outcome = await api.call('savedReplies.save', reply);
    await load();
    return outcome.ok ? null : outcome.error.message;
  };
  const remove = async (id: number) => {
    const outcome = await api.call('savedReplies.delete', { id });
    if (!outcome.ok) reportError(outcome.error);
    await load();
  };
  return (
    <section className="setting" aria-labelledby="saved-replies-title">
      <h2 id="saved-replies-title" className="setting__label">
        {t('settings.savedReplies.title')}
      </h2>
      <p className="setting__hint">{t('settings.savedReplies.hint', { variables: savedReplyVariables.map((name) => `{{${name}}}`).join(', ') })}</p>
      {replies.map((reply) => (
        <SavedReplyForm key={reply.id} reply={reply} brands={brands} onSave={save} onDelete={() => void remove(reply.id)} />
      ))}
      <SavedReplyForm key={`new-${replies.length}`} reply={null} brands={brands} onSave={save} />
    </section>
  );
}

interface FormProps {
  reply: SavedReply | null;
  brands: readonly BrandSummary[];
  onSave: (reply: Omit<SavedReply, 'id'> & { id?: number }) => Promise<string | null>;
  onDelete?: () => void;
}

function SavedReplyForm({ reply, brands, onSave, onDelete }: FormProps) {
  const { t } = useTranslation();
  const [brandId, setBrandId] = useState(reply?.brandId ?? null);
  const [title, setTitle] = useState(reply?.title ?? '');
  const [body, setBody] = useState(reply?.body ?? '');
  const [outcome, setOutcome] = useState<SaveOutcome>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const error = await onSave({ ...(reply ? { id: reply.id } : {}), brandId, title, body });
    setOutcome(error ? { ok: false, message: error } : { ok: true });
  };
  return (
    <form className="policy-form" aria-label={reply ? t('settings.savedReplies.edit', { title: reply.title }) : t('settings.savedReplies.add')} onSubmit={(event) => void submit(event)}>
      <div className="inline-fields">
        <label className="inline-field">
          {t('settings.savedReplies.brand')}
          <select className="select" value={brandId ?? ''} onChange={(event) => setBrandId(event.target.value ? Number(event.target.value) : null)}>
            <option value="">{t('settings.savedReplies.everyBrand')}</option>
            {brands.map((brand) => (
              <option key={brand.id} value={brand.id}>
                {brand.name}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          {t('settings.savedReplies.titleLabel')}
          <input className="text-field" required maxLength={80} value={title} onChange={(event) => setTitle(event.target.value)} />
        </label>
      </div>
      <label className="inline-field">
        {t('settings.savedReplies.body')}
        <textarea className="text-field" required rows={3} maxLength={5000} value={body} onChange={(event) => setBody(event.target.value)} />
      </label>
      <div className="policy-form__actions">
        <button type="submit" className="button button--primary">
          {reply ? t('settings.savedReplies.save') : t('settings.savedReplies.create')}
        </button>
        {onDelete && (
          <button type="button" className="button button--quiet" onClick={onDelete}>
            {t('settings.savedReplies.delete')}
          </button>
        )}
        <SaveResult outcome={outcome} />
      </div>
    </form>
  );
}
