// Saved views in the inbox: the filter sets the operator named, applied with one click (or Enter),
// renamed and deleted in place; and the form that saves the filters on screen under a name.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedView } from '../../../shared/contract';
import { InlineConfirm } from '../shell/InlineConfirm';
import type { QueueFilter } from './useQueue';
import { sameFilter } from './useSavedViews';

interface Props {
  views: readonly SavedView[] | null;
  current: QueueFilter;
  onApply: (filter: QueueFilter) => void;
  /** Resolves to core's reason when it refuses. */
  onSave: (view: { id?: number; name: string; filter?: QueueFilter }) => Promise<string | null>;
  onDelete: (id: number) => Promise<void>;
}

export function SavedViews({ views, current, onApply, onSave, onDelete }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const [adding, setAdding] = useState(false);
  const [renaming, setRenaming] = useState<number | null>(null);
  if (views === null) return null;
  const nameTaken = (name: string, exceptId?: number) => views.some((view) => view.id !== exceptId && view.name.toLocaleLowerCase() === name.toLocaleLowerCase());

  return (
    <section className="saved-views" aria-labelledby={headingId}>
      <h2 id={headingId} className="saved-views__title">
        {t('savedViews.title')}
      </h2>
      {views.length === 0 && <p className="saved-views__empty">{t('savedViews.none')}</p>}
      {views.length > 0 && (
        <ul className="saved-views__list">
          {views.map((view) => (
            <li key={view.id} className="saved-views__item">
              {renaming === view.id ? (
                <NameForm
                  label={t('savedViews.renameLabel', { name: view.name })}
                  initial={view.name}
                  submit={t('savedViews.saveName')}
                  nameTaken={(name) => nameTaken(name, view.id)}
                  onSubmit={(name) => onSave({ id: view.id, name })}
                  onDone={() => setRenaming(null)}
                />
              ) : (
                <>
                  <button type="button" className="saved-views__apply" aria-pressed={sameFilter(view.filter, current)} onClick={() => onApply(view.filter)}>
                    {view.name}
                  </button>
                  <button type="button" className="button button--quiet" aria-label={t('savedViews.renameOf', { name: view.name })} onClick={() => setRenaming(view.id)}>
                    {t('savedViews.rename')}
                  </button>
                  <InlineConfirm
                    action={t('savedViews.delete')}
                    actionLabel={t('savedViews.deleteOf', { name: view.name })}
                    question={t('savedViews.deleteQuestion', { name: view.name })}
                    confirm={t('savedViews.deleteConfirm')}
                    keep={t('savedViews.keep')}
                    onConfirm={() => onDelete(view.id)}
                  />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {adding ? (
        <NameForm
          label={t('savedViews.newName')}
          initial=""
          submit={t('savedViews.saveNew')}
          nameTaken={(name) => nameTaken(name)}
          onSubmit={(name) => onSave({ name, filter: current })}
          onDone={() => setAdding(false)}
        />
      ) : (
        <button type="button" className="button button--quiet saved-views__add" onClick={() => setAdding(true)}>
          {t('savedViews.saveCurrent')}
        </button>
      )}
    </section>
  );
}

interface NameFormProps {
  label: string;
  initial: string;
  submit: string;
  nameTaken: (name: string) => boolean;
  onSubmit: (name: string) => Promise<string | null>;
  onDone: () => void;
}

/** A name, checked here in the operator's language; core checks again and its reason is shown too. */
function NameForm({ label, initial, submit, nameTaken, onSubmit, onDone }: NameFormProps) {
  const { t } = useTranslation();
  const errorId = useId();
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    const trimmed = name.trim();
    if (trimmed === '') return setError(t('savedViews.errors.empty'));
    if (nameTaken(trimmed)) return setError(t('savedViews.errors.duplicate', { name: trimmed }));
    setBusy(true);
    const refused = await onSubmit(trimmed);
    setBusy(false);
    if (refused === null) onDone();
    else setError(refused);
  };
  return (
    <form
      className="saved-views__form"
      aria-label={label}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <input
        className="text-field"
        value={name}
        aria-label={label}
        aria-invalid={error !== null}
        aria-describedby={error === null ? undefined : errorId}
        maxLength={60}
        autoFocus
        onChange={(event) => {
          setName(event.target.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onDone();
          }
        }}
      />
      <button type="submit" className="button button--primary" disabled={busy}>
        {submit}
      </button>
      <button type="button" className="button" onClick={onDone}>
        {t('savedViews.cancel')}
      </button>
      {error !== null && (
        <p id={errorId} className="saved-views__error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
