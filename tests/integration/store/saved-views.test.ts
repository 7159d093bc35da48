// Saved views on real SQLite: named queue filters that survive a restart, with names that must be
// present and unique (whatever their case), and the same rules through core's contract calls.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../shared/contract';
import { openStore } from '../../../electron/core/store/store';
import { startTestCore } from '../core-fixture';
import { capturingLogger, openTempStore, removeDir, tempDataDir } from './fixtures';

const now = 1_700_000_000_000;

describe('saved views repository', () => {
  let store: Awaited<ReturnType<typeof openTempStore>>;
  beforeEach(async () => {
    store = await openTempStore();
  });
  afterEach(() => {
    store.close();
    removeDir(store.dataDir);
  });

  it('saves named filters, lists them by name, and keeps them across a restart', async () => {
    store.savedViews.create('  Gino breached ', { brandIds: [1], channelKinds: ['instagram'], slaState: 'breached' }, now);
    store.savedViews.create('alpine waiting', { brandIds: [2], status: 'pending', tag: 'reso' }, now);
    store.close();
    const reopened = await openStore({ dataDir: store.dataDir, logger: capturingLogger() });
    expect(reopened.savedViews.list().map(({ name, filter }) => ({ name, filter }))).toEqual([
      { name: 'alpine waiting', filter: { brandIds: [2], status: 'pending', tag: 'reso' } },
      { name: 'Gino breached', filter: { brandIds: [1], channelKinds: ['instagram'], slaState: 'breached' } },
    ]);
    store = Object.assign(reopened, { dataDir: store.dataDir, logger: store.logger });
  });

  it('refuses an empty name, a too long one and a duplicate (any case), in words', () => {
    const first = store.savedViews.create('Breached', { slaState: 'breached' }, now);
    expect(() => store.savedViews.create('   ', {}, now)).toThrow('A saved view needs a name.');
    expect(() => store.savedViews.create('x'.repeat(61), {}, now)).toThrow(/at most 60 characters/);
    expect(() => store.savedViews.create('breached', {}, now)).toThrow('A saved view with that name already exists. Choose another name.');
    const second = store.savedViews.create('At risk', { slaState: 'at_risk' }, now);
    expect(() => store.savedViews.update(second.id, { name: 'BREACHED' }, now)).toThrow(/already exists/);
    expect(store.savedViews.list().map((view) => view.name)).toEqual(['At risk', 'Breached']);
    expect(first.filter).toEqual({ slaState: 'breached' });
  });

  it('renames a view keeping its filter, replaces the filter when given, and deletes it', () => {
    const view = store.savedViews.create('Instagram', { channelKinds: ['instagram'] }, now);
    expect(store.savedViews.update(view.id, { name: 'Instagram DMs' }, now + 1)).toEqual({ id: view.id, name: 'Instagram DMs', filter: { channelKinds: ['instagram'] } });
    expect(store.savedViews.update(view.id, { name: 'Instagram DMs', filter: { channelKinds: ['instagram'], kind: 'dm' } }, now + 2).filter).toEqual({
      channelKinds: ['instagram'],
      kind: 'dm',
    });
    store.savedViews.delete(view.id);
    expect(store.savedViews.list()).toEqual([]);
    expect(() => store.savedViews.update(view.id, { name: 'Gone' }, now)).toThrow('That saved view no longer exists.');
  });

  it('keeps only filters in the contract’s shape', () => {
    expect(() => store.savedViews.create('Odd', { brandIds: [1], colour: 'red' } as never, now)).toThrow();
    expect(store.savedViews.list()).toEqual([]);
  });
});

describe('saved views through core', () => {
  it('saves, renames and deletes through the contract, tells every window, and answers bad input with a clear error', async () => {
    const dataDir = tempDataDir();
    const core = await startTestCore(dataDir);
    try {
      const pushed: Array<EventPayload<'savedViews.changed'>> = [];
      core.events.on('savedViews.changed', (views) => pushed.push(views));
      const saved = await core.dispatch('savedViews.save', { name: 'Breached', filter: { slaState: 'breached' } });
      expect(saved).toMatchObject({ ok: true, value: { name: 'Breached', filter: { slaState: 'breached' } } });
      const id = saved.ok ? (saved.value as { id: number }).id : 0;
      expect(await core.dispatch('savedViews.save', { name: '', filter: {} })).toEqual({ ok: false, error: { kind: 'invalid-request', message: 'A saved view needs a name.' } });
      expect(await core.dispatch('savedViews.save', { name: 'BREACHED', filter: {} })).toMatchObject({ ok: false, error: { kind: 'invalid-request', message: /already exists/ } });
      expect(await core.dispatch('savedViews.save', { name: 'No filter' })).toMatchObject({ ok: false, error: { kind: 'invalid-request', message: /needs the filters/ } });
      expect(await core.dispatch('savedViews.save', { id, name: 'Missed targets' })).toMatchObject({ ok: true, value: { id, name: 'Missed targets', filter: { slaState: 'breached' } } });
      expect(await core.dispatch('savedViews.list', {})).toEqual({ ok: true, value: [{ id, name: 'Missed targets', filter: { slaState: 'breached' } }] });
      expect(await core.dispatch('savedViews.delete', { id })).toEqual({ ok: true, value: {} });
      expect(pushed.map((views) => views.map((view) => view.name))).toEqual([['Breached'], ['Missed targets'], []]);
    } finally {
      await core.close();
      removeDir(dataDir);
    }
  });
});
