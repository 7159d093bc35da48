// One window-wide keyboard shortcut. Single keys are ignored while the operator types in a field
// (they are letters there); shortcuts with a modifier can ask to work there too.
import { useEffect, useEffectEvent } from 'react';

/** Whether a key event comes from somewhere the operator types text. */
export function isTypingIn(target: EventTarget | null): boolean {
  return Boolean((target as HTMLElement | null)?.closest?.('input, textarea, select, [contenteditable="true"]'));
}

export function useKeyboardShortcut(matches: (event: KeyboardEvent) => boolean, onShortcut: () => void, options: { whileTyping?: boolean } = {}): void {
  const run = useEffectEvent(onShortcut);
  const match = useEffectEvent(matches);
  const whileTyping = options.whileTyping ?? false;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !match(event)) return;
      if (!whileTyping && isTypingIn(event.target)) return;
      event.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [whileTyping]);
}

/** A plain key: no Ctrl, Cmd or Alt held. */
export function plainKey(key: string): (event: KeyboardEvent) => boolean {
  return (event) => event.key === key && !event.ctrlKey && !event.metaKey && !event.altKey;
}
