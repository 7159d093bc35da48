// Delivers the outbox. Each row is marked "sending" (committed, fsynced) before its request
// leaves, so after a crash we know which requests may have reached the platform; those, and any
// request whose answer was lost, are "unknown" and are reconciled by reading the thread back
// before anything else is sent in that conversation. Nothing is ever resent blindly.
import type { AccountSession } from '../connectors/connector';
import { alreadyRepliedPrivatelyCode, GraphError } from '../connectors/meta/graph-error';
import type { Logger } from '../logger';
import type { OutboundRow } from '../store/repositories/outbox';
import type { Store } from '../store/store';

export interface OutboxFlusherOptions {
  store: Store;
  /** The account's live session, or null when it cannot send now (no token, paused, re-auth). */
  session: (accountId: number) => Promise<AccountSession | null>;
  /** Platform errors that concern the whole account (auth, throttling, offline). */
  onAccountError: (accountId: number, error: GraphError) => void;
  onChanged: (conversationIds: number[]) => void;
  logger: Logger;
  now?: () => number;
  random?: () => number;
}

const maxBackoffMs = 5 * 60_000;

/** Jittered exponential backoff: 2 s, 4 s, 8 s… up to 5 minutes, each ±50%. */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(maxBackoffMs, 2_000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.5 + random()));
}

export class OutboxFlusher {
  private running: Promise<void> | null = null;
  private again = false;
  private readonly now: () => number;
  private readonly random: () => number;

  constructor(private readonly options: OutboxFlusherOptions) {
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    // A row left "sending" by a crash may or may not have reached the platform.
    const interrupted = options.store.outbox.markInterruptedSendsUnknown(this.now());
    if (interrupted > 0) options.logger.warn('replies interrupted mid-send will be reconciled', { count: interrupted });
  }

  /** Runs a flush now, or once more right after the one in progress. */
  flush(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.reconcileUnknown();
        await this.sendDue();
      } while (this.again);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Resolves when no flush is running (without starting one). */
  async idle(): Promise<void> {
    this.again = false;
    await this.running?.catch(() => undefined);
  }

  private async reconcileUnknown(): Promise<void> {
    for (const row of this.options.store.outbox.unresolved()) {
      const session = await this.options.session(row.accountId);
      if (!session) continue;
      try {
        const platformId = await session.reconcile(row, row.updatedAt);
        if (platformId) this.options.store.outbox.markSent(row.id, platformId, this.now());
        // Not on the platform: the request never took effect, so sending it again is safe.
        else this.options.store.outbox.markRetry(row.id, this.now(), 'Not delivered; sending again.', this.now());
        this.options.onChanged([row.conversationId]);
      } catch (error) {
        if (error instanceof GraphError) this.options.onAccountError(row.accountId, error);
        else this.options.logger.error('reconcile failed', { outboxId: row.id, error: String(error) });
      }
    }
  }

  /** Sends batches of due rows until none is left that an unblocked account can send. */
  private async sendDue(): Promise<void> {
    const blocked = new Set<number>();
    for (;;) {
      const due = this.options.store.outbox.due(this.now()).filter((row) => !blocked.has(row.accountId));
      if (due.length === 0) return;
      for (const row of due) {
        if (blocked.has(row.accountId)) continue;
        const session = await this.options.session(row.accountId);
        if (!session) {
          blocked.add(row.accountId);
          continue;
        }
        const stop = await this.sendOne(session, row);
        if (stop) blocked.add(row.accountId);
      }
    }
  }

  /** Sends one row; true when the account should stop sending for now. */
  private async sendOne(session: AccountSession, row: OutboundRow): Promise<boolean> {
    const { store } = this.options;
    store.outbox.markSending(row.id, this.now());
    this.options.onChanged([row.conversationId]);
    try {
      const platformId = await session.send(row, this.now());
      store.outbox.markSent(row.id, platformId, this.now());
      return false;
    } catch (error) {
      return this.failed(row, error);
    } finally {
      this.options.onChanged([row.conversationId]);
    }
  }

  private failed(row: OutboundRow, error: unknown): boolean {
    const { store } = this.options;
    const now = this.now();
    if (!(error instanceof GraphError)) {
      this.options.logger.error('send failed unexpectedly', { outboxId: row.id, error: String(error) });
      store.outbox.markUnknown(row.id, 'Unexpected error while sending; checking with the platform.', now);
      return true;
    }
    // A private reply cannot be read back; if an earlier attempt's outcome was lost, the platform's
    // "already replied" to the next attempt is the proof that it was delivered.
    if (row.operation === 'private_reply' && row.attempts > 0 && error.details.code === alreadyRepliedPrivatelyCode) {
      store.outbox.markSent(row.id, `private-reply:${row.payload.replyToExternalId ?? row.id}`, now);
      return false;
    }
    switch (error.kind) {
      case 'window':
      case 'rejected':
        store.outbox.markFailed(row.id, error.message, now);
        return false;
      case 'unknown':
        store.outbox.markUnknown(row.id, error.message, now);
        return true;
      case 'auth':
        store.outbox.hold(row.id, error.message, now);
        this.options.onAccountError(row.accountId, error);
        return true;
      case 'throttled':
      case 'offline':
      case 'transient':
        store.outbox.markRetry(row.id, now + (error.details.retryAfterMs ?? retryDelayMs(row.attempts + 1, this.random)), error.message, now);
        if (error.kind !== 'transient') this.options.onAccountError(row.accountId, error);
        return error.kind !== 'transient';
    }
  }
}
