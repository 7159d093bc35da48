// Follows: Instagram Platform (Instagram API with Facebook Login) — IG User —
// https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user
// (id, username, name, biography, followers_count, media_count, profile_picture_url), IG User
// Media — https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media
// (newest first, default field id), IG Media — …/reference/ig-media (caption, media_type,
// media_product_type, permalink, timestamp, username, like_count, comments_count), IG Media
// Comments — https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-media/comments
// (GET: top-level comments, newest first, default fields timestamp, text, id; POST ?message= creates
// a comment and answers {id}), IG Comment — …/reference/ig-comment (text, timestamp, username,
// from {id, username}, like_count, hidden, parent_id, media) and IG Comment Replies —
// …/reference/ig-comment/replies (POST ?message=; a reply to a reply joins the top-level comment).

import { callerManagesPage, requireReadable } from './caller-access';
import { graphErrors } from './graph-errors';
import { edge, ref, value, type EdgeItems, type GraphContext, type NodeDef } from './graph-nodes';
import { formatGraphTime } from './graph-time';
import { commentText, type RequestParams } from './request-params';
import type { CommentRecord, InstagramAccountRecord, MediaRecord, MetaWorld } from './world';

/** Instagram comments and captions share a 2,200-character limit. */
const commentLimitCharacters = 2200;

function authorOf(world: MetaWorld, comment: CommentRecord): { id: string; username: string } {
  const account = world.instagramAccounts.get(comment.authorId);
  if (account) return { id: account.id, username: account.username };
  const customer = world.customers.get(comment.authorId);
  return { id: comment.authorId, username: customer?.username ?? customer?.name ?? '' };
}

function mediaOf(world: MetaWorld, comment: CommentRecord): MediaRecord | undefined {
  return world.media.get(comment.objectId);
}

export const instagramMediaNode: NodeDef<MediaRecord> = {
  typeName: 'ShadowIGMedia',
  defaultFields: ['id'],
  idOf: (media) => media.id,
  fields: {
    id: value((media) => media.id),
    caption: value((media) => media.caption),
    media_type: value((media) => media.mediaType),
    media_product_type: value((media) => media.productType),
    media_url: value((media) => `https://scontent.cdninstagram.com/sim/${media.id}.jpg`),
    permalink: value((media) => `https://www.instagram.com/p/${media.shortcode}/`),
    shortcode: value((media) => media.shortcode),
    timestamp: value((media) => formatGraphTime(media.createdAt)),
    username: value((media, context) => context.world.instagramAccounts.get(media.instagramAccountId)?.username),
    owner: value((media) => ({ id: media.instagramAccountId })),
    like_count: value((media) => media.likeCount),
    comments_count: value((media, context) => [...context.world.comments.values()].filter((comment) => comment.objectId === media.id).length),
    is_comment_enabled: value(() => true),
  },
};

export const instagramCommentNode: NodeDef<CommentRecord> = {
  typeName: 'IGComment',
  defaultFields: ['timestamp', 'text', 'id'],
  idOf: (comment) => comment.id,
  fields: {
    id: value((comment) => comment.id),
    text: value((comment) => comment.text),
    timestamp: value((comment) => formatGraphTime(comment.createdAt)),
    username: value((comment, context) => authorOf(context.world, comment).username),
    from: value((comment, context) => authorOf(context.world, comment)),
    like_count: value((comment) => comment.likeCount),
    hidden: value(() => false),
    parent_id: value((comment) => comment.parentId),
    media: ref(instagramMediaNode, (comment, context) => mediaOf(context.world, comment), ['id', 'media_product_type']),
  },
};
// A comment's replies are comments, oldest first, the order in which a thread is read.
instagramCommentNode.fields.replies = edge(instagramCommentNode, (comment, context): EdgeItems<CommentRecord> => ({
  items: context.world.commentsUnder(comment.objectId, comment.id),
}));

instagramMediaNode.fields.comments = edge(instagramCommentNode, (media, context): EdgeItems<CommentRecord> => ({
  items: context.world.commentsUnder(media.id).reverse(),
}));

export const instagramAccountNode: NodeDef<InstagramAccountRecord> = {
  typeName: 'ShadowIGUser',
  defaultFields: ['id'],
  idOf: (account) => account.id,
  fields: {
    id: value((account) => account.id),
    ig_id: value((account) => Number(account.id.slice(-10))),
    username: value((account) => account.username),
    name: value((account) => account.name),
    biography: value((account) => account.biography),
    followers_count: value((account) => account.followersCount),
    follows_count: value(() => 180),
    media_count: value((account, context) => listMedia(account, context).items.length),
    profile_picture_url: value((account) => `https://scontent.cdninstagram.com/sim/${account.id}/profile.jpg`),
    media: edge(instagramMediaNode, (account, context) => listMedia(account, context)),
  },
};

function listMedia(account: InstagramAccountRecord, context: GraphContext): EdgeItems<MediaRecord> {
  requireReadable(context.caller, account.pageId, account.id);
  const media = [...context.world.media.values()]
    .filter((item) => item.instagramAccountId === account.id)
    .sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id));
  return { items: media };
}

/**
 * POST /{ig-media-id}/comments (a new comment by the business) and POST /{ig-comment-id}/replies.
 * Instagram accepts the user token of someone who manages the linked Page as well as the Page token.
 */
export function commentOnInstagram(context: GraphContext, targetId: string, params: RequestParams, edgeName: 'comments' | 'replies'): Record<string, unknown> {
  const { world } = context;
  const media = edgeName === 'comments' ? world.media.get(targetId) : undefined;
  const target = edgeName === 'replies' ? world.comments.get(targetId) : undefined;
  if (!media && target?.network !== 'instagram') throw graphErrors.unsupportedPost(targetId);
  const mediaId = media?.id ?? target?.objectId ?? targetId;
  const account = world.instagramAccounts.get(world.media.get(mediaId)?.instagramAccountId ?? '');
  if (!account || !callerManagesPage(context.caller, account.pageId)) throw graphErrors.unsupportedPost(targetId);
  const text = commentText(params, commentLimitCharacters);

  const parent = world.threadTop(target);
  const now = world.now();
  const comment = world.addComment({
    network: 'instagram',
    objectId: mediaId,
    ...(parent ? { parentId: parent.id } : {}),
    authorId: account.id,
    text,
    likeCount: 0,
    createdAt: now,
  });
  world.recordSent({
    kind: target ? 'instagram-reply' : 'instagram-comment',
    pageId: account.pageId,
    ...(target ? { recipientId: target.authorId } : {}),
    inReplyTo: targetId,
    id: comment.id,
    text,
    createdAt: now,
  });
  return { id: comment.id };
}
