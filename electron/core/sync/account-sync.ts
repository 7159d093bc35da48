// The pull loop of one connected account: read every stream of every channel from its watermark,
// store what is new, remember the new watermark, and report a state the status bar can show.
// Errors change the state (offline, throttled, needs re-authorisation), never crash the loop.
import type { AccountSyncStatus } from '../../../shared/contract';
import type { AccountSession, Connector } from '../connectors/connector';
import { GraphError } from '../connectors/meta/graph-error';
import { firstSyncWindowMs } from '../connectors/meta/meta-reader';
import type { Logger } from '../logger';
import type { SecretStore } from '../secrets/secret-store';
import { secretKeyFor, type Account, type Channel } from '../store/repositories/accounts';
import type { PlatformMessage } from '../store/repositories/messages';
import type { Store } from '../store/store';
import { RateGovernor } from './rate-governor';

export interface AccountSyncOptions {
  account: Account;
  connector: Connector;
  store: Store;
  secrets: SecretStore;
  logger: Logger;
  now: () => number;
  onStatus: (status: AccountSyncStatus) => void;
  onNewMessages: (conversationIds: number[]) => void;
  requestTimeoutMs?: number;
}

export class AccountSync {
  readonly governor: RateGovernor;
  private session: AccountSession | null = null;
  private status: AccountSyncStatus;
  private running: Promise<number> | null = null;

  constructor(private readonly options: AccountSyncOptions) {
    this.governor = new RateGovernor(options.now);
    const { account } = options;
    this.status = {
      accountId: account.id,
      displayName: account.displayName,
      state: account.status === 'needs_reauth' ? 'needs_reauth' : 'online',
      until: null,
      lastSyncedAt: null,
      progress: null,
      lastError: null,
    };
  }

  get accountId(): number {
    return this.options.account.id;
  }

  current(): AccountSyncStatus {
    return this.status;
  }

  /** The live session, opened with the token from the keychain; null when none can be had. */
  async openSession(): Promise<AccountSession | null> {
    if (this.status.state === 'needs_reauth') return null;
    if (this.session) return this.session;
    const { account, connector, secrets, store } = this.options;
    const token = await secrets.get(secretKeyFor(account.id));
    if (!token) {
      this.needsReauthorisation('No token for this account is in the keychain.');
      return null;
    }
    const channelIds = store.accounts.channels().filter((c) => c.accountId === account.id).map((c) => c.externalId);
    this.session = connector.open({
      baseUrl: account.baseUrl ?? connector.defaultBaseUrl,
      token,
      accountExternalId: account.externalId,
      channelIds,
      onUsage: (usage) => this.governor.observe(usage),
      requestTimeoutMs: this.options.requestTimeoutMs,
    });
    return this.session;
  }

  /** One pass over every stream (joining the pass in progress, if any). Returns how many new messages it stored. */
  syncOnce(): Promise<number> {
    this.running ??= this.pass().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async pass(): Promise<number> {
    const pausedUntil = this.governor.pausedUntilTime();
    if (pausedUntil) {
      this.update({ state: 'throttled', until: pausedUntil });
      return 0;
    }
    let session: AccountSession | null;
    try {
      session = await this.openSession();
    } catch (error) {
      this.update({ state: 'offline', lastError: String((error as Error).message ?? error) });
      return 0;
    }
    if (!session) return 0;
    const { store, account, now } = this.options;
    const channels = store.accounts.channels().filter((channel) => channel.accountId === account.id);
    const work = channels.flatMap((channel) => session.streams(channel).map((stream) => ({ channel, stream })));
    const firstSync = work.some(({ channel, stream }) => this.watermark(channel, stream) === null);
    let inserted = 0;
    try {
      for (const [index, { channel, stream }] of work.entries()) {
        this.update({ state: 'syncing', until: null, progress: firstSync ? { done: index, total: work.length } : null });
        inserted += await this.pullStream(session, channel, stream);
      }
      this.update({ state: 'online', until: null, lastSyncedAt: now(), progress: null, lastError: null });
    } catch (error) {
      this.handleError(error);
    }
    return inserted;
  }

  /** Reacts to a platform error seen by the sync or by the outbox for this account. */
  handleError(error: unknown): void {
    if (!(error instanceof GraphError)) {
      this.options.logger.error('sync failed', { accountId: this.accountId, error: String(error) });
      this.update({ state: 'offline', progress: null, lastError: 'Unexpected error; see the log.' });
      return;
    }
    if (error.kind === 'auth') return this.needsReauthorisation(error.message);
    if (error.kind === 'throttled') {
      this.governor.throttled(error.details.retryAfterMs);
      this.update({ state: 'throttled', until: this.governor.pausedUntilTime(), progress: null, lastError: error.message });
      return;
    }
    this.update({ state: 'offline', progress: null, lastError: error.message });
  }

  private async pullStream(session: AccountSession, channel: Channel, stream: string): Promise<number> {
    const { now, logger } = this.options;
    // A first sync reads a window of recent history; older conversations are not the queue.
    const from = this.watermark(channel, stream) ?? now() - firstSyncWindowMs;
    let inserted = 0;
    const touched = new Set<number>();
    // Each page is stored as it arrives, in its own short transaction: the main thread never stalls
    // on a whole stream, and a failure late in a long first sync keeps what was already read
    // (ingest is idempotent, so the retry stores only what is new).
    const storePage = (messages: PlatformMessage[]) => {
      const ingested = this.options.store.messages.ingest(messages, now());
      inserted += ingested.inserted;
      for (const id of ingested.conversationIds) touched.add(id);
    };
    const result = await session.pull(channel, stream, from, storePage);
    storePage(result.messages);
    if (result.skipped > 0) logger.warn('unreadable platform items skipped', { accountId: this.accountId, channelId: channel.id, stream, skipped: result.skipped });
    if (!result.complete) logger.warn('pull stopped at its page limit; older items were not read', { accountId: this.accountId, channelId: channel.id, stream });
    this.options.store.db
      .prepare(
        `INSERT INTO sync_cursors (account_id, stream, watermark, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (account_id, stream) DO UPDATE SET watermark = excluded.watermark, updated_at = excluded.updated_at`,
      )
      .run(this.accountId, streamKey(channel, stream), result.watermark, now());
    if (touched.size > 0) this.options.onNewMessages([...touched]);
    return inserted;
  }

  private watermark(channel: Channel, stream: string): number | null {
    const value = this.options.store.db
      .prepare('SELECT watermark FROM sync_cursors WHERE account_id = ? AND stream = ?')
      .pluck()
      .get(this.accountId, streamKey(channel, stream));
    return typeof value === 'number' ? value : null;
  }

  private needsReauthorisation(reason: string): void {
    this.session = null;
    this.options.store.accounts.setStatus(this.accountId, 'needs_reauth');
    this.update({ state: 'needs_reauth', until: null, progress: null, lastError: reason });
  }

  private update(change: Partial<AccountSyncStatus>): void {
    const next = { ...this.status, ...change };
    if (JSON.stringify(next) === JSON.stringify(this.status)) return;
    this.status = next;
    this.options.onStatus(next);
  }
}

function streamKey(channel: Channel, stream: string): string {
  return `${channel.kind}:${channel.externalId}/${stream}`;
}
