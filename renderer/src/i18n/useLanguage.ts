// Applies the language preference from settings, following the system's languages live when the
// preference is "system" (the browser fires `languagechange` when the OS language list changes).
import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanguagePreference } from '../../../shared/contract';
import { resolveLanguage, type Language } from '../../../shared/i18n';

function subscribeToSystemLanguages(onChange: () => void): () => void {
  window.addEventListener('languagechange', onChange);
  return () => window.removeEventListener('languagechange', onChange);
}

// A string snapshot: navigator.languages may hand out a new array on every read.
const systemLanguagesSnapshot = () => navigator.languages.join(',');

/** The language "system" stands for right now. */
export function useSystemLanguage(): Language {
  const systemLanguages = useSyncExternalStore(subscribeToSystemLanguages, systemLanguagesSnapshot);
  return resolveLanguage('system', systemLanguages.split(','));
}

export function useLanguage(preference: LanguagePreference): void {
  const { i18n } = useTranslation();
  const systemLanguage = useSystemLanguage();
  const language = preference === 'system' ? systemLanguage : preference;
  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
  }, [i18n, language]);
}
