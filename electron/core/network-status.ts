// Tracks whether this machine has a network and pushes `status.changed` when that flips.
// The probe is a port: Electron's shell answers with `net.isOnline()`, plain Node with the
// machine's network interfaces. Sync state joins this status when accounts can be connected.
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
    private readonly now: () => number = Date.now,
  ) {
    this.status = {
      network: probe() ? 'online' : 'offline',
      connectedAccounts: 0,
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

  /** Reads the probe once; emits only when the answer changed. */
  check(): void {
    const network = this.probe() ? 'online' : 'offline';
    if (network === this.status.network) return;
    this.status = { ...this.status, network, changedAt: this.now() };
    this.hub.emit('status.changed', this.status);
  }
}
