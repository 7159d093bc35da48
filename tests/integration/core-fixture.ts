// The real core for integration tests: real SQLite in the given folder, the real keychain, and a
// sync loop slow enough that each test drives its syncs itself.
import { createCore, type Core, type CoreOptions } from '../../electron/core/create-core';
import { KeytarSecretStore } from '../../electron/core/secrets/keytar-secret-store';
import { capturingLogger } from './store/fixtures';

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
