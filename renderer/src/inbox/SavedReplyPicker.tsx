// Saved replies at hand in the composer: type to narrow by title or text, Enter or a click
// inserts the reply with its variables filled in ({{first_name}}, {{brand}}, {{agent}}, {{order_number}}).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedReply } from '../../../shared/contract';

interface Props {
  replies: readonly SavedReply[];
  onInsert: (reply: SavedReply) => void;
  onClose: () => void;
}

export function SavedReplyPicker({ replies, onInsert, onClose }: Props) {
  const { t } = useTranslation();
  const listId = useId();
  const [query, setQuery] = useState('');
  const needle = query.trim().toLocaleLowerCase();
  const shown = replies.filter((reply) => !needle || reply.title.toLocaleLowerCase().includes(needle) || reply.body.toLocaleLowerCase().includes(needle));
  return (
    <div className="saved-replies">
      <input
        type="search"
        className="text-field"
        autoFocus
        value={query}
        aria-label={t('composer.savedReplies.search')}
        aria-controls={listId}
        placeholder={t('composer.savedReplies.search')}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onClose();
          else if (event.key === 'Enter' && shown[0]) {
            event.preventDefault();
            onInsert(shown[0]);
          }
        }}
      />
      {shown.length === 0 ? (
        <p className="saved-replies__empty">{replies.length === 0 ? t('composer.savedReplies.none') : t('composer.savedReplies.noMatch')}</p>
      ) : (
        <ul id={listId} className="saved-replies__list" aria-label={t('composer.savedReplies.label')}>
          {shown.map((reply) => (
            <li key={reply.id}>
              <button type="button" className="saved-replies__item" onClick={() => onInsert(reply)}>
                <span className="saved-replies__title">{reply.title}</span>
                <span className="saved-replies__body">{reply.body}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
