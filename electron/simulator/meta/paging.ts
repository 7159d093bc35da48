// Follows: Graph API "Paginated Results" → cursor-based pagination —
// https://developers.facebook.com/docs/graph-api/results
// A list answers {data, paging:{cursors:{before,after}, previous?, next?}}. Cursors are opaque
// strings; `next` is a complete URL and is left out on the last page ("stop paginating when the
// next link no longer appears"), `previous` is left out on the first. An empty list is {data:[]}.

import { graphErrors } from './graph-errors';

export interface PageRequest {
  limit?: string;
  after?: string;
  before?: string;
}

export interface PageOf<T> {
  items: T[];
  /** Cursors around the returned slice; absent when the slice is empty. */
  cursors?: { before: string; after: string };
  hasNext: boolean;
  hasPrevious: boolean;
}

export const defaultPageSize = 25;
// Graph caps page sizes per edge; 100 is the common ceiling and a silent cap, as Meta does.
const maximumPageSize = 100;

// The cursor names the item at the edge of the page. Items are never deleted in the simulator, so
// the cursor keeps working even when new items push the list around — the same way Meta's do, with
// the same caveat: a list ordered by activity can shift between two page requests.
export function encodeCursor(itemId: string): string {
  return Buffer.from(`sim1:${itemId}`).toString('base64');
}

function decodeCursor(cursor: string): string | undefined {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  return text.startsWith('sim1:') ? text.slice(5) : undefined;
}

export function parsePageSize(limit: string | undefined): number {
  if (limit === undefined || limit === '') return defaultPageSize;
  if (!/^\d+$/.test(limit)) throw graphErrors.invalidParameter('Param limit must be a number');
  return Math.min(Number(limit), maximumPageSize);
}

export function takePage<T>(items: readonly T[], idOf: (item: T) => string, request: PageRequest): PageOf<T> {
  const size = parsePageSize(request.limit);
  let start = 0;
  let end: number;
  if (request.after) {
    start = positionOf(items, idOf, request.after, 'after') + 1;
    end = Math.min(items.length, start + size);
  } else if (request.before) {
    end = positionOf(items, idOf, request.before, 'before');
    start = Math.max(0, end - size);
  } else {
    end = Math.min(items.length, size);
  }
  const slice = items.slice(start, end);
  const first = slice[0];
  const last = slice.at(-1);
  return {
    items: slice,
    cursors: first !== undefined && last !== undefined ? { before: encodeCursor(idOf(first)), after: encodeCursor(idOf(last)) } : undefined,
    hasNext: end < items.length,
    hasPrevious: start > 0,
  };
}

function positionOf<T>(items: readonly T[], idOf: (item: T) => string, cursor: string, name: 'after' | 'before'): number {
  const id = decodeCursor(cursor);
  const position = id === undefined ? -1 : items.findIndex((item) => idOf(item) === id);
  if (position === -1) throw graphErrors.invalidCursor(name);
  return position;
}
