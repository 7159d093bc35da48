// The demo workspace: on a first start with no accounts, Sportello connects two demo brands served
// by the embedded platform simulator (customers keep writing in), so a newcomer sees the product
// working. It is labelled in the UI and can be removed; once removed it does not come back.
import type { DemoStatus } from '../../../shared/contract';
import type { AccountService } from '../accounts/account-service';
import type { Logger } from '../logger';
import type { Store } from '../store/store';

/** The simulator, started by the composition root (core does not depend on it). */
export interface DemoPlatform {
  start(): Promise<{ baseUrl: string; token: string }>;
  stop(): Promise<void>;
}

interface DemoRecord {
  state: 'active' | 'removed';
  accountIds: number[];
}

const settingKey = 'demo';

export class DemoWorkspace {
  private simulatorUrl: string | null = null;

  constructor(
    private readonly store: Store,
    private readonly accounts: AccountService,
    private readonly platform: DemoPlatform | null,
    private readonly logger: Logger,
  ) {}

  status(): DemoStatus {
    return { active: this.record()?.state === 'active', simulatorUrl: this.simulatorUrl };
  }

  /** Opens the demo on a first start, or restarts its simulator if the demo is in use. */
  async startIfWanted(): Promise<void> {
    if (!this.platform) return;
    const record = this.record();
    if (record?.state === 'removed') return;
    if (!record && this.store.accounts.list().length > 0) return; // a real workspace: no demo
    const { baseUrl, token } = await this.platform.start();
    this.simulatorUrl = baseUrl;
    // The simulator listens on a new port each run: reconnecting updates the demo accounts' address.
    for (const id of record?.accountIds ?? []) this.store.db.prepare('UPDATE accounts SET base_url = ? WHERE id = ?').run(baseUrl, id);
    const connected = await this.accounts.connect({ platform: 'meta', token, baseUrl });
    this.save({ state: 'active', accountIds: connected.map((account) => account.id) });
    this.logger.info('demo workspace open', { simulator: baseUrl, accounts: connected.length });
  }

  /** Removes the demo accounts, their brands and everything cached for them. */
  async remove(): Promise<void> {
    const record = this.record();
    if (record?.state !== 'active') return;
    const brandIds = this.store.db
      .prepare(`SELECT DISTINCT brand_id FROM channels WHERE account_id IN (${record.accountIds.map(Number).join(', ') || 'NULL'})`)
      .pluck()
      .all() as number[];
    for (const id of record.accountIds) {
      // Demo replies are not real: drop them rather than block the removal.
      this.store.db
        .prepare('DELETE FROM outbox WHERE conversation_id IN (SELECT c.id FROM conversations c JOIN channels ch ON ch.id = c.channel_id WHERE ch.account_id = ?)')
        .run(id);
      if (this.store.accounts.get(id)) await this.accounts.disconnect(id);
    }
    for (const brandId of brandIds) this.store.db.prepare('DELETE FROM brands WHERE id = ? AND id NOT IN (SELECT brand_id FROM channels)').run(brandId);
    this.save({ state: 'removed', accountIds: [] });
    await this.platform?.stop();
    this.simulatorUrl = null;
  }

  async stop(): Promise<void> {
    await this.platform?.stop();
  }

  private record(): DemoRecord | undefined {
    const value = this.store.db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(settingKey) as string | undefined;
    return value ? (JSON.parse(value) as DemoRecord) : undefined;
  }

  private save(record: DemoRecord): void {
    this.store.db
      .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(settingKey, JSON.stringify(record));
  }
}
