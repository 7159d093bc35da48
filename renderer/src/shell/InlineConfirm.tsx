// A destructive action asked twice, in place: the button turns into the question with "yes" and
// "keep" next to it. Unlike window.confirm it does not block the window, is translated, and works
// the same in Electron and the browser host.
import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

interface Props {
  /** The button's visible text. */
  action: string;
  /** Its accessible name when the text alone is ambiguous (e.g. "Disconnect Acme"). */
  actionLabel?: string;
  question: string;
  confirm: string;
  keep: string;
  onConfirm: () => Promise<void>;
}

export function InlineConfirm({ action, actionLabel, question, confirm, keep, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const actionRef = useRef<HTMLButtonElement>(null);
  const questionId = useId();

  const stopAsking = () => {
    // The question's buttons go away: focus returns to the button that asked.
    flushSync(() => setAsking(false));
    actionRef.current?.focus();
  };

  if (!asking) {
    return (
      <button ref={actionRef} type="button" className="button" aria-label={actionLabel} onClick={() => setAsking(true)}>
        {action}
      </button>
    );
  }
  return (
    <span className="inline-confirm" role="group" aria-labelledby={questionId}>
      <span id={questionId} className="inline-confirm__question">
        {question}
      </span>
      <button
        type="button"
        className="button button--danger"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          try {
            await onConfirm();
          } finally {
            setBusy(false);
            stopAsking();
          }
        }}
      >
        {confirm}
      </button>
      {/* The safe answer takes focus, so a stray Enter keeps things as they are. */}
      <button type="button" className="button" autoFocus onClick={stopAsking}>
        {keep}
      </button>
    </span>
  );
}
