// The real core for integration tests: real SQLite in the given folder, the real keychain, and a
// sync loop slow enough that each test drives its syncs itself.
import keytar from 'keytar';
import { createCore, type Core, type CoreOptions } from '../../electron/core/create-core';
import { keychainService, KeytarSecretStore } from '../../electron/core/secrets/keytar-secret-store';
import { startMetaSimulator, type MetaSimulator } from '../../electron/simulator/meta';
import { capturingLogger, removeDir, tempDataDir } from './store/fixtures';

export function startTestCore(dataDir: string, overrides: Partial<CoreOptions> = {}): Promise<Core> {
  return createCore({
    dataDir,
    appName: 'Sportello',
    version: 'test',
    host: 'browser',
    runtimeVersions: {},
    networkProbe: () => true,
    secrets: new KeytarSecretStore(),
    logger: capturingLogger(),
    syncIntervalMs: 3_600_000,
    ...overrides,
  });
}

/**
 * A connected workspace for sync tests: the Meta simulator, a core connected to its two Pages with
 * the seeded user token and synced once, faults cleared after each test, everything removed after
 * the file. Call at the top of a describe block; read `sim` and `core` inside tests.
 */
export function useSimulatedWorkspace(
  hooks: { beforeAll: (fn: () => Promise<void>) => void; afterEach: (fn: () => void) => void; afterAll: (fn: () => Promise<void>) => void },
  overrides: Partial<CoreOptions> = {},
) {
  const workspace = {
    sim: undefined as unknown as MetaSimulator,
    core: undefined as unknown as Core,
    dataDir: '',
    /** A contract call through the dispatcher; throws on an error outcome. */
    async call<T = unknown>(name: string, params: unknown = {}): Promise<T> {
      const outcome = await workspace.core.dispatch(name, params);
      if (!outcome.ok) throw new Error(`${name}: ${outcome.error.kind}: ${outcome.error.message}`);
      return outcome.value as T;
    },
  };
  hooks.beforeAll(async () => {
    workspace.sim = await startMetaSimulator();
    workspace.dataDir = tempDataDir();
    workspace.core = await startTestCore(workspace.dataDir, overrides);
    await workspace.call('accounts.connect', { platform: 'meta', token: workspace.sim.seed.user.token, baseUrl: workspace.sim.url });
    await workspace.core.sync.syncNow();
  });
  hooks.afterEach(() => workspace.sim.control.clearFaults());
  hooks.afterAll(async () => {
    for (const account of workspace.core.store.accounts.list()) await keytar.deletePassword(keychainService, `account:${account.id}`);
    await workspace.core.close();
    await workspace.sim.close();
    removeDir(workspace.dataDir);
  });
  return workspace;
}
