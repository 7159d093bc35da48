// The same customer elsewhere: their handles, their other conversations across channels and
// brands, and what colleagues noted and tagged in any of them, so the agent sees the whole
// relationship before answering. Collapsed until asked for.
import { useTranslation } from 'react-i18next';
import type { ConversationView } from '../../../shared/contract';
import { formatRelative } from '../format/time';
import { useNow } from '../format/useNow';
import { ChannelIcon } from './ChannelIcon';

interface Props {
  /** The conversation on screen (its own notes are marked as such). */
  conversationId: number;
  customer: ConversationView['customer'];
  name: string;
  onOpen: (conversationId: number) => void;
}

export function CustomerHistory({ conversationId, customer, name, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const others = customer.otherConversations;
  return (
    <details className="customer-history">
      <summary>{t('conversation.customer.summary', { name, count: others.length })}</summary>
      {customer.handles.length > 0 && <p className="customer-history__handles">{t('conversation.customer.handles', { handles: customer.handles.join(', ') })}</p>}
      {others.length === 0 ? (
        <p className="customer-history__empty">{t('conversation.customer.none')}</p>
      ) : (
        <ul className="customer-history__list">
          {others.map((other) => (
            <li key={other.id} className="customer-history__item">
              <span className="brand-dot" style={{ background: other.brandColor }} aria-hidden="true" />
              <span>{other.brandName}</span>
              <span className="queue-row__channel">
                <ChannelIcon channel={other.channelKind} />
                {t(`inbox.channel.${other.channelKind}`)}
              </span>
              <span>{t(`conversation.status.${other.status}`)}</span>
              {other.lastMessageAt !== null && <span>{formatRelative(Math.min(other.lastMessageAt, now), now, i18n.language, 'short')}</span>}
              <button type="button" className="button button--quiet" onClick={() => onOpen(other.id)}>
                {t('alerts.open')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3 className="customer-history__heading">{t('customerPanel.tags')}</h3>
      {customer.tags.length === 0 ? (
        <p className="customer-history__empty">{t('customerPanel.noTags')}</p>
      ) : (
        <ul className="customer-history__tags">
          {customer.tags.map((tag) => (
            <li key={tag.name} className="tag">
              {t('customerPanel.tag', { name: tag.name, count: tag.conversations })}
            </li>
          ))}
        </ul>
      )}
      <h3 className="customer-history__heading">{t('customerPanel.notes')}</h3>
      {customer.notes.length === 0 ? (
        <p className="customer-history__empty">{t('customerPanel.noNotes')}</p>
      ) : (
        <ul className="customer-history__notes">
          {customer.notes.map((note) => (
            <li key={note.id} className="customer-history__note">
              <p className="customer-history__note-text" dir="auto">
                {note.text}
              </p>
              <p className="customer-history__note-meta">
                <span className="brand-dot" style={{ background: note.brandColor }} aria-hidden="true" />
                <span>{t('customerPanel.noteFrom', { author: note.author === 'operator' ? t('conversation.notes.you') : note.author, brand: note.brandName, channel: t(`inbox.channel.${note.channelKind}`) })}</span>
                <span>{formatRelative(Math.min(note.createdAt, now), now, i18n.language, 'short')}</span>
                {note.conversationId === conversationId ? (
                  <span>{t('customerPanel.thisConversation')}</span>
                ) : (
                  <button type="button" className="button button--quiet" onClick={() => onOpen(note.conversationId)}>
                    {t('alerts.open')}
                  </button>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
