import { describe, expect, it } from 'vitest';
import { EventHub } from '../../../electron/core/event-hub';
import { interfaceNetworkProbe, StatusMonitor } from '../../../electron/core/network-status';

describe('StatusMonitor', () => {
  it('pushes status.changed only when the network flips or accounts change', () => {
    let online = true;
    let now = 1_000;
    const hub = new EventHub();
    const seen: unknown[] = [];
    hub.on('status.changed', (status) => seen.push(status));
    const monitor = new StatusMonitor(() => online, hub, () => 0, () => now);
    expect(monitor.get()).toMatchObject({ network: 'online', connectedAccounts: 0, sync: 'idle', changedAt: 1_000 });

    monitor.check();
    expect(seen).toEqual([]);

    online = false;
    now = 2_000;
    monitor.check();
    monitor.check();
    expect(seen).toEqual([{ network: 'offline', connectedAccounts: 0, sync: 'idle', lastSyncedAt: null, changedAt: 2_000 }]);
    expect(monitor.get().network).toBe('offline');
  });

  it('counts connected accounts', () => {
    let accounts = 0;
    const hub = new EventHub();
    const seen: number[] = [];
    hub.on('status.changed', (status) => seen.push(status.connectedAccounts));
    const monitor = new StatusMonitor(() => true, hub, () => accounts);
    accounts = 2;
    monitor.check();
    monitor.check();
    expect(seen).toEqual([2]);
  });

  it('probes the real interfaces of this machine without throwing', () => {
    expect(typeof interfaceNetworkProbe()).toBe('boolean');
  });
});
