// The actions on the open conversation: close or reopen, wait on the customer, snooze until a
// preset time, and priority. Shortcuts: e (close or reopen) and s (snooze), see useConversationShortcuts.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationStatus, QueueItem } from '../../../shared/contract';
import { formatDateTime } from '../format/time';
import { snoozePresets, snoozeUntil, type SnoozePreset } from './snooze-presets';

interface Props {
  item: QueueItem;
  onStatus: (status: ConversationStatus, snoozedUntil?: number) => void;
  onPriority: (priority: number) => void;
  /** Opened by the s shortcut. */
  snoozeOpen: boolean;
  onSnoozeOpenChange: (open: boolean) => void;
}

export function ConversationActionsBar({ item, onStatus, onPriority, snoozeOpen, onSnoozeOpenChange }: Props) {
  const { t, i18n } = useTranslation();
  const menuId = useId();
  const snoozeButton = useRef<HTMLButtonElement>(null);
  const [now] = useState(() => new Date());
  const closed = item.status === 'closed';
  const choose = (preset: SnoozePreset) => {
    onSnoozeOpenChange(false);
    onStatus('snoozed', snoozeUntil(preset, new Date()));
    snoozeButton.current?.focus();
  };
  return (
    <div className="conversation-actions" role="toolbar" aria-label={t('conversation.actions.label')}>
      <button type="button" className="button" aria-keyshortcuts="E" onClick={() => onStatus(closed ? 'open' : 'closed')}>
        {closed ? t('conversation.actions.reopen') : t('conversation.actions.close')}
      </button>
      {item.status !== 'pending' && !closed && (
        <button type="button" className="button button--quiet" onClick={() => onStatus('pending')}>
          {t('conversation.actions.pending')}
        </button>
      )}
      <div className="snooze">
        <button
          ref={snoozeButton}
          type="button"
          className="button button--quiet"
          aria-expanded={snoozeOpen}
          aria-controls={menuId}
          aria-keyshortcuts="S"
          onClick={() => onSnoozeOpenChange(!snoozeOpen)}
        >
          {t('conversation.actions.snooze')}
        </button>
        {snoozeOpen && (
          <ul id={menuId} className="snooze__choices" aria-label={t('conversation.actions.snoozeUntil')}>
            {snoozePresets.map((preset, index) => (
              <li key={preset}>
                <button
                  type="button"
                  className="button button--quiet snooze__choice"
                  // The first choice takes focus when the menu opens, so the keyboard continues there.
                  autoFocus={index === 0}
                  onClick={() => choose(preset)}
                  onKeyDown={(event) => {
                    if (event.key === 'Escape') {
                      onSnoozeOpenChange(false);
                      snoozeButton.current?.focus();
                    }
                  }}
                >
                  {t(`conversation.actions.snoozePreset.${preset}`, { time: formatDateTime(snoozeUntil(preset, now), i18n.language) })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <label className="inline-field conversation-actions__priority">
        {t('conversation.actions.priority')}
        <select className="select" value={item.priority} onChange={(event) => onPriority(Number(event.target.value))}>
          {[0, 1, 2, 3].map((priority) => (
            <option key={priority} value={priority}>
              {t(`conversation.priority.${priority as 0 | 1 | 2 | 3}`)}
            </option>
          ))}
        </select>
      </label>
      {item.status !== 'open' && (
        <span className="conversation-actions__status" role="status">
          {item.status === 'snoozed' && item.snoozedUntil !== null
            ? t('conversation.status.snoozedUntil', { time: formatDateTime(item.snoozedUntil, i18n.language) })
            : t(`conversation.status.${item.status}`)}
        </span>
      )}
    </div>
  );
}
