// Alt+1…6 switch views from anywhere in the console.
import { useEffect, useEffectEvent } from 'react';
import { viewIds, type ViewId } from './views';

export function useViewShortcuts(onShortcut: (view: ViewId) => void): void {
  const onView = useEffectEvent(onShortcut);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      // `code`, not `key`: on macOS Alt+1 types "¡", and layouts differ in what the digit row types.
      const digit = /^Digit([1-9])$/.exec(event.code)?.[1];
      const view = digit === undefined ? undefined : viewIds[Number(digit) - 1];
      if (!view) return;
      event.preventDefault();
      onView(view);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
