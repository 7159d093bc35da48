// Follows: "Access Tokens" — https://developers.facebook.com/docs/facebook-login/guides/access-tokens
// (tokens in the `access_token` parameter or an `Authorization: Bearer` header) and "Handling
// Errors" → authentication error subcodes — https://developers.facebook.com/docs/graph-api/guides/error-handling
// (104 no token; 190 invalid; 190/463 expired; 190/460 password changed; 190/458 app removed).

import type { IncomingHttpHeaders } from 'node:http';
import { graphErrors } from './graph-errors';
import type { Caller } from './graph-nodes';
import type { RequestParams } from './request-params';
import type { MetaWorld } from './world';

/** Query string, then the Authorization header, then the POST body — the places Graph looks. */
export function findAccessToken(query: URLSearchParams, headers: IncomingHttpHeaders, body: RequestParams): string | undefined {
  const fromQuery = query.get('access_token');
  if (fromQuery) return fromQuery;
  const bearer = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '');
  if (bearer?.[1]) return bearer[1];
  return typeof body.access_token === 'string' && body.access_token !== '' ? body.access_token : undefined;
}

export function authenticate(world: MetaWorld, tokenValue: string | undefined): Caller {
  if (tokenValue === undefined) throw graphErrors.missingToken();
  const token = world.tokens.get(tokenValue);
  if (!token) throw graphErrors.unparsableToken();
  switch (token.state) {
    case 'expired':
      throw graphErrors.expiredToken(sessionTime(token.expiredAt ?? world.now()), sessionTime(world.now()));
    case 'password-changed':
      throw graphErrors.passwordChanged();
    case 'app-removed':
      throw graphErrors.appNotAuthorized(world.appId);
    case 'valid':
      break;
  }
  if (token.kind === 'page') {
    const page = world.pages.get(token.subjectId);
    if (!page) throw graphErrors.unparsableToken();
    return { token, page };
  }
  const user = world.users.get(token.subjectId);
  if (!user) throw graphErrors.unparsableToken();
  return { token, user };
}

/** "Tuesday, 24-Nov-26 10:15:30 UTC", the shape of the times in Meta's expiry message. */
function sessionTime(epochMs: number): string {
  const date = new Date(epochMs);
  const weekday = date.toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' });
  const month = date.toLocaleDateString('en-US', { month: 'short', timeZone: 'UTC' });
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${weekday}, ${pad(date.getUTCDate())}-${month}-${pad(date.getUTCFullYear() % 100)} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} UTC`;
}
