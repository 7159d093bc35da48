// Chatter keeps the demo workspace alive: every N seconds a customer of one of the brands writes —
// usually a new message in an existing thread, sometimes a first message from someone new,
// sometimes a comment on a post or Instagram media — in Italian for Da Gino, English for Alpine.
// A seeded random sequence decides who says what, so a demo unfolds the same way each time. The
// timer is unref'd: chatter never keeps a process alive on its own.

import { receiveComment, receiveMessage } from './customer-activity';
import { brandScripts, type BrandScript } from './seed-content';
import type { MetaWorld, Network, Platform } from './world';
import { seededRandom } from './seeded-random';

export class Chatter {
  private timer: NodeJS.Timeout | undefined;
  private tick = 0;
  private random = seededRandom(20260101);

  constructor(private readonly world: () => MetaWorld) {}

  /** Starts (or re-times) chatter; `undefined` stops it. */
  set(intervalMs: number | undefined): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    if (intervalMs === undefined) return;
    this.timer = setInterval(() => this.speak(), intervalMs);
    this.timer.unref();
  }

  /** Restarts the random sequence, so chatter after a reset repeats itself. */
  rewind(): void {
    this.tick = 0;
    this.random = seededRandom(20260101);
  }

  /** One customer action. */
  private speak(): void {
    const world = this.world();
    const script = brandScripts[this.tick % brandScripts.length];
    this.tick += 1;
    if (!script) return;
    const page = [...world.pages.values()].find((candidate) => candidate.username === script.page.username);
    if (!page) return;
    const roll = this.random();
    if (roll < 0.55) this.messageInExistingThread(world, page.id, script);
    else if (roll < 0.7) this.messageFromSomeoneNew(world, page.id, script);
    else this.comment(world, page.id, script);
  }

  private messageInExistingThread(world: MetaWorld, pageId: string, script: BrandScript): void {
    const platform: Platform = this.random() < 0.6 ? 'messenger' : 'instagram';
    const conversation = this.pick(world.conversationsOf(pageId, platform));
    if (!conversation) return;
    receiveMessage(world, { pageId, platform, author: { customerId: conversation.customerId }, text: this.pick(script.chatter.messages) ?? '…' });
  }

  private messageFromSomeoneNew(world: MetaWorld, pageId: string, script: BrandScript): void {
    const person = this.pick(script.chatter.newCustomers);
    if (!person) return;
    const platform: Platform = this.random() < 0.5 ? 'messenger' : 'instagram';
    // The same newcomer writing twice continues their thread rather than becoming a second person.
    const network: Network = platform === 'instagram' ? 'instagram' : 'facebook';
    const known = [...world.customers.values()].find((customer) => customer.pageId === pageId && customer.network === network && customer.name === person.name);
    receiveMessage(world, {
      pageId,
      platform,
      author: known ? { customerId: known.id } : { name: person.name, username: person.username },
      text: this.pick(script.chatter.messages) ?? '…',
    });
  }

  private comment(world: MetaWorld, pageId: string, script: BrandScript): void {
    const onInstagram = this.random() < 0.5;
    const instagramAccountId = world.pages.get(pageId)?.instagramAccountId;
    const targets = onInstagram
      ? [...world.media.values()].filter((media) => media.instagramAccountId === instagramAccountId).map((media) => media.id)
      : [...world.posts.values()].filter((post) => post.pageId === pageId).map((post) => post.id);
    const targetId = this.pick(targets);
    const network: Network = onInstagram ? 'instagram' : 'facebook';
    const author = this.pick([...world.customers.values()].filter((customer) => customer.pageId === pageId && customer.network === network));
    if (!targetId || !author) return;
    receiveComment(world, { targetId, author: { customerId: author.id }, text: this.pick(script.chatter.comments) ?? '…' });
  }

  private pick<T>(items: readonly T[]): T | undefined {
    return items[Math.floor(this.random() * items.length)];
  }
}
