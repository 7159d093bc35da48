// Follows: Page reference — https://developers.facebook.com/docs/graph-api/reference/page (id,
// name, username, category, about, fan_count, link, access_token, instagram_business_account;
// edges conversations, feed, posts, published_posts), User reference —
// https://developers.facebook.com/docs/graph-api/reference/user (/me: name and id by default) and
// User Accounts — https://developers.facebook.com/docs/graph-api/reference/user/accounts
// (/me/accounts: the Pages the user manages, default fields access_token, category,
// category_list, name, id, tasks; instagram_business_account only when asked for).

import { callerManagesPage } from './caller-access';
import { edge, ref, value, type GraphContext, type NodeDef } from './graph-nodes';
import { instagramAccountNode } from './instagram';
import { listConversations, conversationNode } from './messenger';
import { listPagePosts, postNode } from './page-feed';
import type { PageRecord, UserRecord } from './world';

const pageTasks = ['ANALYZE', 'ADVERTISE', 'MESSAGING', 'MODERATE', 'CREATE_CONTENT', 'MANAGE'];

function pageTokenFor(page: PageRecord, context: GraphContext): string | undefined {
  if (!callerManagesPage(context.caller, page.id)) return undefined;
  for (const token of context.world.tokens.values()) if (token.kind === 'page' && token.subjectId === page.id) return token.value;
  return undefined;
}

const pageFields: NodeDef<PageRecord>['fields'] = {
  id: value((page) => page.id),
  name: value((page) => page.name),
  username: value((page) => page.username),
  category: value((page) => page.category),
  category_list: value((page) => [{ id: '1713', name: page.category }]),
  about: value((page) => page.about),
  fan_count: value((page) => page.fanCount),
  link: value((page) => `https://www.facebook.com/${page.username}`),
  access_token: value(pageTokenFor),
  tasks: value((page, context) => (context.caller.token.kind === 'user' ? pageTasks : undefined)),
  instagram_business_account: ref(instagramAccountNode, (page, context) => context.world.instagramAccountOf(page.id)),
  conversations: edge(conversationNode, listConversations),
  feed: edge(postNode, listPagePosts),
  posts: edge(postNode, listPagePosts),
  published_posts: edge(postNode, listPagePosts),
};

export const pageNode: NodeDef<PageRecord> = {
  typeName: 'Page',
  defaultFields: ['name', 'id'],
  idOf: (page) => page.id,
  fields: pageFields,
};

/** The same Page as listed by /me/accounts, with that edge's default fields. */
const managedPageNode: NodeDef<PageRecord> = {
  ...pageNode,
  defaultFields: ['access_token', 'category', 'category_list', 'name', 'id', 'tasks'],
};

export const userNode: NodeDef<UserRecord> = {
  typeName: 'User',
  defaultFields: ['name', 'id'],
  idOf: (user) => user.id,
  fields: {
    id: value((user) => user.id),
    name: value((user) => user.name),
    first_name: value((user) => user.firstName),
    last_name: value((user) => user.lastName),
    accounts: edge(managedPageNode, (user, context) => ({
      items: user.pageIds.flatMap((pageId) => {
        const page = context.world.pages.get(pageId);
        return page ? [page] : [];
      }),
    })),
  },
};
