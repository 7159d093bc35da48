// Attachments as the Graph API describes them, read into the cache's shape. What the platform
// sends is untrusted: each attachment is read on its own, a malformed one is left out (never the
// whole message), names and addresses are bounded, and nothing is fetched here — an attachment is
// only a description until the agent asks to see it.
//
// Follows: the Message reference — https://developers.facebook.com/docs/graph-api/reference/message
// (attachments: {id, mime_type, name, size, file_url, image_data{url, preview_url, width, height,
// …}, video_data{url, preview_url, …}}), used by Messenger and Instagram DMs alike, and the Story
// Attachment reference — https://developers.facebook.com/docs/graph-api/reference/story-attachment
// (a comment's `attachment`: {type, url, title, media{image{src, width, height}, source}, target}).
import { z } from 'zod';
import type { AttachmentMeta } from '../../store/repositories/messages';

const maxUrlLength = 4096;
const maxNameLength = 300;
const maxAttachments = 20;

const Url = z.string().max(maxUrlLength);
const Name = z.string().transform((name) => name.slice(0, maxNameLength));
const Size = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

const MessageAttachment = z.object({
  mime_type: z.string().max(200).optional().catch(undefined),
  name: Name.optional().catch(undefined),
  size: Size.optional().catch(undefined),
  file_url: Url.optional().catch(undefined),
  image_data: z.object({ url: Url.optional().catch(undefined) }).optional().catch(undefined),
  video_data: z.object({ url: Url.optional().catch(undefined) }).optional().catch(undefined),
});

const StoryAttachment = z.object({
  type: z.string().max(100).optional().catch(undefined),
  url: Url.optional().catch(undefined),
  title: Name.optional().catch(undefined),
  media: z
    .object({
      image: z.object({ src: Url.optional().catch(undefined) }).optional().catch(undefined),
      source: Url.optional().catch(undefined),
    })
    .optional()
    .catch(undefined),
});

function kindOfMime(mime: string | undefined): AttachmentMeta['kind'] | undefined {
  const family = mime?.split('/')[0]?.toLowerCase();
  return family === 'image' || family === 'video' || family === 'audio' ? family : undefined;
}

/** A name from the address when the platform gave none: its last path segment, decoded if it can be. */
function nameFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const last = new URL(url).pathname.split('/').filter(Boolean).at(-1);
    return last ? decodeURIComponent(last).slice(0, maxNameLength) : undefined;
  } catch {
    return undefined;
  }
}

function withoutUndefined(meta: AttachmentMeta): AttachmentMeta {
  return Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== undefined)) as AttachmentMeta;
}

/** A message's `attachments` field ({data:[…]}), whatever shape it arrived in. */
export function readMessageAttachments(raw: unknown): AttachmentMeta[] {
  const items = z.object({ data: z.array(z.unknown()) }).safeParse(raw);
  if (!items.success) return [];
  const result: AttachmentMeta[] = [];
  for (const item of items.data.data.slice(0, maxAttachments)) {
    const parsed = MessageAttachment.safeParse(item);
    if (!parsed.success) continue;
    const a = parsed.data;
    const url = a.image_data?.url ?? a.video_data?.url ?? a.file_url;
    const kind = a.image_data ? 'image' : a.video_data ? 'video' : (kindOfMime(a.mime_type) ?? 'file');
    if (!url && !a.name && !a.mime_type) continue; // nothing to show
    result.push(withoutUndefined({ kind, name: a.name ?? nameFromUrl(url), size: a.size, mimeType: a.mime_type, url }));
  }
  return result;
}

/** A comment's `attachment` field (a StoryAttachment): a photo, a video, a sticker or a shared link. */
export function readCommentAttachment(raw: unknown): AttachmentMeta[] {
  if (raw === undefined || raw === null) return [];
  const parsed = StoryAttachment.safeParse(raw);
  if (!parsed.success) return [];
  const a = parsed.data;
  const type = a.type?.toLowerCase() ?? '';
  const image = a.media?.image?.src;
  if (type.includes('video')) return [withoutUndefined({ kind: 'video', name: a.title ?? nameFromUrl(a.media?.source ?? a.url), url: a.media?.source ?? a.url })];
  if (image) return [withoutUndefined({ kind: 'image', name: a.title ?? nameFromUrl(image), url: image })];
  if (a.url) return [withoutUndefined({ kind: 'link', name: a.title ?? nameFromUrl(a.url), url: a.url })];
  return [];
}
