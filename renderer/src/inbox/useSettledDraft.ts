// The composer's text lives here while the agent types; the rest of the console hears about it
// only once typing settles (and at once when the composer goes away, or the text is set rather
// than typed). Reporting every keystroke re-rendered the whole conversation pane per key.
import { useCallback, useEffect, useRef, useState } from 'react';

const settleMs = 400;

export function useSettledDraft(initial: string, report: (text: string) => void): [string, (text: string, how?: 'typed' | 'set') => void] {
  const [text, setText] = useState(initial);
  const pending = useRef<{ text: string; timer: ReturnType<typeof setTimeout> } | null>(null);
  const reportRef = useRef(report);
  useEffect(() => {
    reportRef.current = report;
  }, [report]);

  const flush = useCallback(() => {
    const waiting = pending.current;
    if (!waiting) return;
    clearTimeout(waiting.timer);
    pending.current = null;
    reportRef.current(waiting.text);
  }, []);

  const change = useCallback(
    (next: string, how: 'typed' | 'set' = 'typed') => {
      setText(next);
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = { text: next, timer: setTimeout(flush, settleMs) };
      if (how === 'set') flush();
    },
    [flush],
  );

  // Switching conversation, or leaving the inbox, keeps what was typed in the last moments.
  useEffect(() => flush, [flush]);

  return [text, change];
}
