// Full-text search over the cached messages, for the console: the repository's hits with the
// brand and customer each belongs to, so a result row reads like a queue row.
import type { SearchHit } from '../../../shared/contract';
import type { MessageSearchFilter } from '../store/repositories/search';
import type { Store } from '../store/store';

export function searchMessages(store: Store, query: string, filter: Pick<MessageSearchFilter, 'brandIds' | 'kind' | 'status'>): SearchHit[] {
  const hits = store.search.messages(query, { ...filter, limit: 50 });
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
