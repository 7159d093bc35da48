// An internal note: for the team, never sent to the customer. Ctrl/Cmd+Enter saves, Escape closes.
import { forwardRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  onSave: (text: string) => Promise<boolean>;
  onClose: () => void;
}

export const NoteForm = forwardRef<HTMLTextAreaElement, Props>(function NoteForm({ onSave, onClose }, ref) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);
  const save = async () => {
    if (!text.trim() || saving) return;
    setSaving(true);
    const ok = await onSave(text.trim());
    setSaving(false);
    if (ok) {
      setText('');
      onClose();
    }
  };
  return (
    <form
      className="note-form"
      aria-label={t('conversation.notes.form')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <textarea
        ref={ref}
        className="text-field note-form__text"
        rows={3}
        maxLength={5000}
        value={text}
        aria-label={t('conversation.notes.text')}
        placeholder={t('conversation.notes.placeholder')}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void save();
          } else if (event.key === 'Escape') onClose();
        }}
      />
      <div className="note-form__actions">
        <button type="submit" className="button button--primary" disabled={saving || !text.trim()}>
          {t('conversation.notes.save')}
        </button>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('conversation.notes.cancel')}
        </button>
      </div>
    </form>
  );
});
