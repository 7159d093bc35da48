// Single-key shortcuts on the open conversation: r reply, n note, e close or reopen, s snooze.
// Ignored while typing in a field, and with a modifier held (those belong to the browser and the shell).
import { useEffect, useEffectEvent } from 'react';
import { isTypingIn } from '../shell/useKeyboardShortcut';

export type ConversationShortcut = 'reply' | 'note' | 'close' | 'snooze';

const keys: Record<string, ConversationShortcut> = { r: 'reply', n: 'note', e: 'close', s: 'snooze' };

/** A window event carrying a ConversationShortcut: how the command palette acts on the open conversation. */
export const conversationCommandEvent = 'sportello:conversation-command';

export function runConversationCommand(shortcut: ConversationShortcut): void {
  window.dispatchEvent(new CustomEvent(conversationCommandEvent, { detail: shortcut }));
}

export function useConversationShortcuts(onShortcut: (shortcut: ConversationShortcut) => void): void {
  const handle = useEffectEvent(onShortcut);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isTypingIn(event.target)) return;
      const shortcut = keys[event.key];
      if (!shortcut) return;
      event.preventDefault();
      handle(shortcut);
    };
    // The command palette runs the same actions by name.
    const onCommand = (event: Event) => handle((event as CustomEvent<ConversationShortcut>).detail);
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener(conversationCommandEvent, onCommand);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener(conversationCommandEvent, onCommand);
    };
  }, []);
}
