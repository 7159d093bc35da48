// Follows: Graph API "Overview" — https://developers.facebook.com/docs/graph-api/overview
// (GET /{node-id}, GET /{node-id}/{edge}, POST /{node-id}/{edge}; `me` names the token's owner —
// the user for a user token, the Page for a Page token) and "Handling Errors" for what unknown
// objects, fields and paths answer.
// Ids are global in Graph: the router looks an id up in every kind of object and hands it to that
// kind's node type, after checking the caller may see it.

import { requirePageToken, requireReadable } from './caller-access';
import { parseFields, type FieldSelection } from './fields';
import { graphErrors } from './graph-errors';
import { renderNode, type GraphContext, type ListLocation, type NodeDef } from './graph-nodes';
import { commentOnInstagram, instagramAccountNode, instagramCommentNode, instagramMediaNode } from './instagram';
import { conversationNode, instagramProfileNode, messageNode, messengerProfileNode } from './messenger';
import { commentAsPage, facebookCommentNode, postNode } from './page-feed';
import { pageNode, userNode } from './pages';
import type { RequestParams } from './request-params';
import { sendMessage } from './send-api';

export interface GraphRequest {
  method: string;
  /** Path without the version prefix, split on "/". */
  segments: string[];
  query: URLSearchParams;
  /** Query and body parameters merged. */
  params: RequestParams;
}

/** An object found by id, bound to its node type. */
interface BoundObject {
  id: string;
  render(selections?: FieldSelection[]): Record<string, unknown>;
  listEdge(edgeName: string, children: FieldSelection[] | undefined, location: ListLocation): Record<string, unknown>;
}

export function handleGraphRequest(context: GraphContext, request: GraphRequest): Record<string, unknown> {
  const [id, edgeName, ...rest] = request.segments;
  if (id === undefined) throw graphErrors.unsupportedGet('');
  if (rest.length > 0) throw graphErrors.unknownPath(`/${rest.join('/')}`);

  if (request.method === 'GET') {
    const target = resolve(context, id);
    const selections = fieldsOf(request.query);
    if (edgeName === undefined) return target.render(selections);
    const query = new URLSearchParams(request.query);
    return target.listEdge(edgeName, selections, { path: `/${target.id}/${edgeName}`, query });
  }
  if (request.method === 'POST' && edgeName !== undefined) return post(context, id, edgeName, request.params);
  throw graphErrors.unsupportedRequest(request.method, id);
}

function fieldsOf(query: URLSearchParams): FieldSelection[] | undefined {
  const fields = query.get('fields');
  return fields === null || fields.trim() === '' ? undefined : parseFields(fields);
}

function resolve(context: GraphContext, id: string): BoundObject {
  const { world, caller } = context;
  const bound = <T>(node: NodeDef<T>, item: T) => bind(node, item, context);

  if (id === 'me') {
    if (caller.page) return bound(pageNode, caller.page);
    if (caller.user) return bound(userNode, caller.user);
  }
  const page = world.pages.get(id);
  if (page) {
    requireReadable(caller, page.id, id);
    return bound(pageNode, page);
  }
  const user = world.users.get(id);
  if (user && caller.user?.id === user.id) return bound(userNode, user);
  const account = world.instagramAccounts.get(id);
  if (account) {
    requireReadable(caller, account.pageId, id);
    return bound(instagramAccountNode, account);
  }
  const conversation = world.conversations.get(id);
  if (conversation) {
    requirePageToken(caller, conversation.pageId, id);
    return bound(conversationNode, conversation);
  }
  const message = world.messages.get(id);
  if (message) {
    requirePageToken(caller, world.conversations.get(message.conversationId)?.pageId ?? '', id);
    return bound(messageNode, message);
  }
  const post = world.posts.get(id);
  if (post) {
    requireReadable(caller, post.pageId, id);
    return bound(postNode, post);
  }
  const media = world.media.get(id);
  if (media) {
    requireReadable(caller, world.pageOfObject(id), id);
    return bound(instagramMediaNode, media);
  }
  const comment = world.comments.get(id);
  if (comment) {
    requireReadable(caller, world.pageOfObject(id), id);
    return comment.network === 'facebook' ? bound(facebookCommentNode, comment) : bound(instagramCommentNode, comment);
  }
  const customer = world.customers.get(id);
  if (customer) {
    requirePageToken(caller, customer.pageId, id);
    return customer.network === 'facebook' ? bound(messengerProfileNode, customer) : bound(instagramProfileNode, customer);
  }
  throw graphErrors.unsupportedGet(id);
}

// Edge parameters (limit, after, platform, order…) come from the list's own query string.
function bind<T>(node: NodeDef<T>, item: T, context: GraphContext): BoundObject {
  const id = node.idOf(item);
  return {
    id,
    render: (selections) => renderNode(node, item, context, selections),
    listEdge: (edgeName, children, location) => {
      const field = node.fields[edgeName];
      if (!field?.list) throw graphErrors.nonexistingField(edgeName, node.typeName);
      const params = new Map([...location.query].filter(([name]) => name !== 'fields' && name !== 'access_token'));
      return field.list(item, context, children, params, location);
    },
  };
}

function post(context: GraphContext, id: string, edgeName: string, params: RequestParams): Record<string, unknown> {
  const { world, caller } = context;
  if (edgeName === 'messages') {
    const page = id === 'me' ? caller.page : world.pages.get(id);
    if (page) return sendMessage(context, page, params, false);
    const account = world.instagramAccounts.get(id);
    const linkedPage = account ? world.pages.get(account.pageId) : undefined;
    if (linkedPage) return sendMessage(context, linkedPage, params, true);
  }
  if (edgeName === 'comments') {
    if (world.media.get(id)) return commentOnInstagram(context, id, params, 'comments');
    if (world.posts.get(id) || world.comments.get(id)?.network === 'facebook') return commentAsPage(context, id, params);
  }
  if (edgeName === 'replies' && world.comments.get(id)?.network === 'instagram') return commentOnInstagram(context, id, params, 'replies');
  throw graphErrors.unsupportedPost(id);
}
