// @vitest-environment node
// The two languages must say the same things: the same keys, valid ICU in every message, and the
// same arguments per message (a translation that drops {count} would silently show the wrong text).
import IntlMessageFormat from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { createI18n, resolveLanguage, supportedLanguages } from '../../../shared/i18n';
import en from '../../../shared/i18n/locales/en.json';
import itMessages from '../../../shared/i18n/locales/it.json';

type Tree = { [key: string]: string | Tree };
type AstElement = ReturnType<IntlMessageFormat['getAst']>[number];

const locales: Record<string, Tree> = { en, it: itMessages };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const messages = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') messages.set(path, value);
    else for (const [nested, message] of flatten(value, path)) messages.set(nested, message);
  }
  return messages;
}

/** Every argument a message reads, including those nested in plural and select branches. */
function argumentNames(elements: AstElement[], names = new Set<string>()): Set<string> {
  for (const element of elements) {
    if ('options' in element) {
      names.add(element.value);
      for (const option of Object.values(element.options)) argumentNames(option.value, names);
    } else if ('children' in element) {
      argumentNames(element.children, names);
    } else if ('value' in element && element.type !== 0 /* literal */) {
      names.add(element.value);
    }
  }
  return names;
}

const flat = Object.fromEntries(Object.entries(locales).map(([language, tree]) => [language, flatten(tree)]));
const english = flat.en!;

describe('locale files', () => {
  it('argument names are read from every branch of a message', () => {
    const ast = new IntlMessageFormat('{count, plural, one {# by {who}} other {# at {when, time, short}}}', 'en').getAst();
    expect([...argumentNames(ast)].sort()).toEqual(['count', 'when', 'who']);
  });

  it('cover every supported language', () => {
    expect(Object.keys(locales).sort()).toEqual([...supportedLanguages].sort());
  });

  it.each(supportedLanguages.filter((language) => language !== 'en'))('%s has exactly the English keys', (language) => {
    expect([...flat[language]!.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(supportedLanguages)('%s: every message is valid ICU with the same arguments as English', (language) => {
    for (const [key, message] of flat[language]!) {
      const parse = () => new IntlMessageFormat(message, language).getAst();
      expect(parse, `${language}:${key}`).not.toThrow();
      const expected = [...argumentNames(new IntlMessageFormat(english.get(key) ?? '', 'en').getAst())].sort();
      expect([...argumentNames(parse())].sort(), `${language}:${key}`).toEqual(expected);
    }
  });

  it('has no empty messages', () => {
    for (const [language, messages] of Object.entries(flat)) {
      for (const [key, message] of messages) expect(message.trim(), `${language}:${key}`).not.toBe('');
    }
  });
});

describe('resolveLanguage', () => {
  it('takes the first system language whose primary subtag is supported', () => {
    expect(resolveLanguage('system', ['it-IT'])).toBe('it');
    expect(resolveLanguage('system', ['fr-FR', 'it', 'en-US'])).toBe('it');
    expect(resolveLanguage('system', ['EN-gb'])).toBe('en');
  });

  it('falls back to English when no system language is supported', () => {
    expect(resolveLanguage('system', ['fr'])).toBe('en');
    expect(resolveLanguage('system', [])).toBe('en');
  });

  it('lets an explicit choice win over the system', () => {
    expect(resolveLanguage('it', ['en-US'])).toBe('it');
    expect(resolveLanguage('en', ['it-IT'])).toBe('en');
  });
});

describe('createI18n', () => {
  it('is ready synchronously and formats ICU plurals with the language’s number format', () => {
    expect(createI18n('en').t('status.accounts', { count: 1 })).toBe('1 account');
    expect(createI18n('en').t('status.accounts', { count: 1234 })).toBe('1,234 accounts');
    expect(createI18n('it').t('status.accounts', { count: 12345 })).toBe('12.345 account');
    expect(createI18n('it').t('navigation.inbox')).toBe('Posta in arrivo');
  });

  it('does not HTML-escape values, because React escapes what it renders', () => {
    expect(createI18n('en').t('boot.details', { message: '<b>&</b>' })).toBe('Details: <b>&</b>');
  });
});
