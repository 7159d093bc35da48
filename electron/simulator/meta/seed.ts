// Builds the demo workspace into an empty world: one user who manages both brands' Pages, each
// Page with its token and linked Instagram account, the customers, their conversations, the posts
// and media with their comments. Everything is placed relative to the clock at seed time, and ids
// come from the world's counter, so the same seed gives the same ids on every run. The returned
// SeedInfo is what tests and the demo use instead of hard-coding ids.

import { formatGraphTime, hour } from './graph-time';
import { privateReplyOpen, windowState, type WindowState } from './messaging-windows';
import { brandScripts, type BrandScript, type CommentScript, type PostScript } from './seed-content';
import { lastInboundAt, type CommentRecord, type CustomerRecord, type MetaWorld, type Network, type PageRecord, type Platform } from './world';

export interface SeedInfo {
  appId: string;
  /** The person using the console: manages both Pages; /me/accounts lists them with their tokens. */
  user: { id: string; name: string; token: string };
  pages: SeedPage[];
  daGino: SeedPage;
  alpine: SeedPage;
}

export interface SeedPage {
  brand: BrandScript['key'];
  id: string;
  name: string;
  /** Page access token (fake). */
  token: string;
  instagram: { id: string; username: string; name: string };
  conversations: SeedConversation[];
  postIds: string[];
  mediaIds: string[];
  comments: SeedComment[];
}

export interface SeedConversation {
  id: string;
  platform: Platform;
  customerId: string;
  customerName: string;
  /** What the Page may send at seed time: RESPONSE, only HUMAN_AGENT, or nothing. */
  window: WindowState;
  /** Absent on a thread the Page opened with a private reply and the customer never answered. */
  lastCustomerMessageTime?: string;
}

export interface SeedComment {
  id: string;
  network: Network;
  /** Post (Facebook) or media (Instagram) id. */
  objectId: string;
  parentId?: string;
  authorId: string;
  byPage: boolean;
  /** Whether the one private reply is still available at seed time. */
  privateReply: 'available' | 'used' | 'expired' | 'not-applicable';
}

export const seedTokens = {
  user: 'EAASIMuserLauraRossiDemoToken0000000000000001',
  'da-gino': 'EAASIMpagePizzeriaDaGinoToken000000000000001',
  alpine: 'EAASIMpageAlpineOutdoorToken0000000000000001',
} as const;

export function seedDemoWorkspace(world: MetaWorld): SeedInfo {
  const user = { id: world.ids.userId(), name: 'Laura Rossi', firstName: 'Laura', lastName: 'Rossi', pageIds: [] as string[] };
  world.users.set(user.id, user);
  world.addToken(seedTokens.user, 'user', user.id);

  const pages = brandScripts.map((script) => seedBrand(world, script, user.pageIds));
  const [daGinoPage, alpinePage] = pages;
  if (!daGinoPage || !alpinePage) throw new Error('The demo seed defines two brands.');
  return { appId: world.appId, user: { id: user.id, name: user.name, token: seedTokens.user }, pages, daGino: daGinoPage, alpine: alpinePage };
}

function seedBrand(world: MetaWorld, script: BrandScript, managedPageIds: string[]): SeedPage {
  const now = world.now();
  const page: PageRecord = { id: world.ids.pageId(), ...script.page };
  const account = { id: world.ids.instagramAccountId(), pageId: page.id, ...script.instagram };
  page.instagramAccountId = account.id;
  world.pages.set(page.id, page);
  world.instagramAccounts.set(account.id, account);
  world.addToken(seedTokens[script.key], 'page', page.id);
  managedPageIds.push(page.id);

  const customers = new CustomerDirectory(world, page.id);
  for (const conversationScript of script.conversations) {
    const network: Network = conversationScript.platform === 'instagram' ? 'instagram' : 'facebook';
    const customer = customers.get(network, conversationScript.customer, conversationScript.username);
    const conversation = world.openConversation(page.id, conversationScript.platform, customer.id);
    for (const line of conversationScript.lines) {
      world.addMessage(conversation, line.from === 'customer' ? 'inbound' : 'outbound', line.text, now - line.hoursAgo * hour);
    }
  }

  const postIds = script.posts.map((postScript) => {
    const post = { id: world.ids.postId(page.id), pageId: page.id, message: postScript.text, createdAt: now - postScript.hoursAgo * hour };
    world.posts.set(post.id, post);
    seedComments(world, customers, 'facebook', post.id, page.id, postScript);
    return post.id;
  });
  const mediaIds = script.media.map((mediaScript, index) => {
    const media = {
      id: world.ids.instagramMediaId(),
      instagramAccountId: account.id,
      caption: mediaScript.text,
      mediaType: mediaScript.mediaType ?? 'IMAGE',
      productType: mediaScript.mediaType === 'VIDEO' ? ('REELS' as const) : ('FEED' as const),
      shortcode: `C${script.key === 'da-gino' ? 'dG' : 'aO'}sim${index}x7Qz`,
      likeCount: 140 + index * 37,
      createdAt: now - mediaScript.hoursAgo * hour,
    };
    world.media.set(media.id, media);
    seedComments(world, customers, 'instagram', media.id, account.id, mediaScript);
    return media.id;
  });

  return {
    brand: script.key,
    id: page.id,
    name: page.name,
    token: seedTokens[script.key],
    instagram: { id: account.id, username: account.username, name: account.name },
    conversations: describeConversations(world, page.id),
    postIds,
    mediaIds,
    comments: describeComments(world, page.id, account.id),
  };
}

function seedComments(world: MetaWorld, customers: CustomerDirectory, network: Network, objectId: string, businessId: string, script: PostScript): void {
  const now = world.now();
  for (const commentScript of script.comments) {
    const author = customers.get(network, commentScript.author, commentScript.username);
    const comment = world.addComment({ network, objectId, authorId: author.id, text: commentScript.text, likeCount: 2, createdAt: now - commentScript.hoursAgo * hour });
    seedPageAnswers(world, comment, businessId, commentScript);
  }
}

function seedPageAnswers(world: MetaWorld, comment: CommentRecord, businessId: string, script: CommentScript): void {
  const now = world.now();
  if (script.pageReply) {
    world.addComment({
      network: comment.network,
      objectId: comment.objectId,
      parentId: comment.id,
      authorId: businessId,
      text: script.pageReply.text,
      likeCount: 0,
      createdAt: now - script.pageReply.hoursAgo * hour,
    });
  }
  if (script.privateReply) {
    const pageId = world.pageOfObject(comment.objectId);
    if (pageId === undefined) return;
    const platform: Platform = comment.network === 'instagram' ? 'instagram' : 'messenger';
    const sentAt = now - script.privateReply.hoursAgo * hour;
    const conversation = world.openConversation(pageId, platform, comment.authorId);
    const message = world.addMessage(conversation, 'outbound', script.privateReply.text, sentAt);
    comment.privateReply = { messageId: message.id, sentAt };
  }
}

/** One customer per person, network and Page: the same name on Messenger and in comments is one PSID. */
class CustomerDirectory {
  private readonly known = new Map<string, CustomerRecord>();

  constructor(
    private readonly world: MetaWorld,
    private readonly pageId: string,
  ) {}

  get(network: Network, name: string, username?: string): CustomerRecord {
    const key = `${network}|${username ?? name}`;
    const existing = this.known.get(key);
    if (existing) return existing;
    const customer = this.world.addCustomer(this.pageId, network, name, username);
    this.known.set(key, customer);
    return customer;
  }
}

function describeConversations(world: MetaWorld, pageId: string): SeedConversation[] {
  const now = world.now();
  return (['messenger', 'instagram'] as const).flatMap((platform) =>
    world.conversationsOf(pageId, platform).map((conversation) => {
      const last = lastInboundAt(conversation);
      return {
        id: conversation.id,
        platform,
        customerId: conversation.customerId,
        customerName: world.customers.get(conversation.customerId)?.name ?? '',
        window: windowState(last, now),
        ...(last === undefined ? {} : { lastCustomerMessageTime: formatGraphTime(last) }),
      };
    }),
  );
}

function describeComments(world: MetaWorld, pageId: string, instagramAccountId: string): SeedComment[] {
  const now = world.now();
  return [...world.comments.values()]
    .filter((comment) => world.pageOfObject(comment.objectId) === pageId)
    .map((comment) => {
      const byPage = comment.authorId === pageId || comment.authorId === instagramAccountId;
      let privateReply: SeedComment['privateReply'] = 'available';
      if (byPage) privateReply = 'not-applicable';
      else if (comment.privateReply) privateReply = 'used';
      else if (!privateReplyOpen(comment.createdAt, now)) privateReply = 'expired';
      return {
        id: comment.id,
        network: comment.network,
        objectId: comment.objectId,
        ...(comment.parentId === undefined ? {} : { parentId: comment.parentId }),
        authorId: comment.authorId,
        byPage,
        privateReply,
      };
    });
}
