// A data folder whose cache holds a large open queue, written with the product's own code: brands,
// Meta accounts and channels through the repositories, one customer message per conversation
// through store.messages.ingest (what sync does), and every SLA clock through SlaClocks with each
// brand's default policy (one hour). The console then opens it as it would after a long sync.
// Used by the renderer benchmark (100k conversations) and the queue-at-scale e2e test (a few
// thousand). The accounts have no token in the keychain: the console shows them as needing
// re-authorisation and never reaches a network.
import fs from 'node:fs';
import { SlaClocks } from '../../electron/core/sla/sla-clocks';
import { SlaPolicies } from '../../electron/core/sla/sla-policies';
import type { PlatformMessage } from '../../electron/core/store/repositories/messages';
import { openStore } from '../../electron/core/store/store';
import { customerProfile, messageText } from '../store/corpus';
import { silentLogger } from '../store/disk';
import { streamFor } from '../store/random';

const brandNames = ['Pizzeria Da Gino', 'Alpine Outdoor', 'Caffè Centrale', 'Libreria Manzoni', 'Bici Veloci', 'Moda Milano'] as const;
const brandColors = ['#c2410c', '#15803d', '#7c3aed', '#0e7490', '#be185d', '#4d7c0f'] as const;
const minute = 60_000;
const batchSize = 1_000;

export interface QueueWorkspace {
  conversations: number;
  /** Conversation ids in the order they were written. */
  conversationIds: number[];
  ms: number;
}

/**
 * Writes `conversations` open conversations into `dataDir`. Most customers wrote in the last 40
 * minutes (their one-hour target is running, no alert yet); 1% are at risk and 1% breached, so the
 * queue shows every SLA state and the alert backlog at start stays small.
 */
export async function writeQueueWorkspace(dataDir: string, conversations: number, seed = 7): Promise<QueueWorkspace> {
  const began = performance.now();
  const now = Date.now();
  fs.mkdirSync(dataDir, { recursive: true });
  const store = await openStore({ dataDir, logger: silentLogger, now: () => now });
  try {
    const policies = new SlaPolicies(store, () => now);
    const clocks = new SlaClocks(store, policies);
    // One Meta user managing every brand's Pages, as a freelancer's token does.
    const account = store.accounts.add({ platform: 'meta', externalId: 'bench-user', displayName: 'Meta · Studio Social' }, now);
    const channels = brandNames.flatMap((name, index) => {
      const brand = store.brands.create({ name, color: brandColors[index]! }, now);
      policies.addDefaultPolicy(brand.id);
      return (['facebook_page', 'instagram'] as const).map((kind) =>
        store.accounts.addChannel({ accountId: account.id, brandId: brand.id, kind, externalId: `${kind}-${index}`, name }),
      );
    });
    const conversationIds: number[] = [];
    for (let start = 0; start < conversations; start += batchSize) {
      const batch: PlatformMessage[] = [];
      for (let index = start; index < Math.min(conversations, start + batchSize); index += 1) {
        batch.push(customerMessage(seed, index, now, channels));
      }
      const { conversationIds: ids } = store.messages.ingest(batch, now);
      clocks.recompute(ids);
      conversationIds.push(...ids);
    }
    return { conversations, conversationIds, ms: performance.now() - began };
  } finally {
    store.close();
  }
}

function customerMessage(seed: number, index: number, now: number, channels: ReadonlyArray<{ id: number; name: string; kind: string }>): PlatformMessage {
  const random = streamFor(seed, 1, index);
  const customer = customerProfile(random, index);
  const channel = channels[Math.floor(random() * channels.length)]!;
  const roll = random();
  // Minutes ago: most within the last 40, 1% in the warning band (45–60), 1% past the hour.
  const ageMinutes = roll < 0.98 ? 1 + random() * 39 : roll < 0.99 ? 46 + random() * 13 : 61 + random() * 120;
  const comments = random() < 0.3;
  const threadId = `${comments ? 'post' : 'thread'}-${index}`;
  return {
    channelId: channel.id,
    conversation: { externalId: threadId, kind: comments ? 'comments' : 'dm' },
    customer: { externalId: customer.externalId, name: customer.name, handle: customer.handle },
    message: {
      externalId: `${threadId}.0`,
      direction: 'inbound',
      visibility: comments ? 'public' : 'private',
      authorName: customer.name,
      authorExternalId: customer.externalId,
      text: messageText(random, { language: customer.language, inbound: true, customerFirstName: customer.firstName }),
      createdAt: Math.round(now - ageMinutes * minute),
    },
  };
}
