// Connecting and disconnecting platform accounts. The connector validates the token with the
// platform and lists what it manages (for Meta: the Pages and their Instagram accounts); each
// account's row and channels go to SQLite and its token to the OS keychain, and nowhere else:
// no keychain, no connection (never a plain-text fallback).
import type { ConnectionCheck } from '../../../shared/contract';
import type { Connector, DiscoveredAccount } from '../connectors/connector';
import { GraphError } from '../connectors/meta/graph-error';
import { CoreError } from '../core-error';
import type { Logger } from '../logger';
import type { SecretStore } from '../secrets/secret-store';
import { secretKeyFor, type Account, type Platform } from '../store/repositories/accounts';
import type { Store } from '../store/store';

export interface ConnectRequest {
  platform: Platform;
  token: string;
  baseUrl?: string;
}

const operator = 'operator';
/** Colours for new brands, in turn, so brands tell apart at a glance in the queue. */
const brandPalette = ['#c2410c', '#15803d', '#1d4ed8', '#a21caf', '#b45309', '#0f766e', '#be123c', '#4338ca'];

export class AccountService {
  constructor(
    private readonly store: Store,
    private readonly secrets: SecretStore,
    private readonly connectors: ReadonlyMap<Platform, Connector>,
    private readonly logger: Logger,
    /** Gives a brand created here its starting SLA policy. */
    private readonly onBrandCreated: (brandId: number) => void = () => {},
    private readonly now: () => number = Date.now,
  ) {}

  list(): Account[] {
    return this.store.accounts.list();
  }

  /**
   * Validates the token and connects every account it gives access to, or re-authorises those
   * already connected. Returns the accounts connected.
   */
  async connect(request: ConnectRequest): Promise<Account[]> {
    const connector = this.connectorFor(request.platform);
    // Prove the keychain works before asking the platform or writing anything.
    await this.secrets.check();
    const baseUrl = request.baseUrl ?? connector.defaultBaseUrl;
    let discovered: DiscoveredAccount[];
    try {
      discovered = await connector.discover(baseUrl, request.token);
    } catch (error) {
      throw asCoreError(error);
    }
    if (discovered.length === 0) throw new CoreError('invalid-request', 'This token gives access to no Page or account that Sportello can manage.');
    const accounts: Account[] = [];
    for (const found of discovered) {
      accounts.push(await this.save(request.platform, found, request.baseUrl ?? null));
    }
    return accounts;
  }

  /**
   * Tries the stored token on the platform: it must still open the account. Reports in words what
   * the operator can do; an account that works again is marked active.
   */
  async testConnection(accountId: number): Promise<ConnectionCheck> {
    const account = this.requireAccount(accountId);
    const connector = this.connectorFor(account.platform);
    const checkedAt = this.now();
    const token = await this.secrets.get(secretKeyFor(accountId));
    if (!token) return { result: 'needs_reauth', message: `No token for ${account.displayName} is in the keychain: re-authorise it.`, checkedAt };
    let discovered: DiscoveredAccount[];
    try {
      discovered = await connector.discover(account.baseUrl ?? connector.defaultBaseUrl, token);
    } catch (error) {
      if (error instanceof GraphError && (error.kind === 'auth' || error.kind === 'rejected')) {
        return { result: 'needs_reauth', message: `The platform no longer accepts the token of ${account.displayName} (${error.message}): re-authorise it.`, checkedAt };
      }
      const reason = error instanceof Error ? error.message : String(error);
      return { result: 'unreachable', message: `The platform cannot be reached right now (${reason}). Replies wait in the outbox; try again later.`, checkedAt };
    }
    if (!discovered.some((found) => found.externalId === account.externalId)) {
      return { result: 'needs_reauth', message: `The stored token no longer gives access to ${account.displayName}: re-authorise it.`, checkedAt };
    }
    if (account.status !== 'active') this.store.accounts.setStatus(accountId, 'active');
    return { result: 'ok', message: `${account.displayName} is connected and its token works.`, checkedAt };
  }

  /** Replaces one account's token with a new one, which must give access to that same account. */
  async reauthorise(accountId: number, token: string): Promise<Account> {
    const account = this.requireAccount(accountId);
    const connector = this.connectorFor(account.platform);
    await this.secrets.check();
    let discovered: DiscoveredAccount[];
    try {
      discovered = await connector.discover(account.baseUrl ?? connector.defaultBaseUrl, token);
    } catch (error) {
      throw asCoreError(error);
    }
    const found = discovered.find((candidate) => candidate.externalId === account.externalId);
    if (!found) throw new CoreError('invalid-request', `This token does not give access to ${account.displayName}.`);
    return this.save(account.platform, found, account.baseUrl);
  }

  async disconnect(accountId: number): Promise<void> {
    const account = this.requireAccount(accountId);
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

  private requireAccount(accountId: number): Account {
    const account = this.store.accounts.get(accountId);
    if (!account) throw new CoreError('not-found', `There is no connected account ${accountId}.`);
    return account;
  }

  private connectorFor(platform: Platform): Connector {
    const connector = this.connectors.get(platform);
    if (!connector) throw new CoreError('invalid-request', `Sportello cannot connect ${platform} accounts yet.`);
    return connector;
  }

  /** Writes one discovered account: row, brand, channels, then its token; undoes the row if the token cannot be stored. */
  private async save(platform: Platform, found: DiscoveredAccount, baseUrl: string | null): Promise<Account> {
    const { store } = this;
    const existing = store.accounts.find(platform, found.externalId);
    const account = existing ?? store.accounts.add({ platform, externalId: found.externalId, displayName: found.displayName, baseUrl }, this.now());
    try {
      await this.secrets.set(secretKeyFor(account.id), found.token);
    } catch (error) {
      if (!existing) store.accounts.remove(account.id);
      throw error;
    }
    const brands = store.brands.list();
    let brand = brands.find((b) => b.name === found.displayName);
    if (!brand) {
      brand = store.brands.create({ name: found.displayName, color: brandPalette[brands.length % brandPalette.length] }, this.now());
      this.onBrandCreated(brand.id);
    }
    const known = new Set(store.accounts.channels().filter((c) => c.accountId === account.id).map((c) => c.externalId));
    for (const channel of found.channels) {
      if (!known.has(channel.externalId)) store.accounts.addChannel({ accountId: account.id, brandId: brand.id, ...channel });
    }
    store.accounts.setStatus(account.id, 'active');
    const action = existing ? 'account.reauthorised' : 'account.connected';
    store.audit.record({ actor: operator, action, subjectType: 'account', subjectId: account.id, details: { platform } }, this.now());
    this.logger.info(action, { accountId: account.id, platform });
    return { ...account, status: 'active' };
  }
}

function asCoreError(error: unknown): Error {
  if (!(error instanceof GraphError)) return error instanceof Error ? error : new Error(String(error));
  switch (error.kind) {
    case 'auth':
    case 'rejected':
      return new CoreError('invalid-request', `The platform did not accept this token: ${error.message}`);
    default:
      return new CoreError('unavailable', `The platform cannot be reached right now: ${error.message}`);
  }
}
