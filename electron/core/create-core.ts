// The composition of core: everything the console can do, with no Electron in sight. The Electron
// shell and the browser host each build one of these and plug it into their transport.
import type { AppInfo } from '../../shared/contract';
import { createDispatcher, type Dispatch } from './dispatcher';
import { EventHub } from './event-hub';
import type { Logger } from './logger';
import { StatusMonitor, type NetworkProbe } from './network-status';
import { SettingsStore } from './settings-store';

export interface CoreOptions {
  dataDir: string;
  appName: string;
  version: string;
  host: AppInfo['host'];
  runtimeVersions: Record<string, string>;
  networkProbe: NetworkProbe;
  logger: Logger;
}

export interface Core {
  dispatch: Dispatch;
  events: EventHub;
  settings: SettingsStore;
  close(): void;
}

export function createCore(options: CoreOptions): Core {
  const events = new EventHub();
  const settings = new SettingsStore(options.dataDir, options.logger);
  const status = new StatusMonitor(options.networkProbe, events);
  status.start();

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
    },
    options.logger,
  );

  return {
    dispatch,
    events,
    settings,
    close: () => status.stop(),
  };
}
