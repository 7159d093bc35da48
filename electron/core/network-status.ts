// Tracks what the status bar shows (network, connected accounts) and pushes `status.changed` when
// it changes. The network probe is a port: Electron's shell answers with `net.isOnline()`, plain
// Node with the machine's network interfaces. Sync state joins this status with the sync engine.
import os from 'node:os';
import type { CoreStatus } from '../../shared/contract';
import type { EventHub } from './event-hub';

export type NetworkProbe = () => boolean;

/** True when any non-loopback interface has an address: the best plain Node can tell cheaply. */
export const interfaceNetworkProbe: NetworkProbe = () =>
  Object.values(os.networkInterfaces()).some((addresses) =>
    (addresses ?? []).some((address) => !address.internal),
  );

export const networkPollIntervalMs = 5_000;

export class StatusMonitor {
  private status: CoreStatus;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly probe: NetworkProbe,
    private readonly hub: EventHub,
    private readonly countAccounts: () => number = () => 0,
    private readonly now: () => number = Date.now,
  ) {
    this.status = {
      network: probe() ? 'online' : 'offline',
      connectedAccounts: countAccounts(),
      sync: 'idle',
      lastSyncedAt: null,
      changedAt: now(),
    };
  }

  get(): CoreStatus {
    return this.status;
  }

  start(intervalMs = networkPollIntervalMs): void {
    this.timer ??= setInterval(() => this.check(), intervalMs);
    this.timer.unref?.();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Reads the probe and the account count; emits only when something changed. */
  check(): void {
    const network = this.probe() ? 'online' : 'offline';
    const connectedAccounts = this.countAccounts();
    if (network === this.status.network && connectedAccounts === this.status.connectedAccounts) return;
    this.status = { ...this.status, network, connectedAccounts, changedAt: this.now() };
    this.hub.emit('status.changed', this.status);
  }
}
