import { describe, expect, it, vi } from 'vitest';
import { CoreError } from '../../../electron/core/core-error';
import { createDispatcher, type Handlers } from '../../../electron/core/dispatcher';
import type { Logger } from '../../../electron/core/logger';
import { defaultSettings } from '../../../electron/core/settings-store';

const settings = { ...defaultSettings, language: 'it', theme: 'dark' } as const;
const status = { network: 'online', connectedAccounts: 0, sync: 'idle', lastSyncedAt: null, changedAt: 0 } as const;

function setup(overrides: Partial<Handlers> = {}) {
  const logger: Logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  // Only the calls these tests make; the dispatcher is generic over the rest.
  const handlers = {
    'app.info': () => ({ name: 'Sportello', version: '1', dataDir: '/d', host: 'browser', platform: 'linux', runtimeVersions: {} }),
    'settings.get': () => settings,
    'settings.update': (patch) => ({ ...settings, ...patch }),
    'status.get': () => status,
    ...overrides,
  } as Handlers;
  return { dispatch: createDispatcher(handlers, logger), logger };
}

describe('dispatcher', () => {
  it('runs the handler with validated params and returns its result as data', async () => {
    const { dispatch } = setup();
    expect(await dispatch('settings.update', { theme: 'light' })).toEqual({ ok: true, value: { ...settings, theme: 'light' } });
  });

  it('treats missing params as an empty object', async () => {
    const { dispatch } = setup();
    expect(await dispatch('settings.get', undefined)).toEqual({ ok: true, value: settings });
  });

  it.each([
    ['an unknown call', 'fs.read', {}, 'unknown-call'],
    ['a non-string call name', 42, {}, 'unknown-call'],
    ['an inherited property as call name', 'toString', {}, 'unknown-call'],
    ['a value outside the enum', 'settings.update', { theme: 'neon' }, 'invalid-request'],
    ['an unexpected key', 'settings.update', { theme: 'dark', admin: true }, 'invalid-request'],
    ['params that are not an object', 'app.info', 'hello', 'invalid-request'],
  ])('refuses %s', async (_what, name, params, kind) => {
    const { dispatch } = setup();
    const outcome = await dispatch(name, params);
    expect(outcome).toMatchObject({ ok: false, error: { kind } });
  });

  it('passes a CoreError through with its kind and message', async () => {
    const { dispatch } = setup({
      'settings.get': () => {
        throw new CoreError('unavailable', 'The disk is full.');
      },
    });
    expect(await dispatch('settings.get', {})).toEqual({ ok: false, error: { kind: 'unavailable', message: 'The disk is full.' } });
  });

  it('hides unexpected exceptions behind an internal error and logs them', async () => {
    const { dispatch, logger } = setup({
      'status.get': async () => {
        throw new TypeError('secret internals');
      },
    });
    const outcome = await dispatch('status.get', {});
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'internal' } });
    expect(JSON.stringify(outcome)).not.toContain('secret internals');
    expect(logger.error).toHaveBeenCalledWith('call status.get failed', { error: 'TypeError: secret internals' });
  });

  it('refuses a result that breaks the contract instead of passing it to the UI', async () => {
    const { dispatch } = setup({ 'settings.get': () => ({ language: 'klingon', theme: 'dark' }) as never });
    expect(await dispatch('settings.get', {})).toMatchObject({ ok: false, error: { kind: 'internal' } });
  });
});
