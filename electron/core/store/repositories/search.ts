// Full-text search of the cache (FTS5, see migration 0002). What the user types is turned into
// quoted terms, so no input can be read as FTS syntax; the last term is a prefix, for
// search-as-you-type. Results come newest first (FTS5 walks its index in rowid order, so a common
// word costs no more than a rare one), with highlighted snippets as plain-text segments.
import type Database from 'better-sqlite3';
import { integerList } from '../sql';
import type { ConversationKind, ConversationStatus } from './conversations';

export interface MessageSearchFilter {
  brandIds?: readonly number[];
  channelIds?: readonly number[];
  kind?: ConversationKind;
  status?: ConversationStatus;
  direction?: 'inbound' | 'outbound';
  since?: number;
  until?: number;
  limit?: number;
}

/** A snippet as alternating plain and matched runs, so the UI renders it as text, never HTML. */
export interface SnippetSegment {
  text: string;
  match: boolean;
}

export interface MessageHit {
  messageId: number;
  conversationId: number;
  brandId: number;
  createdAt: number;
  direction: 'inbound' | 'outbound';
  authorName: string;
  snippet: SnippetSegment[];
}

export interface ContactHit {
  contactId: number;
  name: SnippetSegment[];
  handles: string;
}

const openMark = '\u0002';
const closeMark = '\u0003';

/**
 * Turns free text into an FTS5 query of quoted terms, the last one a prefix once it has two
 * characters (a one-letter prefix matches most of the index and tells the user nothing); null if
 * there is nothing to search.
 */
export function toMatchExpression(input: string): string | null {
  const terms = input
    .normalize('NFC')
    .split(/[\s"'’`*^():+-]+/u)
    .map((term) => term.trim())
    .filter((term) => /[\p{L}\p{N}]/u.test(term));
  if (terms.length === 0) return null;
  const last = terms.length - 1;
  return terms.map((term, index) => `"${term}"${index === last && [...term].length >= 2 ? '*' : ''}`).join(' ');
}

export function snippetSegments(snippet: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  let match = false;
  for (const part of snippet.split(new RegExp(`([${openMark}${closeMark}])`, 'u'))) {
    if (part === openMark) match = true;
    else if (part === closeMark) match = false;
    else if (part) segments.push({ text: part, match });
  }
  return segments;
}

/** Builds the message search; exported so the plan tests check exactly what runs. */
export function messageSearchQuery(input: string, filter: MessageSearchFilter): { sql: string; params: Record<string, unknown> } | null {
  const match = toMatchExpression(input);
  if (!match) return null;
  const where = ['message_search MATCH @match'];
  const params: Record<string, unknown> = { match, limit: Math.min(Math.max(1, filter.limit ?? 50), 200) };
  if (filter.brandIds?.length) where.push(`c.brand_id IN (${integerList(filter.brandIds)})`);
  if (filter.channelIds?.length) where.push(`c.channel_id IN (${integerList(filter.channelIds)})`);
  for (const [column, key, value] of [
    ['c.kind', 'kind', filter.kind],
    ['c.status', 'status', filter.status],
    ['m.direction', 'direction', filter.direction],
  ] as const) {
    if (value === undefined) continue;
    where.push(`${column} = @${key}`);
    params[key] = value;
  }
  if (filter.since !== undefined) {
    where.push('m.created_at >= @since');
    params.since = filter.since;
  }
  if (filter.until !== undefined) {
    where.push('m.created_at < @until');
    params.until = filter.until;
  }
  const sql = `
    SELECT m.id AS messageId, m.conversation_id AS conversationId, c.brand_id AS brandId, m.created_at AS createdAt,
           m.direction, m.author_name AS authorName,
           snippet(message_search, 0, '${openMark}', '${closeMark}', '…', 16) AS snippet
    FROM message_search
    JOIN messages m ON m.id = message_search.rowid
    JOIN conversations c ON c.id = m.conversation_id
    WHERE ${where.join(' AND ')}
    ORDER BY message_search.rowid DESC
    LIMIT @limit`;
  return { sql, params };
}

export class SearchRepository {
  constructor(private readonly db: Database.Database) {}

  messages(input: string, filter: MessageSearchFilter = {}): MessageHit[] {
    const query = messageSearchQuery(input, filter);
    if (!query) return [];
    const rows = this.db.prepare(query.sql).all(query.params) as Array<Omit<MessageHit, 'snippet'> & { snippet: string }>;
    return rows.map((row) => ({ ...row, snippet: snippetSegments(row.snippet) }));
  }

  contacts(input: string, limit = 20): ContactHit[] {
    const match = toMatchExpression(input);
    if (!match) return [];
    const rows = this.db
      .prepare(
        `SELECT rowid AS contactId, highlight(contact_search, 0, '${openMark}', '${closeMark}') AS name, handles
         FROM contact_search WHERE contact_search MATCH @match
         ORDER BY rank LIMIT @limit`,
      )
      .all({ match, limit: Math.min(Math.max(1, limit), 100) }) as Array<{ contactId: number; name: string; handles: string }>;
    return rows.map((row) => ({ ...row, name: snippetSegments(row.name) }));
  }
}
