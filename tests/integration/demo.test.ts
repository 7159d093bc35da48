// The demo workspace: opened on a first start, removable for good, and explained when it cannot open.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import keytar from 'keytar';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/create-core';
import type { DemoPlatform } from '../../electron/core/demo/demo-workspace';
import { keychainService } from '../../electron/core/secrets/keytar-secret-store';
import { embeddedDemoPlatform } from '../../electron/host/demo-platform';
import { startMetaSimulator } from '../../electron/simulator/meta';
import type { DemoStatus, Notice, QueueItem } from '../../shared/contract';
import { startTestCore } from './core-fixture';
import { removeDir, tempDataDir } from './store/fixtures';

async function value<T>(core: Core, name: string): Promise<T> {
  const outcome = await core.dispatch(name, {});
  if (!outcome.ok) throw new Error(`${name}: ${outcome.error.message}`);
  return outcome.value as T;
}

describe('demo workspace', () => {
  const cleanup: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it('opens on a first start, and once removed stays removed', async () => {
    const dataDir = tempDataDir();
    cleanup.push(() => removeDir(dataDir));
    const core = await startTestCore(dataDir, { demoPlatform: embeddedDemoPlatform(3_600_000) });
    await core.sync.syncNow();
    expect(await value<DemoStatus>(core, 'demo.status')).toMatchObject({ active: true, simulatorUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/) });
    const queue = await value<QueueItem[]>(core, 'queue.list');
    expect(new Set(queue.map((row) => row.brandName))).toEqual(new Set(['Pizzeria Da Gino', 'Alpine Outdoor']));
    // Two clients that differ, as a freelancer's do: their own tone and response-time target.
    const { brands, policies } = await value<{ brands: Array<{ id: number; name: string }>; policies: Array<{ brandId: number; preset: string | null }> }>(core, 'sla.policies');
    const presetOf = (name: string) => policies.find((policy) => policy.brandId === brands.find((brand) => brand.name === name)?.id)?.preset;
    expect([presetOf('Pizzeria Da Gino'), presetOf('Alpine Outdoor')]).toEqual(['very_responsive', 'one_hour']);
    expect(core.store.brands.list().every((brand) => brand.toneNotes.length > 0)).toBe(true);
    const accountIds = core.store.accounts.list().map((a) => a.id);

    expect(await value<DemoStatus>(core, 'demo.remove')).toEqual({ active: false, simulatorUrl: null });
    expect(core.store.accounts.list()).toEqual([]);
    expect(core.store.brands.list()).toEqual([]);
    expect(core.store.db.prepare('SELECT count(*) FROM conversations').pluck().get()).toBe(0);
    for (const id of accountIds) expect(await keytar.getPassword(keychainService, `account:${id}`)).toBeNull();
    await core.close();

    const again = await startTestCore(dataDir, { demoPlatform: embeddedDemoPlatform(3_600_000) });
    expect(await value<DemoStatus>(again, 'demo.status')).toEqual({ active: false, simulatorUrl: null });
    expect(again.store.accounts.list()).toEqual([]);
    await again.close();
  });

  it('tells the user when the demo cannot open, and the console still starts', async () => {
    // Another program holds the port the simulator wants.
    const squatter = http.createServer();
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    cleanup.push(() => new Promise<void>((resolve) => squatter.close(() => resolve())));
    const port = (squatter.address() as AddressInfo).port;
    const blocked: DemoPlatform = {
      start: async () => {
        const simulator = await startMetaSimulator({ port });
        return { baseUrl: simulator.url, token: simulator.seed.user.token };
      },
      stop: async () => {},
    };
    const dataDir = tempDataDir();
    cleanup.push(() => removeDir(dataDir));
    const core = await startTestCore(dataDir, { demoPlatform: blocked });
    cleanup.push(() => core.close());
    const notices = await value<Notice[]>(core, 'app.notices');
    expect(notices).toEqual([{ kind: 'demo-unavailable', at: expect.any(Number), reason: expect.stringContaining('EADDRINUSE') }]);
    expect(await value<DemoStatus>(core, 'demo.status')).toEqual({ active: false, simulatorUrl: null });
  });
});
