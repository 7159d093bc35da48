// Showing a customer's image only when the agent asks: core fetches it (never the renderer, whose
// CSP admits no remote content), within limits, and hands it over as a data: URL. An image is
// accepted only if it is what it claims to be — an allowed MIME type whose first bytes match — so
// an SVG with script, an HTML page or a huge file never becomes something the window renders.
import type { AttachmentView } from '../../../shared/contract';
import { isSafeExternalUrl, webHost } from '../../../shared/safe-link';
import { CoreError } from '../core-error';
import { readStoredAttachments, type AttachmentMeta } from '../store/repositories/messages';
import type Database from 'better-sqlite3';

/** Meta's own ceiling for images in messages. */
export const maxImageBytes = 8 * 1024 * 1024;
export const imageTimeoutMs = 15_000;

/** Raster formats only (no SVG: it can carry script), each with the bytes it starts with. */
const imageSignatures: ReadonlyArray<{ mime: string; matches: (bytes: Uint8Array) => boolean }> = [
  { mime: 'image/png', matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { mime: 'image/jpeg', matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { mime: 'image/gif', matches: (b) => startsWith(b, [0x47, 0x49, 0x46, 0x38]) },
  { mime: 'image/webp', matches: (b) => startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b.subarray(8), [0x57, 0x45, 0x42, 0x50]) },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((value, index) => bytes[index] === value);
}

function isWebUrl(url: string): boolean {
  return webHost(url) !== null;
}

/** What the renderer may know of an attachment: a description, an https link at most. */
export function attachmentView(meta: AttachmentMeta, index: number): AttachmentView {
  const url = meta.url ?? null;
  return {
    index,
    kind: meta.kind,
    name: meta.name ?? null,
    size: meta.size ?? null,
    mimeType: meta.mimeType ?? null,
    host: url === null ? null : webHost(url),
    href: url !== null && isSafeExternalUrl(url) ? url : null,
    loadable: meta.kind === 'image' && url !== null && isWebUrl(url),
  };
}

export interface LoadedImage {
  dataUrl: string;
  mimeType: string;
  bytes: number;
}

export class AttachmentImages {
  constructor(
    private readonly db: Database.Database,
    private readonly fetchImpl: typeof fetch = fetch,
    private readonly limits = { maxBytes: maxImageBytes, timeoutMs: imageTimeoutMs },
  ) {}

  /** Fetches the `index`th attachment of a message, which must be an image at an http(s) address. */
  async load(messageId: number, index: number): Promise<LoadedImage> {
    const json = this.db.prepare('SELECT attachments FROM messages WHERE id = ?').pluck().get(messageId) as string | undefined;
    if (json === undefined) throw new CoreError('not-found', `There is no message ${messageId}.`);
    const meta = readStoredAttachments(json)[index];
    if (!meta) throw new CoreError('not-found', `Message ${messageId} has no attachment ${index}.`);
    if (meta.kind !== 'image' || !meta.url || !isWebUrl(meta.url)) {
      throw new CoreError('invalid-request', 'Only an image at a web address can be shown here; open other attachments in the browser.');
    }
    return this.fetchImage(meta.url);
  }

  private async fetchImage(url: string): Promise<LoadedImage> {
    const host = webHost(url) ?? '';
    let response: Response;
    try {
      // No cookies, no referrer: the customer's host learns nothing about the agent.
      response = await this.fetchImpl(url, { redirect: 'follow', credentials: 'omit', referrerPolicy: 'no-referrer', signal: AbortSignal.timeout(this.limits.timeoutMs) });
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      throw new CoreError('unavailable', timedOut ? `${host} took too long to send the image.` : `The image could not be fetched from ${host}.`);
    }
    if (!response.ok) throw new CoreError('unavailable', `${host} answered ${response.status}: the image is not available.`);
    const declared = (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    const expected = imageSignatures.find((signature) => signature.mime === declared);
    if (!expected) {
      await response.body?.cancel();
      throw new CoreError('invalid-request', `${host} did not send a picture Sportello shows (PNG, JPEG, GIF or WebP).`);
    }
    const length = Number(response.headers.get('content-length'));
    if (Number.isFinite(length) && length > this.limits.maxBytes) {
      await response.body?.cancel();
      throw new CoreError('invalid-request', this.tooLarge());
    }
    const bytes = await this.readCapped(response);
    if (!expected.matches(bytes)) throw new CoreError('invalid-request', `What ${host} sent is not the ${declared} it claims to be.`);
    return { dataUrl: `data:${declared};base64,${Buffer.from(bytes).toString('base64')}`, mimeType: declared, bytes: bytes.byteLength };
  }

  /** Reads the body, stopping as soon as it passes the cap (a missing or lying Content-Length). */
  private async readCapped(response: Response): Promise<Uint8Array> {
    const reader = response.body?.getReader();
    if (!reader) return new Uint8Array();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch {
        throw new CoreError('unavailable', 'The image stopped arriving before it was complete.');
      }
      if (chunk.done) break;
      total += chunk.value.byteLength;
      if (total > this.limits.maxBytes) {
        await reader.cancel();
        throw new CoreError('invalid-request', this.tooLarge());
      }
      chunks.push(chunk.value);
    }
    return Buffer.concat(chunks);
  }

  private tooLarge(): string {
    return `The image is larger than ${Math.round(this.limits.maxBytes / (1024 * 1024))} MB, so it is not shown; open it in the browser instead.`;
  }
}
