// Connected accounts and their channels. No secret is ever stored here: an account's token lives
// in the OS keychain under secretKeyFor(account.id).
import type Database from 'better-sqlite3';

export type Platform = 'meta' | 'x' | 'helpdesk' | 'email';
export type ChannelKind = 'facebook_page' | 'instagram' | 'x' | 'helpdesk' | 'email';
export type AccountStatus = 'active' | 'needs_reauth' | 'disabled';

export interface Account {
  id: number;
  platform: Platform;
  externalId: string;
  displayName: string;
  baseUrl: string | null;
  role: 'agent' | 'supervisor';
  status: AccountStatus;
}

export interface Channel {
  id: number;
  accountId: number;
  brandId: number;
  kind: ChannelKind;
  externalId: string;
  name: string;
  handle: string | null;
}

export function secretKeyFor(accountId: number): string {
  return `account:${accountId}`;
}

const accountColumns = `id, platform, external_id AS externalId, display_name AS displayName, base_url AS baseUrl, role, status`;
const channelColumns = `id, account_id AS accountId, brand_id AS brandId, kind, external_id AS externalId, name, handle`;

export class AccountRepository {
  constructor(private readonly db: Database.Database) {}

  add(account: Omit<Account, 'id' | 'status' | 'role' | 'baseUrl'> & Partial<Pick<Account, 'role' | 'baseUrl'>>, now: number): Account {
    return this.db
      .prepare(
        `INSERT INTO accounts (platform, external_id, display_name, base_url, role, created_at)
         VALUES (@platform, @externalId, @displayName, @baseUrl, coalesce(@role, 'agent'), @now)
         RETURNING ${accountColumns}`,
      )
      .get({ baseUrl: null, role: null, ...account, now }) as Account;
  }

  list(): Account[] {
    return this.db.prepare(`SELECT ${accountColumns} FROM accounts ORDER BY display_name COLLATE NOCASE`).all() as Account[];
  }

  find(platform: Platform, externalId: string): Account | undefined {
    return this.db
      .prepare(`SELECT ${accountColumns} FROM accounts WHERE platform = ? AND external_id = ?`)
      .get(platform, externalId) as Account | undefined;
  }

  get(id: number): Account | undefined {
    return this.db.prepare(`SELECT ${accountColumns} FROM accounts WHERE id = ?`).get(id) as Account | undefined;
  }

  setStatus(id: number, status: AccountStatus): void {
    this.db.prepare('UPDATE accounts SET status = ? WHERE id = ?').run(status, id);
  }

  /** Replies written on this account's channels that have not reached the platform yet. */
  unsentReplyCount(id: number): number {
    return this.db
      .prepare(
        `SELECT count(*) FROM outbox o
         JOIN conversations c ON c.id = o.conversation_id
         JOIN channels ch ON ch.id = c.channel_id
         WHERE ch.account_id = ? AND o.state NOT IN ('sent', 'cancelled')`,
      )
      .pluck()
      .get(id) as number;
  }

  /**
   * Removes the account and, by cascade, its channels and their cached conversations, with the
   * outbox rows that are finished (sent or cancelled). An unsent reply makes this fail (the
   * outbox's RESTRICT): callers check unsentReplyCount first and tell the user.
   */
  remove(id: number): boolean {
    return this.db.transaction(() => {
      this.db
        .prepare(
          `DELETE FROM outbox WHERE state IN ('sent', 'cancelled') AND conversation_id IN (
             SELECT c.id FROM conversations c JOIN channels ch ON ch.id = c.channel_id WHERE ch.account_id = ?)`,
        )
        .run(id);
      return this.db.prepare('DELETE FROM accounts WHERE id = ?').run(id).changes > 0;
    })();
  }

  addChannel(channel: Omit<Channel, 'id' | 'handle'> & { handle?: string | null }): Channel {
    return this.db
      .prepare(
        `INSERT INTO channels (account_id, brand_id, kind, external_id, name, handle)
         VALUES (@accountId, @brandId, @kind, @externalId, @name, @handle)
         RETURNING ${channelColumns}`,
      )
      .get({ handle: null, ...channel }) as Channel;
  }

  channels(): Channel[] {
    return this.db.prepare(`SELECT ${channelColumns} FROM channels ORDER BY name COLLATE NOCASE`).all() as Channel[];
  }
}
