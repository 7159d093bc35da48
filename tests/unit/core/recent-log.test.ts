// The in-memory log tail behind the diagnostics export.
import { describe, expect, it } from 'vitest';
import { RecentLog } from '../../../electron/core/diagnostics/recent-log';

describe('RecentLog', () => {
  it('passes every line on and keeps only the most recent ones, oldest first', () => {
    const passedOn: string[] = [];
    const inner = { info: (m: string) => passedOn.push(`info ${m}`), warn: (m: string) => passedOn.push(`warn ${m}`), error: (m: string) => passedOn.push(`error ${m}`) };
    let now = 0;
    const log = new RecentLog(inner, 3, () => ++now);
    log.info('one');
    log.warn('two', { accountId: 1 });
    log.error('three');
    log.info('four');
    expect(passedOn).toEqual(['info one', 'warn two', 'error three', 'info four']);
    expect(log.recent()).toEqual([
      { at: 2, level: 'warn', message: 'two', details: { accountId: 1 } },
      { at: 3, level: 'error', message: 'three' },
      { at: 4, level: 'info', message: 'four' },
    ]);
  });
});
