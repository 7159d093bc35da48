// The Meta connector: Facebook Pages (Messenger and post comments) and their linked Instagram
// professional accounts (DMs and media comments). One Sportello account per Page, holding the
// Page token; the Page's Instagram account is a second channel of it.
import type { Connector } from '../connector';
import { defaultGraphBaseUrl, GraphClient } from './graph-client';
import { discoverPages } from './meta-discovery';
import { MetaReader } from './meta-reader';
import { findDelivered, maxMessageLength, send, type OutboundRequest } from './meta-writer';
import type { OutboundRow } from '../../store/repositories/outbox';
import { GraphError } from './graph-error';

export const metaConnector: Connector = {
  platform: 'meta',
  capabilities: { directMessages: true, publicReplies: true, privateReplies: true, maxReplyLength: maxMessageLength },
  defaultBaseUrl: defaultGraphBaseUrl,

  async discover(baseUrl, token) {
    const pages = await discoverPages(baseUrl, token);
    return pages.map((page) => ({
      externalId: page.pageId,
      displayName: page.name,
      token: page.token,
      channels: [
        { kind: 'facebook_page' as const, externalId: page.pageId, name: page.name, handle: null },
        ...(page.instagram
          ? [{ kind: 'instagram' as const, externalId: page.instagram.id, name: page.instagram.username ?? page.name, handle: page.instagram.username }]
          : []),
      ],
    }));
  },

  open({ baseUrl, token, accountExternalId: pageId, channelIds, onUsage, requestTimeoutMs }) {
    const client = new GraphClient({ baseUrl, token, onUsage, timeoutMs: requestTimeoutMs });
    const reader = new MetaReader(client, pageId);
    // The Page and its Instagram account both speak for the business in a thread.
    const ownIds = [pageId, ...channelIds];
    return {
      streams: (channel) => (channel.kind === 'facebook_page' || channel.kind === 'instagram' ? ['dm', 'comments'] : []),
      pull(channel, stream, watermark, onPage) {
        const network = channel.kind === 'instagram' ? 'instagram' : 'messenger';
        if (stream === 'dm') return reader.directMessages(channel.id, network, ownIds, watermark, onPage);
        return channel.kind === 'instagram'
          ? reader.instagramComments(channel.id, channel.externalId, watermark, onPage)
          : reader.facebookComments(channel.id, watermark, onPage);
      },
      send: (row, now) => send(client, toRequest(row, pageId), now),
      reconcile: (row, attemptedAt) => findDelivered(client, toRequest(row, pageId), ownIds, attemptedAt),
    };
  },
};

function toRequest(row: OutboundRow, pageId: string): OutboundRequest {
  const { text, replyToExternalId } = row.payload;
  if (row.operation === 'private_reply') {
    if (!replyToExternalId) throw new GraphError('rejected', 'A private reply must answer a comment.');
    return { kind: 'private_reply', pageId, commentId: replyToExternalId, text };
  }
  if (row.conversationKind === 'comments') {
    return {
      kind: 'comment_reply',
      network: row.channelKind === 'instagram' ? 'instagram' : 'facebook',
      commentId: replyToExternalId ?? row.conversationExternalId,
      text,
    };
  }
  if (!row.customerExternalId) throw new GraphError('rejected', 'The customer of this conversation is unknown; sync it again.');
  return {
    kind: 'dm',
    pageId,
    conversationId: row.conversationExternalId,
    recipientId: row.customerExternalId,
    text,
    lastCustomerMessageAt: row.lastInboundAt,
  };
}
