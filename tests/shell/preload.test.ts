import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SportelloApi } from '../../shared/api';
import { fake } from '../fakes/electron';

describe('preload bridge', () => {
  let api: SportelloApi;
  beforeEach(async () => {
    fake.reset();
    vi.resetModules();
    await import('../../electron/preload/index');
    api = fake.exposed.get('sportello') as SportelloApi;
  });

  it('exposes exactly one object with two functions, never ipcRenderer itself', () => {
    expect([...fake.exposed.keys()]).toEqual(['sportello']);
    expect(Object.keys(api).sort()).toEqual(['call', 'on']);
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
  });

  it('forwards calls on the one call channel', async () => {
    await api.call('settings.update', { theme: 'light' });
    expect(fake.rendererInvokes).toEqual([{ channel: 'sportello:call', args: ['settings.update', { theme: 'light' }] }]);
  });

  it('delivers pushed events to their listeners until unsubscribed', () => {
    const listener = vi.fn();
    const unsubscribe = api.on('status.changed', listener);
    const [deliver] = fake.rendererListeners.get('sportello:event') ?? [];
    const status = { network: 'offline', connectedAccounts: 0, sync: 'idle', lastSyncedAt: null, changedAt: 1 };
    deliver?.({}, 'status.changed', status);
    deliver?.({}, 'settings.changed', { language: 'it', theme: 'dark' });
    unsubscribe();
    deliver?.({}, 'status.changed', status);
    expect(listener.mock.calls).toEqual([[status]]);
  });
});
