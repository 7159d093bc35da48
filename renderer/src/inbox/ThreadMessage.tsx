// One message of the thread. Customer text is untrusted: it is only ever a React text node, so
// markup in it shows as the characters the customer typed.
import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { TextLimit } from '../../../shared/composer/text-limits';
import type { ThreadMessage as Message } from '../../../shared/contract';
import { formatDateTime, isoTime } from '../format/time';
import { MessageAttachments } from './MessageAttachments';
import { ReplyEditor } from './ReplyEditor';

export type OutboxAction = { kind: 'cancel' | 'retry'; outboxId: number } | { kind: 'edit'; outboxId: number; text: string };

interface Props {
  message: Message;
  /** The limit of the conversation's replies, for editing one still in the outbox. */
  limit: TextLimit;
  /** Resolves to whether core accepted it (a refusal is reported by the caller). */
  onAction: (action: OutboxAction) => Promise<boolean>;
  /** Fetches an image attachment on the agent's request: a data: URL, or null (reported by the caller). */
  onLoadImage: (messageId: number, index: number) => Promise<string | null>;
}

function DeliveryState({ message }: { message: Message }) {
  const { t } = useTranslation();
  switch (message.deliveryState) {
    case 'received':
      return null;
    case 'failed':
      return (
        <p className="message__delivery message__delivery--failed">
          {message.failureReason ? t('message.delivery.failedBecause', { reason: message.failureReason }) : t('message.delivery.failed')}
        </p>
      );
    default:
      return <p className={`message__delivery message__delivery--${message.deliveryState}`}>{t(`message.delivery.${message.deliveryState}`)}</p>;
  }
}

export function ThreadMessage({ message, limit, onAction, onLoadImage }: Props) {
  const { t, i18n } = useTranslation();
  const textId = useId();
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const { outboxId } = message;
  const actionable = outboxId !== null && (message.deliveryState === 'queued' || message.deliveryState === 'failed');

  const run = async (action: OutboxAction) => {
    setBusy(true);
    try {
      return await onAction(action);
    } finally {
      setBusy(false);
    }
  };

  const stopEditing = () => {
    flushSync(() => setEditing(false));
    editRef.current?.focus();
  };

  return (
    <li className={`message message--${message.direction} message--${message.visibility}`}>
      <div className="message__meta">
        <span className="message__author" dir="auto">
          {message.authorName}
        </span>
        <span className="message__visibility">{t(`message.visibility.${message.direction}.${message.visibility}`)}</span>
        <time className="message__time" dateTime={isoTime(message.createdAt)}>
          {formatDateTime(message.createdAt, i18n.language)}
        </time>
      </div>
      {editing && outboxId !== null ? (
        <ReplyEditor
          initialText={message.text}
          limit={limit}
          busy={busy}
          onSave={async (text) => {
            if (await run({ kind: 'edit', outboxId, text })) stopEditing();
          }}
          onDiscard={stopEditing}
        />
      ) : (
        // dir="auto": Arabic or Hebrew text reads right to left, the rest of the thread does not flip.
        message.text !== '' && (
          <p id={textId} className="message__text" dir="auto">
            {message.text}
          </p>
        )
      )}
      <MessageAttachments attachments={message.attachments} onLoadImage={(index) => onLoadImage(message.id, index)} />
      {message.direction === 'outbound' && <DeliveryState message={message} />}
      {actionable && !editing && (
        <div className="message__actions">
          {message.deliveryState === 'failed' && (
            <button type="button" className="button button--small" disabled={busy} aria-describedby={textId} onClick={() => void run({ kind: 'retry', outboxId })}>
              {t('message.actions.retry')}
            </button>
          )}
          <button ref={editRef} type="button" className="button button--small" disabled={busy} aria-describedby={textId} onClick={() => setEditing(true)}>
            {t('message.actions.edit')}
          </button>
          <button type="button" className="button button--small" disabled={busy} aria-describedby={textId} onClick={() => void run({ kind: 'cancel', outboxId })}>
            {t('message.actions.cancel')}
          </button>
        </div>
      )}
    </li>
  );
}
