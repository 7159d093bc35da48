// Every UI string goes through i18next: this rule enforces it, and this test proves the rule
// catches literals and that the renderer as it stands has none.
import path from 'node:path';
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import noLiteralUiString from '../../../eslint-rules/no-literal-ui-string.mjs';

const config: Linter.Config[] = [
  {
    files: ['**/*.tsx'],
    languageOptions: { parser: tseslint.parser as Linter.Parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    plugins: { sportello: { rules: { 'no-literal-ui-string': noLiteralUiString } } },
    rules: { 'sportello/no-literal-ui-string': 'error' },
  },
];

function problems(code: string): string[] {
  return new Linter({ configType: 'flat' }).verify(code, config, 'view.tsx').map((message) => message.message);
}

describe('no-literal-ui-string', () => {
  it.each([
    ['JSX text', 'const a = <p>Inbox</p>;'],
    ['accented JSX text', 'const a = <p>Perché</p>;'],
    ['a string expression', "const a = <p>{'Settings'}</p>;"],
    ['a template literal', 'const a = <p>{`Hello ${name}`}</p>;'],
    ['an aria-label', 'const a = <button aria-label="Close" />;'],
    ['a title in braces', "const a = <span title={'Due soon'} />;"],
    ['a placeholder', 'const a = <input placeholder="Search" />;'],
  ])('flags %s', (_what, code) => {
    expect(problems(code)).toHaveLength(1);
  });

  it.each([
    ['translated text', "const a = <p>{t('nav.inbox')}</p>;"],
    ['a translated label', "const a = <button aria-label={t('close')} />;"],
    ['punctuation and numbers', 'const a = <p>{count} · 42 — ()</p>;'],
    ['technical attributes', 'const a = <div className="frame" role="status" data-theme="dark" />;'],
  ])('allows %s', (_what, code) => {
    expect(problems(code)).toEqual([]);
  });

  it('finds no literal UI string anywhere in the renderer', async () => {
    const eslint = new ESLint({ cwd: path.resolve(__dirname, '../../..'), overrideConfigFile: true, overrideConfig: config });
    const results = await eslint.lintFiles(['renderer/src/**/*.tsx']);
    const found = results.flatMap((result) => result.messages.map((m) => `${result.filePath}:${m.line} ${m.message}`));
    expect(results.length).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });
});
