// The same customer elsewhere: their handles, and their other conversations across channels and
// brands, so the agent sees the whole relationship before answering. Collapsed when there is none.
import { useTranslation } from 'react-i18next';
import type { ConversationView } from '../../../shared/contract';
import { formatRelative } from '../format/time';
import { useNow } from '../format/useNow';
import { ChannelIcon } from './ChannelIcon';

interface Props {
  customer: ConversationView['customer'];
  name: string;
  onOpen: (conversationId: number) => void;
}

export function CustomerHistory({ customer, name, onOpen }: Props) {
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
    </details>
  );
}
