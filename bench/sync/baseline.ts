// The yardstick for the sync rate: bench/store's ingest comparison on the same 200,000 messages,
// in two more fresh databases opened by openStore (same schema, triggers and FTS). One receives
// them through store.messages.ingest in batches of 1,000, the other through the raw prepared
// INSERTs with precomputed ids and counters; both in sync's order, interleaved round by round.
import fs from 'node:fs';
import path from 'node:path';
import { openStore, type Store } from '../../electron/core/store/store';
import { silentLogger } from '../store/disk';
import { contentFingerprint, ingestSideBySide, type IngestTiming } from '../store/ingest';
import type { Workspace } from '../store/workspace';
import type { SyncPlan } from './plan';
import { threadFingerprint, type ThreadFingerprint } from './verify';

export interface BaselineResult {
  product: IngestTiming;
  raw: IngestTiming;
  /** The planned threads as the raw baseline stored them. */
  rawFingerprint: ThreadFingerprint;
}

const batchSize = 1_000;
const rounds = 10;

export async function measureBaseline(root: string, plan: SyncPlan): Promise<BaselineResult> {
  const dirs = { product: path.join(root, 'baseline-ingest'), raw: path.join(root, 'baseline-raw') };
  const product = await openStore({ dataDir: freshDir(dirs.product), logger: silentLogger });
  const raw = await openStore({ dataDir: freshDir(dirs.raw), logger: silentLogger });
  try {
    for (const store of [product, raw]) assertSameWorkspace(createPlanWorkspace(store, plan.workspace, plan.dataset.now), plan.workspace);
    const roundSize = Math.ceil(plan.dataset.size.messages / rounds / batchSize) * batchSize;
    const timings = await ingestSideBySide({ product, raw }, plan.dataset, plan.workspace, { batchSize, roundSize });
    const ours = contentFingerprint(product.db);
    const baseline = contentFingerprint(raw.db);
    const differing = Object.keys(ours).filter((key) => ours[key] !== baseline[key]);
    if (differing.length > 0) throw new Error(`the raw baseline did not write the same rows as ingest: ${differing.join(', ')}`);
    return { ...timings, rawFingerprint: threadFingerprint(raw.db, null) };
  } finally {
    product.close();
    raw.close();
    for (const dir of Object.values(dirs)) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** What connecting the simulator's two Pages creates: per Page a brand, an account, its Page and Instagram channels. */
function createPlanWorkspace(store: Store, planned: Workspace, now: number): Workspace {
  const created: Workspace = { brandIds: [], channels: [] };
  planned.brandIds.forEach((plannedBrandId, index) => {
    const channels = planned.channels.filter((channel) => channel.brandId === plannedBrandId);
    const name = channels[0]?.name ?? `Brand ${index + 1}`;
    const brand = store.brands.create({ name, color: '#4f46e5' }, now);
    const account = store.accounts.add({ platform: 'meta', externalId: `page-${index + 1}`, displayName: name }, now);
    created.brandIds.push(brand.id);
    for (const channel of channels) {
      const added = store.accounts.addChannel({ accountId: account.id, brandId: brand.id, kind: channel.kind, externalId: `${channel.kind}-${index + 1}`, name: channel.name });
      created.channels.push({ ...channel, id: added.id, brandId: brand.id });
    }
  });
  return created;
}

function freshDir(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

function assertSameWorkspace(created: Workspace, planned: Workspace): void {
  if (JSON.stringify(created) !== JSON.stringify(planned)) throw new Error('the baseline databases got other ids than the plan assumes');
}
