// The queries the console makes, each as the product calls it (store.conversations.queue,
// store.search.*, store.messages.threadPage). Inputs rotate where the console's would — every
// brand, every agent, many threads — so p95 covers small brands and long threads, not one hot row.
import { maxQueuePageSize, type QueueFilter } from '../../electron/core/store/repositories/conversations';
import type { Store } from '../../electron/core/store/store';
import { searchVocabulary } from './corpus';
import { streams, type Dataset } from './dataset';
import type { LatencyCase } from './latency';
import { rotating } from './latency';
import { assignees } from './queue-state';
import { integerBetween, streamFor } from './random';
import type { Workspace } from './workspace';

export const queueBudgetMs = 5;
export const searchBudgetMs = 50;

export function queueCases(store: Store, workspace: Workspace, now: number): LatencyCase[] {
  const queue = (filter: QueueFilter) => store.conversations.queue(filter, now);
  const cursors = keysetCursors(store, now, 50);
  return [
    { name: 'queue: whole open queue, first page (100)', budgetMs: queueBudgetMs, run: () => queue({}) },
    { name: 'queue: one brand (each of 20 in turn)', budgetMs: queueBudgetMs, run: rotating(workspace.brandIds, (brandId) => queue({ brandIds: [brandId] })) },
    { name: `queue: my queue (each of ${assignees.length} agents in turn)`, budgetMs: queueBudgetMs, run: rotating(assignees, (assignee) => queue({ assignee })) },
    { name: 'queue: breached filter', budgetMs: queueBudgetMs, run: () => queue({ slaState: 'breached' }) },
    { name: `queue: next page, keyset cursor (pages 2–${cursors.length + 1})`, budgetMs: queueBudgetMs, run: rotating(cursors, (after) => queue({ after })) },
    // What ConversationService.queue asks for today: one page of the maximum size. Reported without
    // a budget (the budget is for 100-row pages), so the cost of the bigger page stays visible.
    { name: `queue: whole open queue, ${maxQueuePageSize} rows (ConversationService's page)`, run: () => queue({ limit: maxQueuePageSize }) },
    {
      name: `queue: one brand, ${maxQueuePageSize} rows (each of 20 in turn)`,
      run: rotating(workspace.brandIds, (brandId) => queue({ brandIds: [brandId], limit: maxQueuePageSize })),
    },
  ];
}

/** The cursors an agent scrolling down the whole queue would send, page after page. */
function keysetCursors(store: Store, now: number, pages: number): Array<NonNullable<QueueFilter['after']>> {
  const cursors: Array<NonNullable<QueueFilter['after']>> = [];
  let after: QueueFilter['after'];
  while (cursors.length < pages - 1) {
    const last = store.conversations.queue({ after }, now).at(-1);
    if (!last) break;
    after = { slaSortKey: last.slaSortKey, id: last.id };
    cursors.push(after);
  }
  return cursors;
}

export function searchCases(store: Store, workspace: Workspace): LatencyCase[] {
  const { commonWord, rareWord, accentFreeQuery, threeLetterPrefix, contactNamePrefix } = searchVocabulary;
  return [
    { name: `search: common word "${commonWord}"`, budgetMs: searchBudgetMs, run: () => store.search.messages(commonWord) },
    { name: `search: rare word "${rareWord}"`, budgetMs: searchBudgetMs, run: () => store.search.messages(rareWord) },
    { name: `search: "${accentFreeQuery}" finds perché`, budgetMs: searchBudgetMs, run: () => store.search.messages(accentFreeQuery) },
    { name: `search: 3-letter prefix "${threeLetterPrefix}"`, budgetMs: searchBudgetMs, run: () => store.search.messages(threeLetterPrefix) },
    {
      name: `search: "${commonWord}" + brand filter (each of 20 in turn)`,
      budgetMs: searchBudgetMs,
      run: rotating(workspace.brandIds, (brandId) => store.search.messages(commonWord, { brandIds: [brandId] })),
    },
    { name: `search contacts: name prefix "${contactNamePrefix}"`, budgetMs: searchBudgetMs, run: () => store.search.contacts(contactNamePrefix) },
  ];
}

export function otherCases(store: Store, dataset: Dataset, now: number): LatencyCase[] {
  const random = streamFor(dataset.seed, streams.benchInputs, 0);
  const threads = Array.from({ length: 500 }, () => integerBetween(random, 1, dataset.size.conversations));
  const longest = longestThread(dataset);
  const olderPages = threadCursors(store, longest.id);
  return [
    { name: 'thread page: newest 50 (500 threads in turn)', run: rotating(threads, (id) => store.messages.threadPage(id).messages) },
    {
      name: `thread page: older pages of the longest thread (${longest.messages} msgs)`,
      run: rotating(olderPages, (before) => store.messages.threadPage(longest.id, { before }).messages),
    },
    { name: 'badge counts (open, unread, at risk, breached per brand)', run: () => store.conversations.badgeCounts(now) },
  ];
}

function longestThread(dataset: Dataset): { id: number; messages: number } {
  const counts = new Int32Array(dataset.size.conversations);
  for (const conversation of dataset.messageConversation) counts[conversation] = (counts[conversation] ?? 0) + 1;
  let longest = 0;
  counts.forEach((count, conversation) => {
    if (count > (counts[longest] ?? 0)) longest = conversation;
  });
  return { id: dataset.expected.conversationIdByConversation[longest] ?? 1, messages: counts[longest] ?? 0 };
}

function threadCursors(store: Store, conversationId: number): Array<{ createdAt: number; id: number }> {
  const cursors: Array<{ createdAt: number; id: number }> = [];
  let before = store.messages.threadPage(conversationId).olderCursor;
  while (before) {
    const page = store.messages.threadPage(conversationId, { before });
    if (page.messages.length === 0) break;
    cursors.push(before);
    before = page.olderCursor;
  }
  return cursors;
}
