// The console's translations: i18next with ICU message syntax, so plurals, numbers and times are
// formatted by Intl for the chosen language. Resources are bundled; there is no backend to wait for.
// Shared so the renderer and the Electron shell (its dialogs, later its notifications) say the same.
import i18next, { type i18n } from 'i18next';
import ICU from 'i18next-icu';
import type { LanguagePreference } from '../contract';
import en from './locales/en.json';
import it from './locales/it.json';

export const supportedLanguages = ['en', 'it'] as const;
export type Language = (typeof supportedLanguages)[number];

export const resources = { en: { translation: en }, it: { translation: it } } as const;

function isSupported(code: string): code is Language {
  return (supportedLanguages as readonly string[]).includes(code);
}

/** An explicit choice wins; "system" takes the first system language we translate, else English. */
export function resolveLanguage(preference: LanguagePreference, systemLanguages: readonly string[]): Language {
  if (preference !== 'system') return preference;
  for (const tag of systemLanguages) {
    const primary = tag.split('-')[0]?.toLowerCase() ?? '';
    if (isSupported(primary)) return primary;
  }
  return 'en';
}

export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(ICU).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...supportedLanguages],
    // Synchronous: the bundled resources are ready before the first render.
    initAsync: false,
    // React escapes what it renders; escaping here too would show "&amp;" to the user.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
