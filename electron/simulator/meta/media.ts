// Attachments as Meta describes them, and the bytes behind them. Customers' files live on Meta's
// CDN; in the simulator an attachment's address may point back at the simulator itself
// (`/__media/{name}`, loopback), which serves a small real file of the type the name says, so the
// console's consent-then-fetch path can be tested end to end without the internet.
//
// Follows: the Message reference's `attachments` (id, mime_type, name, size, file_url, image_data,
// video_data) — https://developers.facebook.com/docs/graph-api/reference/message — and the Story
// Attachment a comment carries (type, url, title, media{image{src,width,height}, source}, target) —
// https://developers.facebook.com/docs/graph-api/reference/story-attachment
import zlib from 'node:zlib';
import type { AttachmentRecord } from './world';

const mimeByExtension: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  mp4: 'video/mp4',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  pdf: 'application/pdf',
};

function fileName(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').filter(Boolean).at(-1) ?? '');
  } catch {
    return '';
  }
}

function mimeOf(attachment: AttachmentRecord): string {
  const extension = fileName(attachment.url).split('.').at(-1)?.toLowerCase() ?? '';
  const byName = mimeByExtension[extension];
  if (byName) return byName;
  return attachment.type === 'image' ? 'image/jpeg' : attachment.type === 'video' ? 'video/mp4' : attachment.type === 'audio' ? 'audio/mpeg' : 'application/octet-stream';
}

/** One item of a message's `attachments.data`. */
export function messageAttachment(attachment: AttachmentRecord, id: string): Record<string, unknown> {
  const name = fileName(attachment.url) || attachment.type;
  const common = { id, mime_type: mimeOf(attachment), name, ...(attachment.size === undefined ? {} : { size: attachment.size }) };
  if (attachment.type === 'image') return { ...common, image_data: { url: attachment.url, preview_url: attachment.url, width: 16, height: 16, max_width: 16, max_height: 16 } };
  if (attachment.type === 'video') return { ...common, video_data: { url: attachment.url, preview_url: attachment.url, width: 1080, height: 1920 } };
  return { ...common, file_url: attachment.url };
}

/** A comment's `attachment` (a photo, a video, or a shared link). */
export function storyAttachment(attachment: AttachmentRecord, targetId: string): Record<string, unknown> {
  const target = { id: targetId, url: attachment.url };
  if (attachment.type === 'image') return { type: 'photo', url: attachment.url, media: { image: { src: attachment.url, width: 16, height: 16 } }, target };
  if (attachment.type === 'video') return { type: 'video_inline', url: attachment.url, media: { image: { src: attachment.url, width: 16, height: 16 }, source: attachment.url }, target };
  return { type: 'share', url: attachment.url, title: fileName(attachment.url) || attachment.url, target };
}

/** The bytes `/__media/{name}` serves: a real 16×16 PNG for .png names, a short file otherwise. */
export function mediaFile(name: string): { contentType: string; body: Buffer } {
  const extension = name.split('.').at(-1)?.toLowerCase() ?? '';
  if (extension === 'png') return { contentType: 'image/png', body: solidPng(16, 16, [0x2f, 0x80, 0xed]) };
  if (extension === 'html') return { contentType: 'text/html; charset=UTF-8', body: Buffer.from('<script>window.__sportelloPwned = true</script>') };
  return { contentType: mimeByExtension[extension] ?? 'application/octet-stream', body: Buffer.from(`Sportello simulator file ${name}\n`) };
}

function solidPng(width: number, height: number, [red, green, blue]: readonly [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [red, green, blue]).flat())]);
  const pixels = zlib.deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}
