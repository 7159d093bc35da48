// The renderer's side of i18n; the instance itself comes from shared/i18n.
import type { i18n } from 'i18next';

/** Keeps `<html lang>` on the language in use, so screen readers pronounce the UI correctly. */
export function bindDocumentLanguage(instance: i18n, root: HTMLElement = document.documentElement): void {
  root.lang = instance.language;
  instance.on('languageChanged', (language) => {
    root.lang = language;
  });
}
