// Full-text search over the cached messages, for the console: the repository's hits with the
// brand and customer each belongs to, so a result row reads like a queue row.
import type { SearchHit } from '../../../shared/contract';
import type { ChannelKind } from '../store/repositories/accounts';
import type { MessageSearchFilter } from '../store/repositories/search';
import type { Store } from '../store/store';

export interface SearchScope extends Pick<MessageSearchFilter, 'brandIds' | 'kind' | 'status'> {
  channelKinds?: readonly ChannelKind[];
}

export function searchMessages(store: Store, query: string, { channelKinds, ...filter }: SearchScope): SearchHit[] {
  // Kinds of channel become the channels of those kinds; none of them connected: nothing to find.
  const channelIds = channelKinds?.length ? store.accounts.channels().filter((channel) => channelKinds.includes(channel.kind)).map((channel) => channel.id) : undefined;
  if (channelIds?.length === 0) return [];
  const hits = store.search.messages(query, { ...filter, ...(channelIds ? { channelIds } : {}), limit: 50 });
  if (hits.length === 0) return [];
  const labelOf = store.brands.labels();
  const contactOf = store.db.prepare(
    `SELECT ct.display_name AS contactName, ch.kind AS channelKind FROM conversations c JOIN channels ch ON ch.id = c.channel_id
     LEFT JOIN contacts ct ON ct.id = c.contact_id WHERE c.id = ?`,
  );
  return hits.map((hit) => {
    const conversation = contactOf.get(hit.conversationId) as { contactName: string | null; channelKind: SearchHit['channelKind'] };
    return {
      messageId: hit.messageId,
      conversationId: hit.conversationId,
      ...labelOf(hit.brandId),
      channelKind: conversation.channelKind,
      contactName: conversation.contactName,
      authorName: hit.authorName,
      direction: hit.direction,
      createdAt: hit.createdAt,
      snippet: hit.snippet,
    };
  });
}
