// The open conversation: who and where, the thread oldest to newest, and the composer.
import { useCallback, useId, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SportelloApi } from '../../../shared/api';
import type { ConversationView } from '../../../shared/contract';
import type { ReportError } from '../errors/useCallErrors';
import { ChannelIcon, KindIcon } from './ChannelIcon';
import { Composer } from './Composer';
import { channelName, customerName, kindName } from './labels';
import { ThreadMessage, type OutboxAction } from './ThreadMessage';
import { useConversation } from './useConversation';

interface Props {
  api: SportelloApi;
  id: number;
  reportError: ReportError;
  onOpened: (id: number) => void;
  draft: string;
  onDraftChange: (id: number, text: string) => void;
}

// How close to the end of the thread still counts as "reading the newest messages".
const followSlackPx = 48;

export function ConversationPane({ api, id, reportError, onOpened, draft, onDraftChange }: Props) {
  const { t } = useTranslation();
  const conversation = useConversation(api, id, reportError, onOpened);

  if (conversation.state === 'loading') {
    return (
      <div className="conversation conversation--placeholder" role="status">
        <p>{t('conversation.loading')}</p>
      </div>
    );
  }
  if (conversation.state === 'missing') {
    return (
      <div className="conversation conversation--placeholder">
        <p>{t('conversation.missing')}</p>
      </div>
    );
  }
  return (
    <OpenConversation
      api={api}
      view={conversation.view}
      reportError={reportError}
      draft={draft}
      onDraftChange={(text) => onDraftChange(id, text)}
    />
  );
}

interface OpenProps {
  api: SportelloApi;
  view: ConversationView;
  reportError: ReportError;
  draft: string;
  onDraftChange: (text: string) => void;
}

function OpenConversation({ api, view, reportError, draft, onDraftChange }: OpenProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const threadRef = useRef<HTMLDivElement>(null);
  const following = useRef(true);
  const item = view.conversation;
  const customer = customerName(t, item);
  const newest = view.messages.at(-1)?.id;

  // Opening a conversation shows its newest messages; a new one scrolls into view only if the
  // operator was already reading the end, never yanking them from an older message.
  useLayoutEffect(() => {
    const thread = threadRef.current;
    if (thread && following.current) thread.scrollTop = thread.scrollHeight;
  }, [newest]);

  const onAction = useCallback(
    async (action: OutboxAction) => {
      const outcome =
        action.kind === 'edit'
          ? await api.call('outbox.edit', { outboxId: action.outboxId, text: action.text })
          : await api.call(action.kind === 'cancel' ? 'outbox.cancel' : 'outbox.retry', { outboxId: action.outboxId });
      if (!outcome.ok) reportError(outcome.error);
      // A cancelled reply leaves the thread with the button that cancelled it: keep focus nearby.
      else if (action.kind === 'cancel') threadRef.current?.focus();
      return outcome.ok;
    },
    [api, reportError],
  );

  const onSend = async (text: string, privately: boolean) => {
    const outcome = await api.call('reply.send', { conversationId: item.id, text, ...(privately ? { privately } : {}) });
    if (!outcome.ok) reportError(outcome.error);
    else following.current = true;
    return outcome.ok;
  };

  return (
    <section className="conversation" aria-labelledby={headingId}>
      <header className="conversation__header">
        <h2 id={headingId} className="conversation__customer">
          {customer}
        </h2>
        <p className="conversation__origin">
          <span className="brand-dot" style={{ background: item.brandColor }} aria-hidden="true" />
          <span>{item.brandName}</span>
          <span className="conversation__channel">
            <ChannelIcon channel={item.channelKind} />
            {channelName(t, item)}
          </span>
          <span className="conversation__channel">
            <KindIcon kind={item.kind} />
            {kindName(t, item)}
          </span>
        </p>
      </header>
      {view.answeredElsewhereAt !== null && (
        <div role="alert" className="conversation__conflict">
          <p>{t('conversation.answeredElsewhere', { time: new Date(view.answeredElsewhereAt) })}</p>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => void api.call('conversation.acknowledge', { id: item.id }).then((outcome) => !outcome.ok && reportError(outcome.error))}
          >
            {t('conversation.acknowledge')}
          </button>
        </div>
      )}
      {/* A log: messages that arrive while it is open are announced. Keyed by conversation so a
          newly opened thread is not read out in full. Focusable so the keyboard can scroll it. */}
      <div
        key={`thread-${item.id}`}
        ref={threadRef}
        className="thread"
        role="log"
        tabIndex={0}
        aria-label={t('conversation.thread', { name: customer })}
        onScroll={(event) => {
          const thread = event.currentTarget;
          following.current = thread.scrollHeight - thread.scrollTop - thread.clientHeight < followSlackPx;
        }}
      >
        {view.messages.length === 0 ? (
          <p className="thread__empty">{t('conversation.noMessages')}</p>
        ) : (
          <ol className="thread__messages">
            {view.messages.map((message) => (
              <ThreadMessage key={message.id} message={message} maxLength={view.maxReplyLength} onAction={onAction} />
            ))}
          </ol>
        )}
      </div>
      <Composer
        key={`composer-${item.id}`}
        customer={customer}
        kind={item.kind}
        replyWindow={view.window}
        maxLength={view.maxReplyLength}
        draft={draft}
        onDraftChange={onDraftChange}
        onSend={onSend}
      />
    </section>
  );
}
