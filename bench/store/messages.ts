// Turns the dataset's plan into what a connector hands to ingest: PlatformMessage batches. A
// message is a pure function of (seed, position), so the product path and the raw baseline build
// byte-identical rows without keeping a million of them in memory.
import type { AttachmentMeta, PlatformMessage } from '../../electron/core/store/repositories/messages';
import { messageText } from './corpus';
import { chance, integerBetween, streamFor } from './random';
import { streams, type Dataset } from './dataset';
import type { Workspace } from './workspace';

export function conversationExternalId(dataset: Dataset, conversation: number): string {
  return dataset.conversationIsComments[conversation] ? `post-${conversation}` : `thread-${conversation}`;
}

export function channelOfConversation(dataset: Dataset, workspace: Workspace, conversation: number) {
  const channelIndex = dataset.customerChannel[dataset.conversationCustomer[conversation] ?? 0] ?? 0;
  const channel = workspace.channels[channelIndex];
  if (!channel) throw new RangeError(`no channel ${channelIndex}`);
  return channel;
}

export function platformMessage(dataset: Dataset, workspace: Workspace, index: number): PlatformMessage {
  const conversation = dataset.messageConversation[index] ?? 0;
  const customer = dataset.customers[dataset.conversationCustomer[conversation] ?? 0];
  if (!customer) throw new RangeError(`no customer for conversation ${conversation}`);
  const channel = channelOfConversation(dataset, workspace, conversation);
  const comments = dataset.conversationIsComments[conversation] === 1;
  const inbound = dataset.messageInbound[index] === 1;
  const ordinal = dataset.messageOrdinal[index] ?? 0;
  const threadId = conversationExternalId(dataset, conversation);
  const random = streamFor(dataset.seed, streams.messages, index);
  const text = messageText(random, { language: customer.language, inbound, customerFirstName: customer.firstName });
  // Comment threads are public, except the private replies a brand sends to a commenter.
  const visibility = comments && (inbound || !chance(random, 0.1)) ? 'public' : 'private';
  const attachments: AttachmentMeta[] =
    inbound && chance(random, 0.03)
      ? [{ kind: 'image', mimeType: 'image/jpeg', name: `foto-${index}.jpg`, size: integerBetween(random, 40_000, 4_000_000), url: `https://cdn.example.com/${threadId}/${ordinal}.jpg` }]
      : [];
  return {
    channelId: channel.id,
    conversation: { externalId: threadId, kind: comments ? 'comments' : 'dm' },
    customer: { externalId: customer.externalId, name: customer.name, handle: customer.handle },
    message: {
      externalId: `${threadId}.${ordinal}`,
      parentExternalId: comments && ordinal > 0 ? `${threadId}.0` : null,
      direction: inbound ? 'inbound' : 'outbound',
      visibility,
      authorName: inbound ? customer.name : channel.name,
      authorExternalId: inbound ? customer.externalId : `${channel.kind}:${channel.id}`,
      text,
      createdAt: dataset.messageCreatedAt[index] ?? 0,
      attachments,
    },
  };
}

export function messageBatch(dataset: Dataset, workspace: Workspace, start: number, end: number): PlatformMessage[] {
  const batch: PlatformMessage[] = [];
  for (let index = start; index < end; index += 1) batch.push(platformMessage(dataset, workspace, index));
  return batch;
}
