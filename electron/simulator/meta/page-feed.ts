// Follows: Page Feed — https://developers.facebook.com/docs/graph-api/reference/page/feed
// (GET /{page-id}/feed, /posts, /published_posts; newest first; default fields created_time,
// message, id), Post — https://developers.facebook.com/docs/graph-api/reference/post, Object
// Comments — https://developers.facebook.com/docs/graph-api/reference/object/comments (GET and
// POST /{object-id}/comments; `order` chronological (default) | reverse_chronological; `filter`
// toplevel (default) | stream; `summary` with total_count; POST answers {id}), and Comment —
// https://developers.facebook.com/docs/graph-api/reference/comment (created_time, from, message,
// parent, comment_count, like_count, can_reply_privately, permalink_url). Facebook threads are two
// levels deep: a reply to a reply joins the top-level comment's thread.

import { requirePageToken, requireReadable } from './caller-access';
import { graphErrors } from './graph-errors';
import { edge, value, type EdgeItems, type EdgeParams, type GraphContext, type NodeDef } from './graph-nodes';
import { formatGraphTime } from './graph-time';
import { storyAttachment } from './media';
import { privateReplyOpen } from './messaging-windows';
import { commentText, type RequestParams } from './request-params';
import type { CommentRecord, MetaWorld, PageRecord, PostRecord } from './world';

/** Facebook comments accept up to 8,000 characters. */
const commentLimitCharacters = 8000;

function authorOf(world: MetaWorld, comment: CommentRecord): { name: string; id: string } {
  const page = world.pages.get(comment.authorId);
  if (page) return { name: page.name, id: page.id };
  return { name: world.customers.get(comment.authorId)?.name ?? '', id: comment.authorId };
}

function orderComments(comments: CommentRecord[], params: EdgeParams): CommentRecord[] {
  const order = params.get('order') ?? 'chronological';
  if (order !== 'chronological' && order !== 'reverse_chronological') {
    throw graphErrors.invalidParameter(`param order must be one of {chronological, reverse_chronological} - got "${order}"`);
  }
  return order === 'reverse_chronological' ? comments.reverse() : comments;
}

function commentsSummary(params: EdgeParams, total: number): Record<string, unknown> {
  return { order: params.get('order') ?? 'chronological', total_count: total, can_comment: true };
}

function listRepliesOf(comment: CommentRecord, context: GraphContext, params: EdgeParams): EdgeItems<CommentRecord> {
  const replies = context.world.commentsUnder(comment.objectId, comment.id);
  return { items: orderComments(replies, params), summary: commentsSummary(params, replies.length) };
}

export const facebookCommentNode: NodeDef<CommentRecord> = {
  typeName: 'Comment',
  defaultFields: ['created_time', 'from', 'message', 'id'],
  idOf: (comment) => comment.id,
  fields: {
    id: value((comment) => comment.id),
    created_time: value((comment) => formatGraphTime(comment.createdAt)),
    from: value((comment, context) => authorOf(context.world, comment)),
    message: value((comment) => comment.text),
    attachment: value((comment) => (comment.attachment ? storyAttachment(comment.attachment, `${comment.id}_attachment`) : undefined)),
    parent: value((comment, context) => {
      const parent = comment.parentId === undefined ? undefined : context.world.comments.get(comment.parentId);
      if (!parent) return undefined;
      return { created_time: formatGraphTime(parent.createdAt), from: authorOf(context.world, parent), message: parent.text, id: parent.id };
    }),
    comment_count: value((comment, context) => context.world.commentsUnder(comment.objectId, comment.id).length),
    like_count: value((comment) => comment.likeCount),
    user_likes: value(() => false),
    is_hidden: value(() => false),
    can_comment: value((comment) => comment.parentId === undefined),
    can_reply_privately: value((comment, context) => {
      if (comment.privateReply || !context.world.customers.has(comment.authorId)) return false;
      return privateReplyOpen(comment.createdAt, context.world.now());
    }),
    permalink_url: value((comment, context) => {
      const pageId = context.world.pageOfObject(comment.objectId) ?? '';
      const postLocalId = comment.objectId.split('_').at(-1) ?? '';
      return `https://www.facebook.com/${pageId}/posts/${postLocalId}?comment_id=${comment.id.split('_').at(-1) ?? ''}`;
    }),
  },
};
// A comment's replies are comments: the edge refers back to the node itself.
facebookCommentNode.fields.comments = edge(facebookCommentNode, listRepliesOf);

function listPostComments(post: PostRecord, context: GraphContext, params: EdgeParams): EdgeItems<CommentRecord> {
  const filter = params.get('filter') ?? 'toplevel';
  if (filter !== 'toplevel' && filter !== 'stream') throw graphErrors.invalidParameter(`param filter must be one of {toplevel, stream} - got "${filter}"`);
  const comments =
    filter === 'stream'
      ? [...context.world.comments.values()].filter((comment) => comment.objectId === post.id).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
      : context.world.commentsUnder(post.id);
  return { items: orderComments(comments, params), summary: commentsSummary(params, comments.length) };
}

function lastActivity(world: MetaWorld, post: PostRecord): number {
  let latest = post.createdAt;
  for (const comment of world.comments.values()) if (comment.objectId === post.id && comment.createdAt > latest) latest = comment.createdAt;
  return latest;
}

export const postNode: NodeDef<PostRecord> = {
  typeName: 'Post',
  defaultFields: ['created_time', 'message', 'id'],
  idOf: (post) => post.id,
  fields: {
    id: value((post) => post.id),
    created_time: value((post) => formatGraphTime(post.createdAt)),
    updated_time: value((post, context) => formatGraphTime(lastActivity(context.world, post))),
    message: value((post) => post.message),
    from: value((post, context) => {
      const page = context.world.pages.get(post.pageId);
      return page ? { name: page.name, id: page.id } : undefined;
    }),
    permalink_url: value((post) => `https://www.facebook.com/${post.pageId}/posts/${post.id.split('_').at(-1) ?? ''}`),
    status_type: value(() => 'mobile_status_update'),
    is_published: value(() => true),
    comments: edge(facebookCommentNode, listPostComments),
  },
};

/** The feed, posts and published_posts edges: for a Page with only its own posts they coincide. */
export function listPagePosts(page: PageRecord, context: GraphContext): EdgeItems<PostRecord> {
  requireReadable(context.caller, page.id, page.id);
  const posts = [...context.world.posts.values()].filter((post) => post.pageId === page.id).sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id));
  return { items: posts };
}

/** POST /{post-id}/comments or /{comment-id}/comments: the Page comments, or answers a comment. */
export function commentAsPage(context: GraphContext, targetId: string, params: RequestParams): Record<string, unknown> {
  const { world } = context;
  const post = world.posts.get(targetId);
  const target = world.comments.get(targetId);
  const pageId = world.pageOfObject(targetId);
  if ((!post && target?.network !== 'facebook') || pageId === undefined) throw graphErrors.unsupportedPost(targetId);
  requirePageToken(context.caller, pageId, targetId, 'post');
  const text = commentText(params, commentLimitCharacters);

  const parent = world.threadTop(target);
  const now = world.now();
  const comment = world.addComment({
    network: 'facebook',
    objectId: post?.id ?? target?.objectId ?? targetId,
    ...(parent ? { parentId: parent.id } : {}),
    authorId: pageId,
    text,
    likeCount: 0,
    createdAt: now,
  });
  world.recordSent({
    kind: 'comment-reply',
    pageId,
    ...(target ? { recipientId: target.authorId, inReplyTo: target.id } : { inReplyTo: targetId }),
    id: comment.id,
    text,
    createdAt: now,
  });
  return { id: comment.id };
}
