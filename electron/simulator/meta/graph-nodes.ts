// Follows: Graph API "Overview" (nodes, fields, edges) — https://developers.facebook.com/docs/graph-api/overview
// and "Field Expansion" — https://developers.facebook.com/docs/graph-api/guides/field-expansion
// How any object becomes JSON: a node type lists its fields and edges; a request picks some of
// them (or gets the type's defaults); `id` is always present, appended last when not asked for;
// empty values are left out rather than sent as null, as Graph does; edges render as paged lists
// whether read at /{id}/{edge} or expanded inline with `edge.limit(n){…}`.

import { serializeFields, type FieldSelection } from './fields';
import { graphErrors } from './graph-errors';
import { parsePageSize, takePage } from './paging';
import type { MetaWorld, PageRecord, TokenRecord, UserRecord } from './world';

/** Who is calling: the token and what it stands for. */
export interface Caller {
  token: TokenRecord;
  user?: UserRecord;
  page?: PageRecord;
}

export interface GraphContext {
  world: MetaWorld;
  caller: Caller;
  links: LinkBuilder;
}

export interface LinkBuilder {
  /** Absolute URL on the simulator's origin for a Graph path (without version). */
  url(path: string, query: URLSearchParams): string;
}

/** Where a list lives, to build its `next`/`previous` links. */
export interface ListLocation {
  path: string;
  query: URLSearchParams;
}

/** Edge parameters, from the query string (/{id}/{edge}) or modifiers (`edge.limit(5)`). */
export type EdgeParams = ReadonlyMap<string, string>;

export interface EdgeItems<I> {
  items: readonly I[];
  /** Sent when the request asks for `summary=true`. */
  summary?: Record<string, unknown>;
}

export interface FieldDef<T> {
  render(item: T, context: GraphContext, selection: FieldSelection, location: ListLocation): unknown;
  /** Present on edges, which can also be read at /{id}/{edge}. */
  list?(item: T, context: GraphContext, children: FieldSelection[] | undefined, params: EdgeParams, location: ListLocation): Record<string, unknown>;
}

export interface NodeDef<T> {
  /** The type name Graph uses in its error messages. */
  typeName: string;
  defaultFields: readonly string[];
  idOf(item: T): string;
  fields: Record<string, FieldDef<T>>;
}

/** A plain field; sub-fields (`from{id}`) pick keys out of the value. */
export function value<T>(get: (item: T, context: GraphContext) => unknown): FieldDef<T> {
  return {
    render: (item, context, selection) => pickKeys(get(item, context), selection.children),
  };
}

/** A field holding another node (`instagram_business_account`), rendered with its own fields. */
export function ref<T, R>(node: NodeDef<R>, get: (item: T, context: GraphContext) => R | undefined, defaultFields: readonly string[] = ['id']): FieldDef<T> {
  return {
    render: (item, context, selection) => {
      const target = get(item, context);
      if (target === undefined) return undefined;
      return renderNode(node, target, context, selection.children ?? defaultFields.map(plainSelection));
    },
  };
}

export function edge<T, I>(node: NodeDef<I>, listItems: (item: T, context: GraphContext, params: EdgeParams) => EdgeItems<I>): FieldDef<T> {
  const list = (item: T, context: GraphContext, children: FieldSelection[] | undefined, params: EdgeParams, location: ListLocation) =>
    renderList(node, listItems(item, context, params), context, children, params, location);
  return {
    list,
    render: (item, context, selection, parentLocation) => {
      const query = new URLSearchParams();
      if (selection.children) query.set('fields', serializeFields(selection.children));
      for (const [name, modifier] of selection.modifiers) query.set(name, modifier);
      return list(item, context, selection.children, selection.modifiers, { path: `${parentLocation.path}/${selection.name}`, query });
    },
  };
}

export function renderNode<T>(node: NodeDef<T>, item: T, context: GraphContext, selections?: readonly FieldSelection[]): Record<string, unknown> {
  const chosen = selections ?? node.defaultFields.map(plainSelection);
  const id = node.idOf(item);
  const location: ListLocation = { path: `/${id}`, query: new URLSearchParams() };
  const output: Record<string, unknown> = {};
  for (const selection of chosen) {
    const field = node.fields[selection.name];
    if (!field) throw graphErrors.nonexistingField(selection.name, node.typeName);
    const rendered = field.render(item, context, selection, location);
    if (rendered !== undefined && rendered !== null) output[selection.alias ?? selection.name] = rendered;
  }
  if (!('id' in output)) output.id = id;
  return output;
}

export function renderList<I>(
  node: NodeDef<I>,
  list: EdgeItems<I>,
  context: GraphContext,
  children: readonly FieldSelection[] | undefined,
  params: EdgeParams,
  location: ListLocation,
): Record<string, unknown> {
  const page = takePage(list.items, node.idOf, { limit: params.get('limit'), after: params.get('after'), before: params.get('before') });
  const output: Record<string, unknown> = { data: page.items.map((item) => renderNode(node, item, context, children)) };
  if (page.cursors) {
    const paging: Record<string, unknown> = { cursors: page.cursors };
    const link = (cursorName: 'after' | 'before', cursor: string) => {
      const query = new URLSearchParams(location.query);
      query.delete('after');
      query.delete('before');
      query.set('limit', String(parsePageSize(params.get('limit'))));
      query.set(cursorName, cursor);
      return context.links.url(location.path, query);
    };
    if (page.hasPrevious) paging.previous = link('before', page.cursors.before);
    if (page.hasNext) paging.next = link('after', page.cursors.after);
    output.paging = paging;
  }
  const wantsSummary = params.get('summary');
  if (list.summary && (wantsSummary === 'true' || wantsSummary === '1')) output.summary = list.summary;
  return output;
}

function plainSelection(name: string): FieldSelection {
  return { name, modifiers: new Map() };
}

function pickKeys(value: unknown, children: readonly FieldSelection[] | undefined): unknown {
  if (!children || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((entry) => pickKeys(entry, children));
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.data)) return { ...record, data: pickKeys(record.data, children) };
  const picked: Record<string, unknown> = {};
  for (const child of children) {
    if (record[child.name] !== undefined) picked[child.alias ?? child.name] = pickKeys(record[child.name], child.children);
  }
  if (record.id !== undefined && picked.id === undefined) picked.id = record.id;
  return picked;
}
