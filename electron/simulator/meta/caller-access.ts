// Follows: Pages API "Overview" (Page access tokens, tasks) — https://developers.facebook.com/docs/pages-api/overview
// and the Conversations API requirements ("A Page access token requested from a person who can
// perform the MESSAGING task") — https://developers.facebook.com/docs/messenger-platform/conversations
// A Page token opens its own Page; a user token opens the Pages the user manages for reading posts,
// comments and Instagram media, but conversations and sending need the Page token itself. Objects
// the caller cannot see answer exactly like objects that do not exist (100/33), as Graph does.

import type { Caller } from './graph-nodes';
import { graphErrors } from './graph-errors';

export function callerManagesPage(caller: Caller, pageId: string): boolean {
  if (caller.token.kind === 'page') return caller.page?.id === pageId;
  return caller.user?.pageIds.includes(pageId) ?? false;
}

export function requireReadable(caller: Caller, pageId: string | undefined, objectId: string): void {
  if (pageId === undefined || !callerManagesPage(caller, pageId)) throw graphErrors.unsupportedGet(objectId);
}

export function requirePageToken(caller: Caller, pageId: string, objectId: string, method: 'get' | 'post' = 'get'): void {
  if (caller.token.kind === 'page' && caller.page?.id === pageId) return;
  if (caller.token.kind === 'user' && caller.user?.pageIds.includes(pageId)) throw graphErrors.pageTokenRequired();
  throw method === 'get' ? graphErrors.unsupportedGet(objectId) : graphErrors.unsupportedPost(objectId);
}
