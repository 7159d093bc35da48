// Sending on Meta: Send API replies to DMs (RESPONSE inside 24 hours, MESSAGE_TAG + HUMAN_AGENT
// up to 7 days), public replies to comments (Facebook: POST /{comment-id}/comments; Instagram:
// POST /{comment-id}/replies) and private replies to a comment (Send API with
// recipient.comment_id). And reconciling a send whose outcome is unknown by reading back what the
// Page has published, never by sending again blindly.
import { dmWindow } from '../../../../shared/messaging-window';
import type { GraphClient } from './graph-client';
import { GraphError } from './graph-error';
import { FacebookComment, GraphMessage, InstagramComment, parseEach, readList, readSendResult } from './payloads';

export type OutboundRequest =
  | { kind: 'dm'; pageId: string; conversationId: string; recipientId: string; text: string; lastCustomerMessageAt: number | null }
  | { kind: 'comment_reply'; network: 'facebook' | 'instagram'; commentId: string; text: string }
  | { kind: 'private_reply'; pageId: string; commentId: string; text: string };

/** Messenger's and Instagram's text limit for a message. */
export const maxMessageLength = 2000;

export async function send(client: GraphClient, request: OutboundRequest, now: number): Promise<string> {
  if (request.text.trim() === '') throw new GraphError('rejected', 'A reply needs some text.');
  if ([...request.text].length > maxMessageLength) {
    throw new GraphError('rejected', `A reply can have at most ${maxMessageLength} characters.`);
  }
  switch (request.kind) {
    case 'dm': {
      const window = dmWindow(request.lastCustomerMessageAt, now);
      if (window.state === 'closed') {
        throw new GraphError('window', 'The customer last wrote more than 7 days ago: Meta allows no reply until they write again.');
      }
      const tagging = window.state === 'open' ? { messaging_type: 'RESPONSE' } : { messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' };
      return readSendResult(
        await client.post(`${request.pageId}/messages`, { recipient: { id: request.recipientId }, ...tagging, message: { text: request.text } }),
      );
    }
    case 'comment_reply': {
      const edge = request.network === 'facebook' ? 'comments' : 'replies';
      return readSendResult(await client.post(`${request.commentId}/${edge}`, { message: request.text }));
    }
    case 'private_reply':
      return readSendResult(
        await client.post(`${request.pageId}/messages`, { recipient: { comment_id: request.commentId }, message: { text: request.text } }),
      );
  }
}

/**
 * After an unknown outcome: the platform id of the reply if the Page published it at or after
 * `attemptedAt`, else null (then it is safe to send again).
 */
export async function findDelivered(client: GraphClient, request: OutboundRequest, ownIds: readonly string[], attemptedAt: number): Promise<string | null> {
  // Clocks differ between us and the platform: accept a little skew.
  const since = attemptedAt - 2 * 60_000;
  const text = request.text.trim();
  if (request.kind === 'dm') {
    const list = readList(await client.get(`${request.conversationId}/messages`, { fields: 'id,created_time,from,message', limit: 25 }));
    const match = parseEach(GraphMessage, list.data).items.find(
      (m) => m.from !== undefined && ownIds.includes(m.from.id) && m.created_time >= since && (m.message ?? '').trim() === text,
    );
    return match?.id ?? null;
  }
  if (request.kind === 'comment_reply' && request.network === 'facebook') {
    const list = readList(await client.get(`${request.commentId}/comments`, { fields: 'id,message,created_time,from', limit: 50 }));
    const match = parseEach(FacebookComment, list.data).items.find(
      (c) => c.from !== undefined && ownIds.includes(c.from.id) && c.created_time >= since && (c.message ?? '').trim() === text,
    );
    return match?.id ?? null;
  }
  if (request.kind === 'comment_reply') {
    const list = readList(await client.get(`${request.commentId}/replies`, { fields: 'id,text,timestamp,from{id,username}', limit: 50 }));
    const match = parseEach(InstagramComment, list.data).items.find(
      (c) => c.from !== undefined && ownIds.includes(c.from.id) && c.timestamp >= since && (c.text ?? '').trim() === text,
    );
    return match?.id ?? null;
  }
  // A private reply lands in a DM thread that may not exist yet; the platform allows only one per
  // comment, so a second attempt is refused rather than duplicated.
  return null;
}
