// All connected accounts' pull loops and the outbox, on timers. Each account has its own cadence:
// a short interval while messages keep arriving, growing while it is quiet, stretched by its rate
// governor as platform usage climbs. Replies are flushed right after they are written and after
// every pull (which is when a network that came back is noticed).
import type { AccountSyncStatus } from '../../../shared/contract';
import type { Connector } from '../connectors/connector';
import { GraphError } from '../connectors/meta/graph-error';
import type { Logger } from '../logger';
import { OutboxFlusher } from '../outbox/outbox-flusher';
import type { SecretStore } from '../secrets/secret-store';
import type { Platform } from '../store/repositories/accounts';
import type { Store } from '../store/store';
import { AccountSync } from './account-sync';

export interface SyncEngineOptions {
  store: Store;
  secrets: SecretStore;
  connectors: ReadonlyMap<Platform, Connector>;
  logger: Logger;
  /** Quietest interval is 4× this. */
  intervalMs: number;
  now?: () => number;
  onStatus: (statuses: AccountSyncStatus[]) => void;
  onConversationsChanged: (conversationIds: number[]) => void;
  /** Per platform request; default 20 s. */
  requestTimeoutMs?: number;
}

export class SyncEngine {
  private readonly accounts = new Map<number, { sync: AccountSync; timer: ReturnType<typeof setTimeout> | null; idleRounds: number }>();
  private readonly inFlight = new Set<Promise<void>>();
  readonly outbox: OutboxFlusher;
  private stopped = false;
  private readonly now: () => number;

  constructor(private readonly options: SyncEngineOptions) {
    this.now = options.now ?? Date.now;
    this.outbox = new OutboxFlusher({
      store: options.store,
      session: async (accountId) => {
        const entry = this.accounts.get(accountId);
        if (!entry || entry.sync.governor.pausedUntilTime()) return null;
        return entry.sync.openSession();
      },
      onAccountError: (accountId, error) => this.accounts.get(accountId)?.sync.handleError(error),
      onChanged: options.onConversationsChanged,
      logger: options.logger,
      now: this.now,
    });
  }

  /** Starts (or restarts) a loop for every connected account; drops loops of removed ones. */
  refreshAccounts(): void {
    const current = new Set<number>();
    for (const account of this.options.store.accounts.list()) {
      current.add(account.id);
      const existing = this.accounts.get(account.id);
      // A loop is replaced only when its account was re-authorised after it stopped on a bad token.
      const reauthorised = existing?.sync.current().state === 'needs_reauth' && account.status === 'active';
      if (existing && !reauthorised) continue;
      if (existing?.timer) clearTimeout(existing.timer);
      const connector = this.options.connectors.get(account.platform);
      if (!connector) continue;
      const sync = new AccountSync({
        account,
        connector,
        store: this.options.store,
        secrets: this.options.secrets,
        logger: this.options.logger,
        now: this.now,
        onStatus: () => this.options.onStatus(this.statuses()),
        onNewMessages: this.options.onConversationsChanged,
        requestTimeoutMs: this.options.requestTimeoutMs,
      });
      this.accounts.set(account.id, { sync, timer: null, idleRounds: 0 });
      this.schedule(account.id, 0);
    }
    for (const [id, entry] of this.accounts) {
      if (current.has(id)) continue;
      if (entry.timer) clearTimeout(entry.timer);
      this.accounts.delete(id);
    }
    this.options.onStatus(this.statuses());
  }

  /** An account failed outside its loop (e.g. a connection test): its loop reacts as to its own error. */
  accountFailed(accountId: number, error: GraphError): void {
    this.accounts.get(accountId)?.sync.handleError(error);
  }

  statuses(): AccountSyncStatus[] {
    return [...this.accounts.values()].map((entry) => entry.sync.current());
  }

  /** Pulls one account (or all) now; used after connecting and by tests. */
  async syncNow(accountId?: number): Promise<void> {
    const ids = accountId === undefined ? [...this.accounts.keys()] : [accountId];
    for (const id of ids) await this.pull(id);
    await this.outbox.flush();
  }

  /** Stops the timers and waits for work in progress, so nothing touches the store after this. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const entry of this.accounts.values()) if (entry.timer) clearTimeout(entry.timer);
    await Promise.allSettled([...this.inFlight]);
    await this.outbox.idle();
  }

  /** One pass over an account's streams. Returns how many new messages it stored. */
  private async pull(accountId: number): Promise<number> {
    const entry = this.accounts.get(accountId);
    if (!entry) return 0;
    const wasOffline = entry.sync.current().state === 'offline';
    const inserted = await entry.sync.syncOnce();
    // The platform answers again: replies backing off from the outage go now, not in a minute.
    if (wasOffline && entry.sync.current().state === 'online') this.options.store.outbox.retryNow(accountId, this.now());
    return inserted;
  }

  private schedule(accountId: number, delayMs: number): void {
    const entry = this.accounts.get(accountId);
    if (!entry || this.stopped) return;
    entry.timer = setTimeout(() => {
      const tick = this.tick(accountId).finally(() => this.inFlight.delete(tick));
      this.inFlight.add(tick);
    }, delayMs);
    entry.timer.unref?.();
  }

  private async tick(accountId: number): Promise<void> {
    const entry = this.accounts.get(accountId);
    if (!entry || this.stopped) return;
    try {
      const inserted = await this.pull(accountId);
      entry.idleRounds = inserted > 0 ? 0 : Math.min(entry.idleRounds + 1, 6);
      if (!this.stopped) await this.outbox.flush();
    } catch (error) {
      entry.sync.handleError(error instanceof GraphError ? error : new GraphError('transient', String(error)));
    }
    const pausedUntil = entry.sync.governor.pausedUntilTime();
    const idleFactor = 1 + entry.idleRounds * 0.5; // up to 4× while nothing arrives
    const delay = pausedUntil ? pausedUntil - this.now() : this.options.intervalMs * idleFactor * entry.sync.governor.cadenceFactor();
    this.schedule(accountId, Math.max(250, delay));
  }
}
