// Attachments end to end over real HTTP: the simulator serves them in Graph's wire format (and
// their bytes on loopback), sync stores them, the thread describes them without loading anything,
// and an image is fetched by core only when asked — checked, capped, handed over as a data: URL.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AttachmentImages } from '../../../electron/core/conversations/attachment-images';
import type { AttachmentView, ConversationView } from '../../../shared/contract';
import { useSimulatedWorkspace } from '../core-fixture';

describe('attachments from the simulator', () => {
  const ws = useSimulatedWorkspace({ beforeAll, afterEach, afterAll });
  const open = (id: number) => ws.call<ConversationView>('conversation.open', { id });
  const conversationOf = (externalId: string) => ws.core.store.db.prepare('SELECT id FROM conversations WHERE external_id = ?').pluck().get(externalId) as number;

  async function customerSends(attachments: Array<{ type: 'image' | 'video' | 'audio' | 'file'; url: string; size?: number }>, text = '') {
    const received = ws.sim.control.injectMessage({ pageId: ws.sim.seed.daGino.id, platform: 'messenger', author: { name: 'Giulia Neri' }, text, attachments });
    await ws.core.sync.syncNow();
    const view = await open(conversationOf(received.conversationId));
    return { view, message: view.messages.at(-1)! };
  }

  it('describes a DM’s image and file with name, size and host, loading nothing', async () => {
    const media = `${ws.sim.url}/__media`;
    const { message } = await customerSends(
      [
        { type: 'image', url: `${media}/scontrino.png`, size: 1234 },
        { type: 'file', url: `${media}/fattura.pdf` },
      ],
      'Ecco lo scontrino',
    );
    const host = new URL(ws.sim.url).host;
    expect(message.text).toBe('Ecco lo scontrino');
    expect(message.attachments).toEqual<AttachmentView[]>([
      { index: 0, kind: 'image', name: 'scontrino.png', size: 1234, mimeType: 'image/png', host, href: null, loadable: true },
      // http (the loopback simulator) is never offered as a link out: only https is.
      { index: 1, kind: 'file', name: 'fattura.pdf', size: null, mimeType: 'application/pdf', host, href: null, loadable: false },
    ]);
  });

  it('fetches an image only on request, as a data: URL holding the real PNG', async () => {
    const { message } = await customerSends([{ type: 'image', url: `${ws.sim.url}/__media/foto.png` }]);
    const image = await ws.call<{ dataUrl: string; mimeType: string; bytes: number }>('attachments.loadImage', { messageId: message.id, index: 0 });
    expect(image.mimeType).toBe('image/png');
    expect(image.dataUrl.startsWith('data:image/png;base64,')).toBe(true);
    const bytes = Buffer.from(image.dataUrl.slice('data:image/png;base64,'.length), 'base64');
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(bytes.length).toBe(image.bytes);
  });

  it('refuses what is not an image, or not at a web address, with a clear error', async () => {
    const { message } = await customerSends([
      { type: 'image', url: `${ws.sim.url}/__media/trappola.html` },
      { type: 'file', url: `${ws.sim.url}/__media/fattura.pdf` },
      { type: 'image', url: 'javascript:alert(1)//x.png' },
    ]);
    await expect(ws.call('attachments.loadImage', { messageId: message.id, index: 0 })).rejects.toThrow(/invalid-request.*PNG, JPEG, GIF or WebP/);
    await expect(ws.call('attachments.loadImage', { messageId: message.id, index: 1 })).rejects.toThrow(/invalid-request.*open other attachments in the browser/);
    await expect(ws.call('attachments.loadImage', { messageId: message.id, index: 2 })).rejects.toThrow(/invalid-request/);
    await expect(ws.call('attachments.loadImage', { messageId: message.id, index: 9 })).rejects.toThrow(/not-found/);
    expect(message.attachments[2]).toMatchObject({ host: null, href: null, loadable: false });
  });

  it('stops reading an image past the size cap', async () => {
    const { message } = await customerSends([{ type: 'image', url: `${ws.sim.url}/__media/grande.png` }]);
    const small = new AttachmentImages(ws.core.store.db, fetch, { maxBytes: 50, timeoutMs: 5_000 });
    await expect(small.load(message.id, 0)).rejects.toThrow(/larger than/);
  });

  it('reports a host that does not answer in time as unavailable', async () => {
    const { message } = await customerSends([{ type: 'image', url: `${ws.sim.url}/__media/lenta.png` }]);
    // A fetch that never answers stands for a silent host; the loader's own timeout ends it.
    const silent = ((_url: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)))) as typeof fetch;
    const loader = new AttachmentImages(ws.core.store.db, silent, { maxBytes: 1024, timeoutMs: 50 });
    await expect(loader.load(message.id, 0)).rejects.toThrow(/took too long/);
  });

  it('reads an Instagram DM’s attachments the same way', async () => {
    const received = ws.sim.control.injectMessage({
      pageId: ws.sim.seed.alpine.id,
      platform: 'instagram',
      author: { name: 'Nora Lang', username: 'nora.lang' },
      text: 'Zip broke, see photo',
      attachments: [{ type: 'image', url: `${ws.sim.url}/__media/zip.png` }],
    });
    await ws.core.sync.syncNow();
    const message = (await open(conversationOf(received.conversationId))).messages.at(-1)!;
    expect(message.attachments).toMatchObject([{ kind: 'image', name: 'zip.png', mimeType: 'image/png', loadable: true }]);
    const image = await ws.call<{ mimeType: string }>('attachments.loadImage', { messageId: message.id, index: 0 });
    expect(image.mimeType).toBe('image/png');
  });

  it('reads a Facebook comment’s photo (a Story Attachment)', async () => {
    const postId = ws.sim.seed.daGino.postIds[0]!;
    const comment = ws.sim.control.injectComment({ targetId: postId, author: { name: 'Paolo Verdi' }, text: 'Guardate qui', attachment: { type: 'image', url: `${ws.sim.url}/__media/pizza.png` } });
    await ws.core.sync.syncNow();
    const view = await open(conversationOf(comment.commentId));
    expect(view.messages.at(-1)!.attachments).toMatchObject([{ kind: 'image', name: 'pizza.png', loadable: true }]);
  });
});
