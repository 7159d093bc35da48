// Reading a Page's customer conversations from the Graph API into the cache's shape: Messenger and
// Instagram DMs (/{page-id}/conversations?platform=…), Page post comments (/{page-id}/feed) and
// Instagram media comments (/{ig-user-id}/media). Incremental: everything before the watermark has
// been read already. The watermark's own second is read again: Graph times have one-second
// precision, so a message can share its second with the last one seen (ingest drops repeats). A public comment thread (a top-level comment and its replies)
// is one conversation, whose customer is the comment's author.
import type { PlatformMessage } from '../../store/repositories/messages';
import { readCommentAttachment, readMessageAttachments } from './attachments';
import type { GraphClient } from './graph-client';
import {
  FacebookComment,
  FacebookPost,
  GraphConversation,
  GraphMessage,
  InstagramComment,
  InstagramMedia,
  parseEach,
  readList,
  type GraphPerson,
} from './payloads';

export interface PullResult {
  messages: PlatformMessage[];
  /** The newest platform time seen; the next pull starts after it. */
  watermark: number;
  /** Items the platform sent that could not be read (reported, not fatal). */
  skipped: number;
  /** False when the pull stopped at its page limit with more to read (reported, read next time). */
  complete: boolean;
}

const messageFields = 'id,created_time,from,to,message,attachments';
const pageSize = 25;
/** How far back a first sync reads: older conversations are history, not queue. */
export const firstSyncWindowMs = 30 * 24 * 60 * 60 * 1000;
/** A safety bound on pages per pull (100,000 conversations): a runaway `next` chain must end. */
const maxPages = 4000;

type PageSink = ((messages: PlatformMessage[]) => void) | undefined;

/** Hands what a page produced to the sink, if there is one, and keeps the result small. */
function handOver(result: PullResult, sink: PageSink): void {
  if (!sink || result.messages.length === 0) return;
  sink(result.messages);
  result.messages = [];
}

export class MetaReader {
  constructor(
    private readonly client: GraphClient,
    private readonly pageId: string,
  ) {}

  /** Messenger (channel = the Page) or Instagram (channel = the linked IG account) DMs. */
  async directMessages(
    channelId: number,
    platform: 'messenger' | 'instagram',
    ownIds: readonly string[],
    watermark: number,
    sink?: PageSink,
  ): Promise<PullResult> {
    const result: PullResult = { messages: [], watermark, skipped: 0, complete: true };
    let page = await this.client.get(`${this.pageId}/conversations`, {
      platform,
      fields: `id,updated_time,participants,messages.limit(${pageSize}){${messageFields}}`,
      limit: pageSize,
    });
    for (let pages = 0; pages < maxPages; pages += 1) {
      const list = readList(page);
      const { items: conversations, skipped } = parseEach(GraphConversation, list.data);
      result.skipped += skipped;
      let reachedWatermark = false;
      for (const conversation of conversations) {
        if (conversation.updated_time < watermark) {
          reachedWatermark = true; // newest first: the rest were read before
          break;
        }
        result.watermark = Math.max(result.watermark, conversation.updated_time);
        await this.readConversation(channelId, conversation, ownIds, watermark, result);
      }
      handOver(result, sink);
      if (reachedWatermark || !list.paging?.next) break;
      if (pages === maxPages - 1) {
        result.complete = false;
        break;
      }
      page = await this.client.getNext(list.paging.next);
    }
    return result;
  }

  private async readConversation(
    channelId: number,
    conversation: GraphConversation,
    ownIds: readonly string[],
    watermark: number,
    result: PullResult,
  ): Promise<void> {
    const customer = conversation.participants?.data.find((person) => !ownIds.includes(person.id));
    let batch = conversation.messages;
    for (let pages = 0; batch && pages < maxPages; pages += 1) {
      const { items, skipped } = parseEach(GraphMessage, batch.data);
      result.skipped += skipped;
      for (const message of items) {
        if (message.created_time < watermark) return;
        const author = message.from;
        const outbound = author !== undefined && ownIds.includes(author.id);
        const person = customer ?? (outbound ? message.to?.data[0] : author);
        if (!person) {
          result.skipped += 1;
          continue;
        }
        result.messages.push({
          channelId,
          conversation: { externalId: conversation.id, kind: 'dm' },
          customer: customerOf(person),
          message: {
            externalId: message.id,
            direction: outbound ? 'outbound' : 'inbound',
            visibility: 'private',
            authorName: author?.name ?? author?.username ?? person.name ?? person.id,
            authorExternalId: author?.id ?? null,
            text: message.message ?? '',
            createdAt: message.created_time,
            attachments: readMessageAttachments(message.attachments),
          },
        });
      }
      // Messages come newest first; an older page is needed only while nothing old has been seen.
      const next = batch.paging?.next;
      batch = next ? readList(await this.client.getNext(next)) : undefined;
    }
  }

  /** Comments on the Page's recent posts. */
  async facebookComments(channelId: number, watermark: number, sink?: PageSink): Promise<PullResult> {
    const result: PullResult = { messages: [], watermark, skipped: 0, complete: true };
    const feed = readList(
      await this.client.get(`${this.pageId}/feed`, {
        fields: `id,message,created_time,comments.order(reverse_chronological).limit(50){id,message,created_time,from,parent{id},attachment}`,
        limit: 10,
      }),
    );
    const { items: posts, skipped } = parseEach(FacebookPost, feed.data);
    result.skipped += skipped;
    for (const post of posts) {
      const comments = parseEach(FacebookComment, post.comments?.data ?? []);
      result.skipped += comments.skipped;
      const byId = new Map(comments.items.map((comment) => [comment.id, comment]));
      for (const comment of comments.items) {
        if (comment.created_time < watermark) continue;
        result.watermark = Math.max(result.watermark, comment.created_time);
        const threadId = comment.parent?.id ?? comment.id;
        const outbound = comment.from?.id === this.pageId;
        const threadAuthor = byId.get(threadId)?.from ?? (outbound ? undefined : comment.from);
        if (!threadAuthor || !comment.from) {
          result.skipped += 1;
          continue;
        }
        result.messages.push({
          channelId,
          conversation: { externalId: threadId, kind: 'comments', subject: post.message ?? null },
          customer: customerOf(threadAuthor),
          message: {
            externalId: comment.id,
            parentExternalId: comment.parent?.id ?? post.id,
            direction: outbound ? 'outbound' : 'inbound',
            visibility: 'public',
            authorName: comment.from.name ?? comment.from.id,
            authorExternalId: comment.from.id,
            text: comment.message ?? '',
            createdAt: comment.created_time,
            attachments: readCommentAttachment(comment.attachment),
          },
        });
      }
    }
    handOver(result, sink);
    return result;
  }

  /** Comments (and replies) on the Instagram account's recent media. */
  async instagramComments(channelId: number, igUserId: string, watermark: number, sink?: PageSink): Promise<PullResult> {
    const result: PullResult = { messages: [], watermark, skipped: 0, complete: true };
    const commentFields = 'id,text,timestamp,username,from{id,username}';
    const media = readList(
      await this.client.get(`${igUserId}/media`, {
        fields: `id,caption,timestamp,comments.limit(50){${commentFields},replies{${commentFields}}}`,
        limit: 10,
      }),
    );
    const { items: posts, skipped } = parseEach(InstagramMedia, media.data);
    result.skipped += skipped;
    for (const post of posts) {
      const comments = parseEach(InstagramComment, post.comments?.data ?? []);
      result.skipped += comments.skipped;
      for (const comment of comments.items) {
        const replies = parseEach(InstagramComment, comment.replies?.data ?? []);
        result.skipped += replies.skipped;
        const author = { id: comment.from?.id ?? `ig-user:${comment.username ?? comment.id}`, username: comment.from?.username ?? comment.username };
        for (const item of [comment, ...replies.items]) {
          if (item.timestamp < watermark) continue;
          result.watermark = Math.max(result.watermark, item.timestamp);
          const itemAuthorId = item.from?.id ?? null;
          const outbound = itemAuthorId === igUserId;
          result.messages.push({
            channelId,
            conversation: { externalId: comment.id, kind: 'comments', subject: post.caption ?? null },
            customer: customerOf(author),
            message: {
              externalId: item.id,
              parentExternalId: item === comment ? post.id : comment.id,
              direction: outbound ? 'outbound' : 'inbound',
              visibility: 'public',
              authorName: item.username ?? item.from?.username ?? (outbound ? 'me' : author.username ?? author.id),
              authorExternalId: itemAuthorId,
              text: item.text ?? '',
              createdAt: item.timestamp,
            },
          });
        }
      }
    }
    handOver(result, sink);
    return result;
  }
}

function customerOf(person: GraphPerson): PlatformMessage['customer'] {
  const name = person.name ?? person.username ?? person.id;
  return { externalId: person.id, name, handle: person.username ?? null };
}
