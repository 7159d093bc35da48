// Follows: Graph API "Using the Graph API" (parameters may travel in the query string or the body;
// POST bodies as application/x-www-form-urlencoded or JSON) —
// https://developers.facebook.com/docs/graph-api/using-graph-api, and the Send API examples, which
// pass nested objects either as JSON bodies or as form fields holding JSON
// (`recipient={"id":"…"}&message={"text":"…"}`) — https://developers.facebook.com/docs/messenger-platform/reference/send-api/

import { graphErrors } from './graph-errors';

/** Request parameters: strings from the query string or a form, any JSON value from a JSON body. */
export type RequestParams = Record<string, unknown>;

/** Query string first, then the body, whose values win — the way Graph merges them. */
export function mergeParams(query: URLSearchParams, body: RequestParams): RequestParams {
  const params: RequestParams = {};
  for (const [name, value] of query) params[name] = value;
  return { ...params, ...body };
}

export function parseBody(contentType: string | undefined, raw: string): RequestParams {
  if (raw.trim() === '') return {};
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (type === 'application/json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw graphErrors.invalidJsonBody();
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw graphErrors.invalidJsonBody();
    return parsed as RequestParams;
  }
  // Graph reads anything else as a form, which is what curl -F/-d and most SDKs send.
  return Object.fromEntries(new URLSearchParams(raw));
}

/** A parameter that must be an object: given as JSON in a JSON body, or as JSON text in a form. */
export function objectParam(params: RequestParams, name: string): Record<string, unknown> | undefined {
  const raw = params[name];
  if (raw === undefined || raw === '') return undefined;
  let parsed: unknown = raw;
  if (typeof raw === 'string') {
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw graphErrors.invalidParameter(`param ${name} must be a JSON object`);
    }
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw graphErrors.invalidParameter(`param ${name} must be a JSON object`);
  return parsed as Record<string, unknown>;
}

export function stringParam(params: RequestParams, name: string): string | undefined {
  const raw = params[name];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') throw graphErrors.invalidParameter(`param ${name} must be a string`);
  return raw;
}

/** A comment's `message`: required, not blank, and within the network's character limit. */
export function commentText(params: RequestParams, limitCharacters: number): string {
  const text = stringParam(params, 'message') ?? '';
  if (text.trim() === '') throw graphErrors.emptyComment();
  if ([...text].length > limitCharacters) throw graphErrors.commentTooLong(limitCharacters);
  return text;
}
