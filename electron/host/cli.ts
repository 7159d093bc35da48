// `npm run host` (and `npm start` without the Electron runtime): the console in a browser tab.
import path from 'node:path';
import packageJson from '../../package.json';
import { CoreError } from '../core/core-error';
import { createCore } from '../core/create-core';
import { defaultDataDir, prepareDataDir } from '../core/data-dir';
import { consoleLogger } from '../core/logger';
import { interfaceNetworkProbe } from '../core/network-status';
import { KeytarSecretStore } from '../core/secrets/keytar-secret-store';
import { startBrowserHost } from './browser-host';
import { embeddedDemoPlatform } from './demo-platform';

async function main(): Promise<void> {
  const logger = consoleLogger('host');
  const dataDir = prepareDataDir(defaultDataDir());
  const core = await createCore({
    dataDir,
    appName: packageJson.productName,
    version: packageJson.version,
    host: 'browser',
    runtimeVersions: { node: process.versions.node, v8: process.versions.v8 },
    networkProbe: interfaceNetworkProbe,
    secrets: new KeytarSecretStore(),
    demoPlatform: process.env.SPORTELLO_NO_DEMO ? undefined : embeddedDemoPlatform(),
    syncIntervalMs: Number(process.env.SPORTELLO_SYNC_INTERVAL_MS) || undefined,
    logger,
  });
  const port = Number(process.env.SPORTELLO_PORT ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new CoreError('invalid-request', `SPORTELLO_PORT must be a port number, not "${process.env.SPORTELLO_PORT}".`);
  }
  const host = await startBrowserHost({ core, rendererDir: path.join(__dirname, '../renderer'), port });
  // Tests and scripts read this line to find the console.
  console.log(`Sportello is running at ${host.url}`);
  console.log(`Data folder: ${dataDir}. Press Ctrl+C to stop.`);
  const demo = await core.dispatch('demo.status', {});
  if (demo.ok && (demo.value as { simulatorUrl: string | null }).simulatorUrl) {
    console.log(`Demo workspace: simulated platform at ${(demo.value as { simulatorUrl: string }).simulatorUrl}`);
  }

  const stop = () => {
    void host
      .close()
      .then(() => core.close())
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof CoreError ? error.message : error);
  process.exit(1);
});
