// Writing a reply. What the platform allows right now (Meta's reply windows) is said in words next
// to the field; the draft belongs to the conversation and survives errors and switching away.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueItem, ReplyWindow, SavedReply } from '../../../shared/contract';
import { findPersonalData, type PersonalDataKind } from '../../../shared/composer/personal-data';
import { unfilledVariables } from '../../../shared/composer/saved-reply';
import { formatDateTime } from '../format/time';
import { countCharacters, textLimitFor } from '../../../shared/composer/text-limits';
import { CharacterCount } from './CharacterCount';
import { SavedReplyPicker } from './SavedReplyPicker';
import { useSettledDraft } from './useSettledDraft';

interface Props {
  customer: string;
  kind: 'dm' | 'comments';
  /** Whose limit applies (X 280, Messenger 2000, …). */
  channel: QueueItem['channelKind'];
  replyWindow: ReplyWindow;
  /** The text to start from; the composer then keeps it (it is keyed by conversation). */
  draft: string;
  /** Hears the text once typing settles, and at once when it is set (sent, saved reply, leaving). */
  onDraftChange: (text: string) => void;
  /** Resolves to whether core took the reply (a refusal is reported by the caller). */
  onSend: (text: string, privately: boolean) => Promise<boolean>;
  /** The brand's saved replies (and those for every brand). */
  savedReplies: readonly SavedReply[];
  /** A saved reply with its variables filled for this conversation. */
  expand: (reply: SavedReply) => string;
  /** The brand's tone, at hand while writing. */
  toneNotes: string;
}

/** Why a reply is held back before sending: personal data in public, or a variable left unfilled. */
type Hold = { kind: 'personal'; found: PersonalDataKind[] } | { kind: 'variables'; names: string[] } | null;

const isMac = /Mac|iPhone|iPad/.test(navigator.userAgent);

function useWindowText(replyWindow: ReplyWindow, privately: boolean, customer: string): string {
  const { t, i18n } = useTranslation();
  if (privately) return t('composer.window.private', { name: customer });
  const time = replyWindow.closesAt === null ? null : formatDateTime(replyWindow.closesAt, i18n.language);
  switch (replyWindow.state) {
    case 'open':
      return time === null ? t('composer.window.openNoTime') : t('composer.window.open', { time });
    case 'human_agent':
      return time === null ? t('composer.window.humanAgentNoTime') : t('composer.window.humanAgent', { time });
    case 'closed':
      return t('composer.window.closed');
    case 'public':
      return t('composer.window.public');
  }
}

export function Composer({ customer, kind, channel, replyWindow, draft: initialDraft, onDraftChange, onSend, savedReplies, expand, toneNotes }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useSettledDraft(initialDraft, onDraftChange);
  const [privately, setPrivately] = useState(false);
  const [sending, setSending] = useState(false);
  const [hold, setHold] = useState<Hold>(null);
  const [picking, setPicking] = useState(false);
  const fieldId = useId();
  const windowId = useId();
  const countId = useId();
  const shortcutId = useId();
  const windowText = useWindowText(replyWindow, privately, customer);

  const closed = replyWindow.state === 'closed' && !privately;
  // A private reply to a comment is a direct message: the DM limit applies.
  const limit = textLimitFor(channel, kind, privately);
  const count = countCharacters(draft, limit);
  const canSend = !closed && !sending && draft.trim() !== '' && count <= limit.max;

  const send = async (confirmedPublic = false) => {
    if (!canSend) return;
    const unfilled = unfilledVariables(draft);
    if (unfilled.length > 0) return setHold({ kind: 'variables', names: unfilled });
    // A public comment reply is read by everyone: personal data belongs in a private reply.
    const found = kind === 'comments' && !privately && !confirmedPublic ? [...new Set(findPersonalData(draft).map((finding) => finding.kind))] : [];
    if (found.length > 0) return setHold({ kind: 'personal', found });
    setHold(null);
    setSending(true);
    try {
      if (await onSend(draft.trim(), privately)) {
        setDraft('', 'set');
        setPrivately(false);
      }
    } finally {
      setSending(false);
    }
  };

  return (
    <form
      className="composer"
      aria-busy={sending}
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <label htmlFor={fieldId} className="composer__label">
        {t('composer.label', { name: customer })}
      </label>
      <p id={windowId} className={`composer__window composer__window--${privately ? 'private' : replyWindow.state}`}>
        {windowText}
      </p>
      {toneNotes.trim() !== '' && <p className="composer__tone">{t('composer.tone', { notes: toneNotes })}</p>}
      <textarea
        id={fieldId}
        className="text-area composer__field"
        rows={3}
        value={draft}
        disabled={closed}
        // Read-only while sending, not disabled: focus stays in the field.
        readOnly={sending}
        aria-describedby={`${windowId} ${countId} ${shortcutId}`}
        aria-keyshortcuts="Control+Enter Meta+Enter"
        onChange={(event) => {
          setHold(null);
          setDraft(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void send();
          }
        }}
      />
      {hold?.kind === 'personal' && (
        <div role="alert" className="composer__hold">
          <p>{t('composer.personalData.warning', { kinds: hold.found.map((found) => t(`composer.personalData.kind.${found}`)).join(', ') })}</p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setPrivately(true);
              setHold(null);
            }}
          >
            {t('composer.personalData.private')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => void send(true)}>
            {t('composer.personalData.publicAnyway')}
          </button>
        </div>
      )}
      {hold?.kind === 'variables' && (
        <p role="alert" className="composer__hold">
          {t('composer.unfilled', { names: hold.names.map((name) => `{{${name}}}`).join(', ') })}
        </p>
      )}
      {picking && (
        <SavedReplyPicker
          replies={savedReplies}
          onClose={() => setPicking(false)}
          onInsert={(reply) => {
            const text = expand(reply);
            setDraft(draft.trim() ? `${draft.trimEnd()}\n${text}` : text, 'set');
            setPicking(false);
            document.getElementById(fieldId)?.focus();
          }}
        />
      )}
      <div className="composer__footer">
        <button type="button" className="button button--quiet" aria-expanded={picking} onClick={() => setPicking(!picking)}>
          {t('composer.savedReplies.open')}
        </button>
        {kind === 'comments' && (
          <label className="composer__private">
            <input type="checkbox" checked={privately} onChange={(event) => setPrivately(event.target.checked)} />
            {t('composer.replyPrivately')}
          </label>
        )}
        <CharacterCount id={countId} count={count} limit={limit} />
        <span id={shortcutId} className="composer__shortcut">
          {t('composer.shortcut', { keys: isMac ? t('composer.keysMac') : t('composer.keys') })}
        </span>
        <button type="submit" className="button button--primary" disabled={!canSend}>
          {t('composer.send')}
        </button>
      </div>
    </form>
  );
}
