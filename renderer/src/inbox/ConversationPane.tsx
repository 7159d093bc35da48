// The open conversation: who and where, the thread oldest to newest, and the composer.
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SportelloApi } from '../../../shared/api';
import type { BrandSummary, CallParams, ConversationStatus, ConversationView, SavedReply } from '../../../shared/contract';
import { expandSavedReply } from '../../../shared/composer/saved-reply';
import { textLimitFor } from '../../../shared/composer/text-limits';
import type { ReportError } from '../errors/useCallErrors';
import { ChannelIcon, KindIcon } from './ChannelIcon';
import { ConversationActionsBar } from './ConversationActionsBar';
import { CustomerHistory } from './CustomerHistory';
import { Composer } from './Composer';
import { channelName, customerName, kindName } from './labels';
import { NoteForm } from './NoteForm';
import { TagEditor } from './TagEditor';
import { ThreadMessage, type OutboxAction } from './ThreadMessage';
import { ThreadNote } from './ThreadNote';
import { useConversationShortcuts } from './useConversationShortcuts';
import { useConversation } from './useConversation';

interface Props {
  api: SportelloApi;
  id: number;
  reportError: ReportError;
  onOpened: (id: number) => void;
  /** What the agent typed in this session; undefined: the draft saved in core. */
  draft: string | undefined;
  onDraftChange: (id: number, text: string) => void;
  agentName: string;
  /** Show another conversation (from the customer's history). */
  onOpenConversation: (id: number) => void;
}

// How close to the end of the thread still counts as "reading the newest messages".
const followSlackPx = 48;

export function ConversationPane({ api, id, reportError, onOpened, draft, onDraftChange, agentName, onOpenConversation }: Props) {
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
      draft={draft ?? conversation.view.draft}
      onDraftChange={(text) => onDraftChange(id, text)}
      agentName={agentName}
      onOpenConversation={onOpenConversation}
    />
  );
}

interface OpenProps {
  api: SportelloApi;
  view: ConversationView;
  reportError: ReportError;
  draft: string;
  onDraftChange: (text: string) => void;
  agentName: string;
  onOpenConversation: (id: number) => void;
}

function OpenConversation({ api, view, reportError, draft, onDraftChange, agentName, onOpenConversation }: OpenProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const threadRef = useRef<HTMLDivElement>(null);
  const following = useRef(true);
  const item = view.conversation;
  const customer = customerName(t, item);
  const newest = view.messages.at(-1)?.id;
  const replyLimit = textLimitFor(item.channelKind, item.kind);

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

  const onLoadImage = useCallback(
    async (messageId: number, index: number) => {
      const outcome = await api.call('attachments.loadImage', { messageId, index });
      if (!outcome.ok) reportError(outcome.error);
      return outcome.ok ? outcome.value.dataUrl : null;
    },
    [api, reportError],
  );

  /** Runs a conversation action; failures are shown, successes arrive through conversations.changed. */
  const act = useCallback(
    async <N extends 'conversation.setStatus' | 'conversation.setPriority' | 'conversation.setTags' | 'conversation.addNote'>(
      name: N,
      params: CallParams<N>,
    ) => {
      const outcome = await api.call(name, params);
      if (!outcome.ok) reportError(outcome.error);
      return outcome.ok;
    },
    [api, reportError],
  );
  const setStatus = (status: ConversationStatus, snoozedUntil?: number) =>
    void act('conversation.setStatus', { id: item.id, status, ...(snoozedUntil === undefined ? {} : { snoozedUntil }) });

  const [snoozeOpen, setSnoozeOpen] = useState(false);
  const [noteOpen, setNoteOpen] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (noteOpen) noteRef.current?.focus();
  }, [noteOpen]);
  useConversationShortcuts((shortcut) => {
    if (shortcut === 'reply') sectionRef.current?.querySelector<HTMLTextAreaElement>('.composer__field')?.focus();
    else if (shortcut === 'note') setNoteOpen(true);
    else if (shortcut === 'snooze') setSnoozeOpen(true);
    else setStatus(item.status === 'closed' ? 'open' : 'closed');
  });
  const knownTags = useKnownTags(api, view.tags);
  const { savedReplies, toneNotes } = useComposerAids(api, item.brandId);
  // Newest first: the order number a saved reply fills in is the one the customer gave last.
  const customerTexts = view.messages.filter((message) => message.direction === 'inbound').map((message) => message.text).reverse();
  const expand = (reply: SavedReply) =>
    expandSavedReply(reply.body, { customerName: item.contactName, brand: item.brandName, agent: agentName, customerMessages: customerTexts });

  // Messages and notes in one timeline.
  const timeline = [
    ...view.messages.map((message) => ({ at: message.createdAt, key: `m${message.id}`, message })),
    ...view.notes.map((note) => ({ at: note.createdAt, key: `n${note.id}`, note })),
  ].sort((a, b) => a.at - b.at);

  const onSend = async (text: string, privately: boolean) => {
    const outcome = await api.call('reply.send', { conversationId: item.id, text, ...(privately ? { privately } : {}) });
    if (!outcome.ok) reportError(outcome.error);
    else following.current = true;
    return outcome.ok;
  };

  return (
    <section ref={sectionRef} className="conversation" aria-labelledby={headingId}>
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
        <ConversationActionsBar
          item={item}
          onStatus={setStatus}
          onPriority={(priority) => void act('conversation.setPriority', { id: item.id, priority })}
          snoozeOpen={snoozeOpen}
          onSnoozeOpenChange={setSnoozeOpen}
        />
        <TagEditor tags={view.tags} known={knownTags} onChange={(tags) => void act('conversation.setTags', { id: item.id, tags })} />
        <CustomerHistory conversationId={item.id} customer={view.customer} name={customer} onOpen={onOpenConversation} />
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
        {timeline.length === 0 ? (
          <p className="thread__empty">{t('conversation.noMessages')}</p>
        ) : (
          <ol className="thread__messages">
            {timeline.map((entry) =>
              'message' in entry ? (
                <ThreadMessage key={entry.key} message={entry.message} limit={replyLimit} onAction={onAction} onLoadImage={onLoadImage} />
              ) : (
                <ThreadNote key={entry.key} note={entry.note} />
              ),
            )}
          </ol>
        )}
      </div>
      {noteOpen ? (
        <NoteForm ref={noteRef} onSave={(text) => act('conversation.addNote', { id: item.id, text })} onClose={() => setNoteOpen(false)} />
      ) : (
        <button type="button" className="button button--quiet conversation__add-note" aria-keyshortcuts="N" onClick={() => setNoteOpen(true)}>
          {t('conversation.notes.add')}
        </button>
      )}
      <Composer
        key={`composer-${item.id}`}
        customer={customer}
        kind={item.kind}
        channel={item.channelKind}
        replyWindow={view.window}
        draft={draft}
        onDraftChange={onDraftChange}
        onSend={onSend}
        savedReplies={savedReplies}
        expand={expand}
        toneNotes={toneNotes}
      />
    </section>
  );
}

/** The workspace's tags, for suggestions; read again when this conversation's tags change. */
function useKnownTags(api: SportelloApi, tags: readonly string[]): string[] {
  const [known, setKnown] = useState<string[]>([]);
  const key = tags.join('\n');
  useEffect(() => {
    let active = true;
    void api.call('tags.list', {}).then((outcome) => {
      if (active && outcome.ok) setKnown(outcome.value);
    });
    return () => {
      active = false;
    };
  }, [api, key]);
  return known;
}

/** The brand's saved replies (with those for every brand) and its tone notes, for the composer. */
function useComposerAids(api: SportelloApi, brandId: number): { savedReplies: SavedReply[]; toneNotes: string } {
  const [replies, setReplies] = useState<SavedReply[]>([]);
  const [brands, setBrands] = useState<BrandSummary[]>([]);
  useEffect(() => {
    let active = true;
    void Promise.all([api.call('savedReplies.list', {}), api.call('brands.list', {})]).then(([replyList, brandList]) => {
      if (!active) return;
      if (replyList.ok) setReplies(replyList.value);
      if (brandList.ok) setBrands(brandList.value);
    });
    return () => {
      active = false;
    };
  }, [api]);
  return {
    savedReplies: replies.filter((reply) => reply.brandId === null || reply.brandId === brandId),
    toneNotes: brands.find((brand) => brand.id === brandId)?.toneNotes ?? '',
  };
}
