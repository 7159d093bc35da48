// The composition of core: everything the console can do, with no Electron in sight. The Electron
// shell and the browser host each build one of these and plug it into their transport.
import type { AppInfo, Notice } from '../../shared/contract';
import { AccountService } from './accounts/account-service';
import { createDispatcher, type Dispatch } from './dispatcher';
import { EventHub } from './event-hub';
import type { Logger } from './logger';
import { StatusMonitor, type NetworkProbe } from './network-status';
import type { SecretStore } from './secrets/secret-store';
import { SettingsStore } from './settings-store';
import { openStore, type Store } from './store/store';

export interface CoreOptions {
  dataDir: string;
  appName: string;
  version: string;
  host: AppInfo['host'];
  runtimeVersions: Record<string, string>;
  networkProbe: NetworkProbe;
  secrets: SecretStore;
  logger: Logger;
  /** better-sqlite3 addon built for this runtime's ABI (Electron's differs from Node's). */
  sqliteBinding?: string;
}

export interface Core {
  dispatch: Dispatch;
  events: EventHub;
  settings: SettingsStore;
  store: Store;
  close(): void;
}

export async function createCore(options: CoreOptions): Promise<Core> {
  const events = new EventHub();
  // Preferences first: they stay readable even when the database is not.
  const settings = new SettingsStore(options.dataDir, options.logger);
  const store = await openStore({ dataDir: options.dataDir, nativeBinding: options.sqliteBinding, logger: options.logger });
  const accounts = new AccountService(store, options.secrets, options.logger);
  const status = new StatusMonitor(options.networkProbe, events, () => store.accounts.list().length);
  status.start();
  const notices: Notice[] = store.recovery ? [{ kind: 'database-recovered', ...store.recovery }] : [];

  const dispatch = createDispatcher(
    {
      'app.info': () => ({
        name: options.appName,
        version: options.version,
        dataDir: options.dataDir,
        host: options.host,
        platform: process.platform,
        runtimeVersions: options.runtimeVersions,
      }),
      'settings.get': () => settings.get(),
      'settings.update': (patch) => {
        const next = settings.update(patch);
        events.emit('settings.changed', next);
        return next;
      },
      'status.get': () => status.get(),
      'app.notices': () => notices,
      'accounts.list': () => accounts.list(),
      'accounts.connect': async (request) => {
        const account = await accounts.connect(request);
        status.check();
        return account;
      },
      'accounts.disconnect': async ({ id }) => {
        await accounts.disconnect(id);
        status.check();
        return {};
      },
    },
    options.logger,
  );

  return {
    dispatch,
    events,
    settings,
    store,
    close: () => {
      status.stop();
      store.close();
    },
  };
}
