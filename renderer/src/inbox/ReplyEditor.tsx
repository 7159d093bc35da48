// Changing a reply that is still waiting in the outbox.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countCharacters, type TextLimit } from '../../../shared/composer/text-limits';
import { CharacterCount } from './CharacterCount';

interface Props {
  initialText: string;
  limit: TextLimit;
  busy: boolean;
  onSave: (text: string) => Promise<void>;
  onDiscard: () => void;
}

export function ReplyEditor({ initialText, limit, busy, onSave, onDiscard }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(initialText);
  const fieldId = useId();
  const countId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const count = countCharacters(text, limit);
  // The last reply sits at the bottom of the thread: bring its Save button into view too.
  useEffect(() => formRef.current?.scrollIntoView({ block: 'nearest' }), []);
  const canSave = !busy && text.trim() !== '' && count <= limit.max;
  const save = () => {
    if (canSave) void onSave(text.trim());
  };
  return (
    <form
      ref={formRef}
      className="reply-editor"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <label htmlFor={fieldId} className="visually-hidden">
        {t('message.edit.label')}
      </label>
      <textarea
        id={fieldId}
        className="text-area"
        value={text}
        rows={3}
        autoFocus
        aria-describedby={countId}
        aria-keyshortcuts="Control+Enter Meta+Enter Escape"
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onDiscard();
          } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            save();
          }
        }}
      />
      <div className="reply-editor__footer">
        <CharacterCount id={countId} count={count} limit={limit} />
        <button type="button" className="button button--small" onClick={onDiscard}>
          {t('message.edit.discard')}
        </button>
        <button type="submit" className="button button--small button--primary" disabled={!canSave}>
          {t('message.edit.save')}
        </button>
      </div>
    </form>
  );
}
