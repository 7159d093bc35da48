// Connecting a Meta account: the token the user pastes is either a user token (from Meta's login;
// /me/accounts lists the Pages it manages, each with its own Page token) or a Page access token
// (/me is the Page itself). Either way the result is the Pages, their Page tokens and their linked
// Instagram professional accounts. An invalid or expired token fails here, before anything is stored.
import { z } from 'zod';
import { GraphClient } from './graph-client';
import { GraphError } from './graph-error';
import { GraphPage, parseEach, readList } from './payloads';

export interface DiscoveredPage {
  pageId: string;
  name: string;
  token: string;
  instagram: { id: string; username: string | null } | null;
}

const pageFields = 'id,name,access_token,instagram_business_account{id,username}';

export async function discoverPages(baseUrl: string, token: string): Promise<DiscoveredPage[]> {
  const client = new GraphClient({ baseUrl, token });
  try {
    const list = readList(await client.get('me/accounts', { fields: pageFields, limit: 100 }));
    const pages = parseEach(GraphPage, list.data).items;
    if (pages.length > 0) return pages.map((page) => toDiscovered(page, page.access_token ?? token));
  } catch (error) {
    // A Page token cannot list accounts (Graph answers with a "rejected" kind of error); any other
    // failure (expired token, offline, throttled) is the answer.
    if (!(error instanceof GraphError) || error.kind !== 'rejected') throw error;
  }
  const me = GraphPage.safeParse(await client.get('me', { fields: 'id,name,instagram_business_account{id,username}' }));
  if (!me.success) {
    throw new GraphError('rejected', `This token does not belong to a Facebook Page (${z.prettifyError(me.error).slice(0, 200)}).`);
  }
  return [toDiscovered(me.data, token)];
}

function toDiscovered(page: GraphPage, token: string): DiscoveredPage {
  const ig = page.instagram_business_account;
  return { pageId: page.id, name: page.name, token, instagram: ig ? { id: ig.id, username: ig.username ?? null } : null };
}
