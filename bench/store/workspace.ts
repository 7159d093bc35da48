// The benchmark's workspace: 20 brands (a freelancer's clients or a company's brands), each with a
// Facebook Page, most with Instagram, half with X. Created through the product's repositories, so
// both databases of the ingest comparison get the same ids.
import type { ChannelKind } from '../../electron/core/store/repositories/accounts';
import type { Store } from '../../electron/core/store/store';

const brandNames = [
  'Pizzeria Da Gino', 'Alpine Outdoor', 'Caffè Centrale', 'Libreria Manzoni', 'Bici Veloci',
  'Moda Milano', 'Ottica Visione', 'Farmacia San Marco', 'TechStore Italia', 'Gelateria Dolce Vita',
  'Hotel Belvedere', 'Palestra Forma', 'Vini del Chianti', 'Green Garden', 'Urban Sneakers',
  'Pet Shop Fido', 'Casa & Cucina', 'Viaggi Sole', 'Studio Sorriso', 'Arredo Design',
] as const;

/** How much traffic a kind of channel gets relative to the brand's Facebook Page. */
const channelTraffic: Record<'facebook_page' | 'instagram' | 'x', number> = { facebook_page: 1, instagram: 0.8, x: 0.5 };

export interface WorkspaceChannel {
  id: number;
  brandId: number;
  kind: ChannelKind;
  name: string;
  /** Share of the workspace's conversations that happen here (unnormalised). */
  traffic: number;
}

export interface Workspace {
  brandIds: number[];
  channels: WorkspaceChannel[];
}

export function createWorkspace(store: Store, now: number): Workspace {
  const brandIds: number[] = [];
  const channels: WorkspaceChannel[] = [];
  brandNames.forEach((name, index) => {
    const brand = store.brands.create({ name, color: brandColor(index) }, now);
    brandIds.push(brand.id);
    // Brand sizes are skewed: the first brands are far busier than the last ones.
    const brandTraffic = 1 / (index + 1) ** 0.8;
    const meta = store.accounts.add({ platform: 'meta', externalId: `meta-user-${index}`, displayName: `Meta · ${name}` }, now);
    const kinds: Array<'facebook_page' | 'instagram'> = index % 4 === 3 ? ['facebook_page'] : ['facebook_page', 'instagram'];
    for (const kind of kinds) {
      const channel = store.accounts.addChannel({ accountId: meta.id, brandId: brand.id, kind, externalId: `${kind}-${index}`, name });
      channels.push({ id: channel.id, brandId: brand.id, kind, name, traffic: brandTraffic * channelTraffic[kind] });
    }
    if (index % 2 === 0) {
      const x = store.accounts.add({ platform: 'x', externalId: `x-user-${index}`, displayName: `X · ${name}` }, now);
      const handle = `@${name.toLowerCase().replace(/[^a-z]/g, '')}`;
      const channel = store.accounts.addChannel({ accountId: x.id, brandId: brand.id, kind: 'x', externalId: `x-${index}`, name, handle });
      channels.push({ id: channel.id, brandId: brand.id, kind: 'x', name, traffic: brandTraffic * channelTraffic.x });
    }
  });
  return { brandIds, channels };
}

function brandColor(index: number): string {
  return `#${((index * 2_654_435_761) >>> 8).toString(16).padStart(6, '0').slice(-6)}`;
}
