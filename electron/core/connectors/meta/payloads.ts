// The Graph API payloads Sportello reads, as zod schemas: what the platform sends is untrusted
// input. Each item is parsed on its own, so one malformed conversation or comment is skipped and
// reported, never fatal to the rest of the page.
import { z } from 'zod';
import { GraphError } from './graph-error';

/** Meta writes times as "2026-11-24T10:15:30+0000"; returns epoch milliseconds. */
export const GraphTime = z.string().transform((text, context) => {
  const iso = text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) {
    context.addIssue({ code: 'custom', message: `not a Graph API time: ${text.slice(0, 40)}` });
    return z.NEVER;
  }
  return ms;
});

const Id = z.string().min(1).max(256);

export const GraphPaging = z
  .object({
    cursors: z.object({ before: z.string().optional(), after: z.string().optional() }).optional(),
    next: z.string().optional(),
  })
  .optional();

/** A list endpoint's envelope; items stay unknown until parsed one by one. */
export const GraphList = z.object({ data: z.array(z.unknown()), paging: GraphPaging });
export type GraphList = z.infer<typeof GraphList>;

/** Reads a list envelope, or fails with a typed error naming what was wrong. */
export function readList(payload: unknown): GraphList {
  const parsed = GraphList.safeParse(payload);
  if (!parsed.success) throw new GraphError('rejected', `The platform sent a list Sportello cannot read (${z.prettifyError(parsed.error).slice(0, 160)}).`);
  return parsed.data;
}

export const GraphPerson = z.object({
  id: Id,
  name: z.string().max(500).optional(),
  username: z.string().max(500).optional(),
});
export type GraphPerson = z.infer<typeof GraphPerson>;

export const GraphMessage = z.object({
  id: Id,
  created_time: GraphTime,
  from: GraphPerson.optional(),
  to: z.object({ data: z.array(GraphPerson) }).optional(),
  message: z.string().max(100_000).optional(),
  /** Read by readMessageAttachments, item by item: a bad attachment never costs the message. */
  attachments: z.unknown().optional(),
});
export type GraphMessage = z.infer<typeof GraphMessage>;

export const GraphConversation = z.object({
  id: Id,
  updated_time: GraphTime,
  participants: z.object({ data: z.array(GraphPerson) }).optional(),
  messages: z.object({ data: z.array(z.unknown()), paging: GraphPaging }).optional(),
});
export type GraphConversation = z.infer<typeof GraphConversation>;

/** A Facebook comment (Page feed) or reply. */
export const FacebookComment = z.object({
  id: Id,
  message: z.string().max(100_000).optional(),
  created_time: GraphTime,
  from: GraphPerson.optional(),
  parent: z.object({ id: Id }).optional(),
  /** Read by readCommentAttachment. */
  attachment: z.unknown().optional(),
});
export type FacebookComment = z.infer<typeof FacebookComment>;

export const FacebookPost = z.object({
  id: Id,
  message: z.string().max(100_000).optional(),
  created_time: GraphTime,
  comments: z.object({ data: z.array(z.unknown()), paging: GraphPaging }).optional(),
});
export type FacebookPost = z.infer<typeof FacebookPost>;

/** An Instagram comment or reply. */
export const InstagramComment = z.object({
  id: Id,
  text: z.string().max(100_000).optional(),
  timestamp: GraphTime,
  username: z.string().max(500).optional(),
  from: z.object({ id: Id, username: z.string().optional() }).optional(),
  replies: z.object({ data: z.array(z.unknown()) }).optional(),
});
export type InstagramComment = z.infer<typeof InstagramComment>;

export const InstagramMedia = z.object({
  id: Id,
  caption: z.string().max(100_000).optional(),
  timestamp: GraphTime,
  comments: z.object({ data: z.array(z.unknown()), paging: GraphPaging }).optional(),
});
export type InstagramMedia = z.infer<typeof InstagramMedia>;

/** A Page as /me or /me/accounts describe it. */
export const GraphPage = z.object({
  id: Id,
  name: z.string().min(1).max(500),
  access_token: z.string().min(1).max(2048).optional(),
  instagram_business_account: z.object({ id: Id, username: z.string().optional() }).optional(),
});
export type GraphPage = z.infer<typeof GraphPage>;

/** Send API and comment replies answer with the new object's id. */
const SendResultSchema = z.union([
  z.object({ message_id: Id, recipient_id: z.string().optional() }).transform((r) => r.message_id),
  z.object({ id: Id }).transform((r) => r.id),
]);

/**
 * The id of what a POST created. An answer without one came from a request the platform accepted,
 * so the reply may exist: that is an unknown outcome to reconcile, not a failure.
 */
export function readSendResult(payload: unknown): string {
  const parsed = SendResultSchema.safeParse(payload);
  if (!parsed.success) throw new GraphError('unknown', 'The platform accepted the reply but its answer had no id.');
  return parsed.data;
}

/** Parses each item; returns the good ones and how many were unreadable. */
export function parseEach<T>(schema: z.ZodType<T>, items: readonly unknown[]): { items: T[]; skipped: number } {
  const good: T[] = [];
  let skipped = 0;
  for (const item of items) {
    const parsed = schema.safeParse(item);
    if (parsed.success) good.push(parsed.data);
    else skipped += 1;
  }
  return { items: good, skipped };
}
