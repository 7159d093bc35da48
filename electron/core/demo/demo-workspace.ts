// The demo workspace: on a first start with no accounts, Sportello connects two demo brands served
// by the embedded platform simulator (customers keep writing in), so a newcomer sees the product
// working. It is labelled in the UI and can be removed; once removed it does not come back.
import type { DemoStatus } from '../../../shared/contract';
import type { AccountService } from '../accounts/account-service';
import type { Logger } from '../logger';
import type { SlaPresetId } from '../../../shared/sla/clock';
import type { SlaPolicies } from '../sla/sla-policies';
import { presetTargets } from '../sla/sla-policies';
import type { Store } from '../store/store';

/** How a demo brand is set up: its tone and response-time preset, so the brands differ. */
export interface DemoBrandProfile {
  toneNotes: string;
  slaPreset: SlaPresetId;
}

/** The simulator, started by the composition root (core does not depend on it). */
export interface DemoPlatform {
  /** `brands`: profiles by the brand's (Page's) name. */
  start(): Promise<{ baseUrl: string; token: string; brands?: Record<string, DemoBrandProfile> }>;
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
    private readonly policies: SlaPolicies,
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
    const { baseUrl, token, brands } = await this.platform.start();
    this.simulatorUrl = baseUrl;
    // The simulator listens on a new port each run: reconnecting updates the demo accounts' address.
    for (const id of record?.accountIds ?? []) this.store.db.prepare('UPDATE accounts SET base_url = ? WHERE id = ?').run(baseUrl, id);
    const connected = await this.accounts.connect({ platform: 'meta', token, baseUrl });
    // The first time only: the operator may change them afterwards.
    if (!record && brands) this.applyProfiles(brands);
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

  private applyProfiles(profiles: Record<string, DemoBrandProfile>): void {
    for (const brand of this.store.brands.list()) {
      const profile = profiles[brand.name];
      if (!profile) continue;
      this.store.db.prepare('UPDATE brands SET tone_notes = ? WHERE id = ?').run(profile.toneNotes, brand.id);
      const brandWide = this.policies.list().policies.find((policy) => policy.brandId === brand.id && policy.channelKind === null && policy.priority === null);
      if (brandWide) this.policies.save({ ...brandWide, preset: profile.slaPreset, ...presetTargets(profile.slaPreset) });
    }
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
