// What fired and when, newest first, with what the operator was shown (or why not) and a snooze.
import { useTranslation } from 'react-i18next';
import type { AlertEntry } from '../../../shared/contract';
import { formatDateTime, formatRelative, formatTime, isoTime } from '../format/time';
import { useNow } from '../format/useNow';

interface Props {
  entries: readonly AlertEntry[];
  onOpen: (conversationId: number) => void;
  onSnooze: (alertId: number, minutes: number) => void;
}

const snoozeChoices = [15, 60] as const;

export function AlertLog({ entries, onOpen, onSnooze }: Props) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  if (entries.length === 0) return <p className="alerts__empty">{t('alerts.log.empty')}</p>;
  return (
    <ol className="alert-log">
      {entries.map((entry) => {
        const name = entry.contactName ?? t('inbox.unknownCustomer');
        const snoozed = entry.snoozedUntil !== null && entry.snoozedUntil > now;
        return (
          <li key={entry.id} className={`alert-log__entry alert-log__entry--${entry.level}`}>
            <span className={`alert-level alert-level--${entry.level}`}>{t(`alerts.level.${entry.level}`)}</span>
            <span className="alert-log__what">
              <span className="alert-log__who">{t('alerts.who', { contact: name, brand: entry.brandName })}</span>
              <span className="alert-log__detail">
                <time dateTime={isoTime(entry.firedAt)} title={formatDateTime(entry.firedAt, i18n.language)}>
                  {formatRelative(Math.min(entry.firedAt, now), now, i18n.language)}
                </time>
                {' · '}
                {t(`alerts.stage.${entry.stage}`)}
                {entry.delivery !== 'notified' && ` · ${t(`alerts.delivery.${entry.delivery}`)}`}
                {snoozed && ` · ${t('alerts.snoozedUntil', { time: formatTime(entry.snoozedUntil!, i18n.language) })}`}
              </span>
            </span>
            <span className="alert-log__actions">
              <button type="button" className="button" onClick={() => onOpen(entry.conversationId)} aria-label={t('alerts.openConversationOf', { name })}>
                {t('alerts.open')}
              </button>
              {!snoozed &&
                snoozeChoices.map((minutes) => (
                  <button
                    key={minutes}
                    type="button"
                    className="button button--quiet"
                    onClick={() => onSnooze(entry.id, minutes)}
                    aria-label={t('alerts.snoozeOf', { name, minutes })}
                  >
                    {t('alerts.snooze', { minutes })}
                  </button>
                ))}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
