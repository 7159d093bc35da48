// Types t() keys against the English resources, so a misspelt key is a compile error.
import 'i18next';
import type en from '../../../shared/i18n/locales/en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
