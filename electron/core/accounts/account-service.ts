// Connecting and disconnecting platform accounts. The account's row goes to SQLite and its token
// to the OS keychain, and nowhere else: no keychain, no connection (never a plain-text fallback).
// Validating a token against the platform belongs to each connector and wraps this service.
import type { SecretStore } from '../secrets/secret-store';
import { CoreError } from '../core-error';
import type { Logger } from '../logger';
import { secretKeyFor, type Account, type Platform } from '../store/repositories/accounts';
import type { Store } from '../store/store';

export interface ConnectRequest {
  platform: Platform;
  externalId: string;
  displayName: string;
  token: string;
  baseUrl?: string;
}

const operator = 'operator';

export class AccountService {
  constructor(
    private readonly store: Store,
    private readonly secrets: SecretStore,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  list(): Account[] {
    return this.store.accounts.list();
  }

  /** Connects an account, or re-authorises it with a new token if it is already connected. */
  async connect(request: ConnectRequest): Promise<Account> {
    // Prove the keychain works before writing anything, so a refusal leaves no trace behind.
    await this.secrets.check();
    const existing = this.store.accounts.find(request.platform, request.externalId);
    const account =
      existing ??
      this.store.accounts.add(
        { platform: request.platform, externalId: request.externalId, displayName: request.displayName, baseUrl: request.baseUrl ?? null },
        this.now(),
      );
    try {
      await this.secrets.set(secretKeyFor(account.id), request.token);
    } catch (error) {
      if (!existing) this.store.accounts.remove(account.id);
      throw error;
    }
    this.store.accounts.setStatus(account.id, 'active');
    const action = existing ? 'account.reauthorised' : 'account.connected';
    this.store.audit.record({ actor: operator, action, subjectType: 'account', subjectId: account.id, details: { platform: account.platform } }, this.now());
    this.logger.info(action, { accountId: account.id, platform: account.platform });
    return { ...account, status: 'active' };
  }

  async disconnect(accountId: number): Promise<void> {
    const account = this.store.accounts.get(accountId);
    if (!account) throw new CoreError('not-found', `There is no connected account ${accountId}.`);
    const unsent = this.store.accounts.unsentReplyCount(accountId);
    if (unsent > 0) {
      throw new CoreError('invalid-request', `${account.displayName} still has ${unsent} unsent replies: send or cancel them before disconnecting it.`);
    }
    // The token goes first: an account row without a token only asks to be re-authorised, while a
    // token without its account would linger in the keychain unseen.
    await this.secrets.delete(secretKeyFor(accountId));
    this.store.accounts.remove(accountId);
    this.store.audit.record({ actor: operator, action: 'account.disconnected', subjectType: 'account', subjectId: accountId }, this.now());
    this.logger.info('account.disconnected', { accountId });
  }
}
