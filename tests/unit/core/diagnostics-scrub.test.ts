// The diagnostics scrub: what it must cut out of a report before the report is written.
import { describe, expect, it } from 'vitest';
import { redacted, scrubbedJson } from '../../../electron/core/diagnostics/diagnostics-export';

describe('scrubbedJson', () => {
  it('blanks fields named like secrets at any depth', () => {
    const text = scrubbedJson({ accounts: [{ name: 'Da Gino', accessToken: 'abc', nested: { Authorization: 'x', password: 'y' } }] }, []);
    const report = JSON.parse(text);
    expect(report.accounts[0]).toEqual({ name: 'Da Gino', accessToken: redacted, nested: { Authorization: redacted, password: redacted } });
  });

  it('cuts every known secret out of free text, including escaped forms and longer secrets first', () => {
    const secret = 'EAAB"quoted\\token';
    const shorter = 'EAAB';
    const text = scrubbedJson({ recentLog: [{ message: `request failed for ${secret}`, details: { url: `https://x/me?${shorter}` } }] }, [shorter, secret]);
    expect(text).not.toContain('EAAB');
    expect(text).not.toContain('quoted');
    expect(JSON.parse(text).recentLog[0].message).toBe(`request failed for ${redacted}`);
  });

  it('cuts bearer tokens and access_token parameters it was not told about', () => {
    const text = scrubbedJson({ lastError: 'GET /me?access_token=SECRET123&fields=id failed; header Bearer SECRET456' }, []);
    expect(text).not.toMatch(/SECRET/);
    expect(JSON.parse(text).lastError).toBe(`GET /me?access_token=${redacted}&fields=id failed; header Bearer ${redacted}`);
  });
});
