// An internal note in the thread, marked as such: the customer never sees it.
import { useTranslation } from 'react-i18next';
import type { NoteView } from '../../../shared/contract';
import { formatDateTime, isoTime } from '../format/time';

export function ThreadNote({ note }: { note: NoteView }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="message message--note">
      <p className="message__meta">
        <span className="message__note-label">{t('conversation.notes.label')}</span>
        <span>{note.author === 'operator' ? t('conversation.notes.you') : note.author}</span>
        <time dateTime={isoTime(note.createdAt)}>{formatDateTime(note.createdAt, i18n.language)}</time>
      </p>
      <p className="message__text">{note.text}</p>
    </li>
  );
}
