// Attachments from Graph payloads: documented shapes become placeholders; anything malformed is
// dropped alone, never a crash, never an unbounded name or address.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCommentAttachment, readMessageAttachments } from '../../../electron/core/connectors/meta/attachments';
import { readStoredAttachments } from '../../../electron/core/store/repositories/messages';

describe('message attachments (Messenger and Instagram DMs)', () => {
  it('reads images, videos and files as the Message reference describes them', () => {
    const attachments = readMessageAttachments({
      data: [
        { id: 'a1', mime_type: 'image/jpeg', name: 'scontrino.jpg', size: 48_213, image_data: { url: 'https://scontent.xx.fbcdn.net/v/scontrino.jpg', preview_url: 'https://x/p.jpg', width: 1080, height: 1080 } },
        { id: 'a2', mime_type: 'video/mp4', name: 'video.mp4', video_data: { url: 'https://video.xx.fbcdn.net/v/video.mp4' } },
        { id: 'a3', mime_type: 'application/pdf', name: 'fattura.pdf', size: 120_000, file_url: 'https://cdn.fbsbx.com/v/fattura.pdf' },
        { id: 'a4', mime_type: 'audio/mpeg', file_url: 'https://cdn.fbsbx.com/v/audioclip-1.mp3' },
      ],
    });
    expect(attachments).toEqual([
      { kind: 'image', name: 'scontrino.jpg', size: 48_213, mimeType: 'image/jpeg', url: 'https://scontent.xx.fbcdn.net/v/scontrino.jpg' },
      { kind: 'video', name: 'video.mp4', mimeType: 'video/mp4', url: 'https://video.xx.fbcdn.net/v/video.mp4' },
      { kind: 'file', name: 'fattura.pdf', size: 120_000, mimeType: 'application/pdf', url: 'https://cdn.fbsbx.com/v/fattura.pdf' },
      { kind: 'audio', name: 'audioclip-1.mp3', mimeType: 'audio/mpeg', url: 'https://cdn.fbsbx.com/v/audioclip-1.mp3' },
    ]);
  });

  it('keeps the good parts of a malformed attachment and skips what has nothing to show', () => {
    const attachments = readMessageAttachments({
      data: [
        { mime_type: 42, name: ['x'], size: 'big', image_data: { url: 7 } },
        null,
        'a string',
        { image_data: { url: 'https://scontent/ok.png' }, size: -3 },
      ],
    });
    expect(attachments).toEqual([{ kind: 'image', name: 'ok.png', url: 'https://scontent/ok.png' }]);
    expect(readMessageAttachments(undefined)).toEqual([]);
    expect(readMessageAttachments({ data: 'nope' })).toEqual([]);
  });

  it('never crashes and bounds what it keeps, whatever arrives', () => {
    const item = fc.record(
      {
        mime_type: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
        name: fc.oneof(fc.string({ maxLength: 2000 }), fc.object()),
        size: fc.oneof(fc.integer(), fc.double(), fc.string()),
        file_url: fc.oneof(fc.webUrl(), fc.string({ maxLength: 6000 }), fc.constant(undefined)),
        image_data: fc.oneof(fc.record({ url: fc.oneof(fc.webUrl(), fc.integer()) }), fc.anything()),
        video_data: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ data: fc.array(fc.oneof(item, fc.anything()), { maxLength: 30 }) })), (raw) => {
        const attachments = readMessageAttachments(raw);
        expect(attachments.length).toBeLessThanOrEqual(20);
        for (const attachment of attachments) {
          expect(['image', 'video', 'audio', 'file']).toContain(attachment.kind);
          expect((attachment.name ?? '').length).toBeLessThanOrEqual(300);
          expect((attachment.url ?? '').length).toBeLessThanOrEqual(4096);
        }
      }),
    );
  });
});

describe('comment attachments (Story Attachment)', () => {
  it('reads a photo, a video and a shared link', () => {
    expect(readCommentAttachment({ type: 'photo', url: 'https://www.facebook.com/photo/?fbid=1', media: { image: { src: 'https://scontent/photo.jpg', width: 720, height: 720 } }, target: { id: '1' } })).toEqual([
      { kind: 'image', name: 'photo.jpg', url: 'https://scontent/photo.jpg' },
    ]);
    expect(readCommentAttachment({ type: 'video_inline', media: { image: { src: 'https://scontent/thumb.jpg' }, source: 'https://video/clip.mp4' } })).toEqual([
      { kind: 'video', name: 'clip.mp4', url: 'https://video/clip.mp4' },
    ]);
    expect(readCommentAttachment({ type: 'share', url: 'https://example.com/offerta', title: 'Offerta' })).toEqual([{ kind: 'link', name: 'Offerta', url: 'https://example.com/offerta' }]);
  });

  it('reads nothing from a missing or malformed attachment, without throwing', () => {
    expect(readCommentAttachment(undefined)).toEqual([]);
    expect(readCommentAttachment({ type: 'photo' })).toEqual([]);
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        expect(readCommentAttachment(raw).length).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('attachments read back from the cache', () => {
  it('reads both the current shape and rows stored before attachments were parsed', () => {
    expect(readStoredAttachments('[{"type":"image/jpeg","name":"a.jpg","size":10,"url":"https://x/a.jpg"},{"type":"file"}]')).toEqual([
      { kind: 'image', name: 'a.jpg', size: 10, mimeType: 'image/jpeg', url: 'https://x/a.jpg' },
      { kind: 'file' },
    ]);
    expect(readStoredAttachments('[{"kind":"link","url":"https://example.com"},{"kind":"script"},42]')).toEqual([{ kind: 'link', url: 'https://example.com' }]);
    expect(readStoredAttachments('not json')).toEqual([]);
  });
});
