// The SLA benchmark's data: a few brands with their channels, created through the product's
// repositories, and 100,000 open conversations written with plain INSERTs in one transaction,
// each waiting on one unanswered customer message (sometimes two in a row, sometimes after an
// earlier reply of ours, so both stages run). Clock starts are spread over the last week so that,
// against "1 hour" policies, clocks are at every stage: running, warned, breached and escalated.
// Nothing here computes a clock: SlaClocks.recompute does that from these message facts.
import type { ChannelKind } from '../../electron/core/store/repositories/accounts';
import type { Store } from '../../electron/core/store/store';
import { chance, pick, seededRandom, weightedIndexPicker, type Random } from '../store/random';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

const brandNames = ['Pizzeria Da Gino', 'Alpine Outdoor', 'Caffè Centrale', 'Moda Milano', 'TechStore Italia'] as const;
/** Relative traffic of a brand's channels: Facebook Page, Instagram, X (only every other brand has X). */
const kindTraffic: Record<'facebook_page' | 'instagram' | 'x', number> = { facebook_page: 1, instagram: 0.8, x: 0.4 };

export interface SlaChannel {
  id: number;
  brandId: number;
  kind: ChannelKind;
  traffic: number;
}

export interface SlaWorkspace {
  brandIds: number[];
  channels: SlaChannel[];
}

export interface SeedSummary {
  conversations: number;
  messages: number;
  /** Conversations whose clock is a next response (an earlier reply of ours exists). */
  nextResponse: number;
  /** Age of the clock start at "now", by band (against the 1-hour policy's 45/60/75-minute thresholds). */
  ageBands: { running: number; warned: number; breached: number; escalated: number };
  ms: number;
}

export function createSlaWorkspace(store: Store, now: number): SlaWorkspace {
  const brandIds: number[] = [];
  const channels: SlaChannel[] = [];
  brandNames.forEach((name, index) => {
    const brand = store.brands.create({ name, color: `#${(0x204080 + index * 0x151515).toString(16).slice(-6)}` }, now);
    brandIds.push(brand.id);
    const brandTraffic = 1 / (index + 1) ** 0.7;
    const meta = store.accounts.add({ platform: 'meta', externalId: `meta-${index}`, displayName: `Meta · ${name}` }, now);
    for (const kind of ['facebook_page', 'instagram'] as const) {
      const channel = store.accounts.addChannel({ accountId: meta.id, brandId: brand.id, kind, externalId: `${kind}-${index}`, name });
      channels.push({ id: channel.id, brandId: brand.id, kind, traffic: brandTraffic * kindTraffic[kind] });
    }
    if (index % 2 === 0) {
      const x = store.accounts.add({ platform: 'x', externalId: `x-${index}`, displayName: `X · ${name}` }, now);
      const channel = store.accounts.addChannel({ accountId: x.id, brandId: brand.id, kind: 'x', externalId: `x-${index}`, name, handle: `@brand${index}` });
      channels.push({ id: channel.id, brandId: brand.id, kind: 'x', traffic: brandTraffic * kindTraffic.x });
    }
  });
  return { brandIds, channels };
}

const customerTexts = [
  'Buongiorno, il mio ordine #IT4829105 non è ancora arrivato',
  'Siete aperti domenica?',
  'Hi, can I change the size of my order?',
  'Avete ancora disponibile la taglia M?',
  'Vorrei un rimborso, il prodotto è difettoso',
  'When will my parcel ship?',
  'Grazie, e per la spedizione in Svizzera?',
];
const replyText = 'Ciao! Ci pensiamo noi, ti scriviamo a breve.';

/**
 * Age of the unanswered message at "now": 15% under 45 minutes, 10% 45–60, 10% 60–75 (the 1-hour
 * policy's warning, due and escalation thresholds), and 65% older, log-uniform up to 7 days — so the
 * span crosses a weekend and a holiday (Monday 8 December) for business-hours policies.
 */
function clockAge(random: Random): number {
  const roll = random();
  if (roll < 0.15) return Math.round(random() * 45 * minute);
  if (roll < 0.25) return Math.round(45 * minute + random() * 15 * minute);
  if (roll < 0.35) return Math.round(60 * minute + random() * 15 * minute);
  return Math.round(75 * minute * ((7 * day) / (75 * minute)) ** random());
}

function ageBand(age: number): keyof SeedSummary['ageBands'] {
  return age < 45 * minute ? 'running' : age < 60 * minute ? 'warned' : age < 75 * minute ? 'breached' : 'escalated';
}

/**
 * Inserts `count` open conversations and their messages in one transaction: conversation ids are
 * 1…count (a fresh database), each with its counters as ingest would leave them. Not timed as
 * anything the product does; the SLA work starts after it.
 */
export function seedOpenConversations(store: Store, workspace: SlaWorkspace, count: number, now: number, seed: number): SeedSummary {
  const began = performance.now();
  const random = seededRandom(seed);
  const pickChannel = weightedIndexPicker(workspace.channels.map((channel) => channel.traffic));
  const { db } = store;
  const insertConversation = db.prepare(
    `INSERT INTO conversations (id, channel_id, brand_id, external_id, kind, status, priority, unread_count, last_message_at, last_inbound_at, created_at, updated_at)
     VALUES (@id, @channelId, @brandId, @externalId, @kind, 'open', @priority, @unread, @lastMessageAt, @lastInboundAt, @createdAt, @lastMessageAt)`,
  );
  const insertMessage = db.prepare(
    `INSERT INTO messages (conversation_id, external_id, direction, visibility, author_name, author_external_id, text, created_at, delivery_state)
     VALUES (@conversationId, @externalId, @direction, 'private', @authorName, @authorExternalId, @text, @createdAt, @deliveryState)`,
  );
  const summary: SeedSummary = { conversations: count, messages: 0, nextResponse: 0, ageBands: { running: 0, warned: 0, breached: 0, escalated: 0 }, ms: 0 };
  db.transaction(() => {
    for (let id = 1; id <= count; id += 1) {
      const channel = workspace.channels[pickChannel(random)]!;
      const age = clockAge(random);
      summary.ageBands[ageBand(age)] += 1;
      const startedAt = now - age;
      const customer = `cust-${id}`;
      const messages: Array<{ direction: 'inbound' | 'outbound'; createdAt: number }> = [];
      // 30%: an earlier exchange, answered by us; the clock that runs is a next response.
      if (chance(random, 0.3)) {
        const repliedAt = startedAt - Math.round(5 * minute + random() * 2 * day);
        messages.push({ direction: 'inbound', createdAt: repliedAt - Math.round(1 * minute + random() * 3 * hour) }, { direction: 'outbound', createdAt: repliedAt });
        summary.nextResponse += 1;
      }
      messages.push({ direction: 'inbound', createdAt: startedAt });
      // 25%: the customer wrote again before anyone answered; the clock still runs from the first.
      if (chance(random, 0.25)) messages.push({ direction: 'inbound', createdAt: Math.min(now, startedAt + Math.round(random() * 20 * minute)) });
      const lastMessageAt = Math.max(...messages.map((message) => message.createdAt));
      insertConversation.run({
        id,
        channelId: channel.id,
        brandId: channel.brandId,
        externalId: `t-${id}`,
        kind: chance(random, 0.25) ? 'comments' : 'dm',
        priority: pick(random, [0, 0, 0, 0, 0, 0, 0, 1, 1, 2]) + (chance(random, 0.02) ? 1 : 0),
        unread: messages.filter((message) => message.direction === 'inbound' && message.createdAt >= startedAt).length,
        lastMessageAt,
        lastInboundAt: Math.max(...messages.filter((message) => message.direction === 'inbound').map((message) => message.createdAt)),
        createdAt: messages[0]!.createdAt,
      });
      messages.forEach((message, index) => {
        const ours = message.direction === 'outbound';
        insertMessage.run({
          conversationId: id,
          externalId: `m-${id}-${index}`,
          direction: message.direction,
          authorName: ours ? 'Giulia' : 'Cliente',
          authorExternalId: ours ? null : customer,
          text: ours ? replyText : pick(random, customerTexts),
          createdAt: message.createdAt,
          deliveryState: ours ? 'sent' : 'received',
        });
      });
      summary.messages += messages.length;
    }
  })();
  summary.ms = performance.now() - began;
  return summary;
}
