// Light or dark: the operator's choice from settings, or the system's appearance followed live.
// The applied theme is a `data-theme` attribute on <html>, which the CSS variables key on.
import { useLayoutEffect, useSyncExternalStore } from 'react';
import type { ThemePreference } from '../../../shared/contract';

export type AppliedTheme = 'light' | 'dark';

const darkSchemeQuery = '(prefers-color-scheme: dark)';

export function resolveTheme(preference: ThemePreference, systemPrefersDark: boolean): AppliedTheme {
  if (preference !== 'system') return preference;
  return systemPrefersDark ? 'dark' : 'light';
}

export function systemPrefersDark(): boolean {
  // matchMedia is missing in some test DOMs; light is the safe default there.
  return window.matchMedia?.(darkSchemeQuery).matches ?? false;
}

export function applyTheme(theme: AppliedTheme, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = theme;
}

function subscribeToSystemScheme(onChange: () => void): () => void {
  const query = window.matchMedia?.(darkSchemeQuery);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

/** Resolves the preference, applies it before paint (no flash of the wrong theme) and returns it. */
export function useAppliedTheme(preference: ThemePreference): AppliedTheme {
  const prefersDark = useSyncExternalStore(subscribeToSystemScheme, systemPrefersDark);
  const theme = resolveTheme(preference, prefersDark);
  useLayoutEffect(() => applyTheme(theme), [theme]);
  return theme;
}
