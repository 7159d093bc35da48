// Fills the simulator in-process through its control API, as if the customers had written: one
// injectMessage per planned message, oldest first within a thread. A thread's first message
// introduces a new customer; the rest name that customer, so they join the same conversation.
// The texts are bench/store's for the same dataset position, so the raw baseline stores the same.
import type { MetaSimulator } from '../../electron/simulator/meta';
import { platformMessage } from '../store/messages';
import { progressReporter, yieldToEventLoop } from '../store/progress';
import { planStreams, type SyncPlan } from './plan';

export interface FillResult {
  /** The simulator's conversation id for each planned conversation. */
  conversationIds: string[];
  /** The simulator's customer id for each planned conversation. */
  customerIds: string[];
  messages: number;
  /** Characters (code points, as SQLite's length() counts them) over every message text. */
  textCharacters: number;
  ms: number;
}

export async function fillSimulator(sim: MetaSimulator, plan: SyncPlan): Promise<FillResult> {
  const began = performance.now();
  const { dataset, workspace } = plan;
  const conversationIds: string[] = [];
  const customerIds: string[] = [];
  const progress = progressReporter('fill', dataset.size.messages, 'messages');
  let messages = 0;
  let textCharacters = 0;
  for (let conversation = 0; conversation < dataset.size.conversations; conversation += 1) {
    const { page, platform } = planStreams[plan.conversationStream[conversation] ?? 0] ?? { page: 'daGino', platform: 'messenger' };
    const pageId = sim.seed[page].id;
    const customer = dataset.customers[conversation];
    if (!customer) throw new RangeError(`no customer for conversation ${conversation}`);
    const start = plan.conversationStart[conversation] ?? 0;
    let customerId: string | undefined;
    let conversationId: string | undefined;
    // The thread is stored newest first from `start`; customers wrote it oldest first.
    for (let index = start + (plan.conversationLength[conversation] ?? 0) - 1; index >= start; index -= 1) {
      const text = platformMessage(dataset, workspace, index).message.text;
      const author = customerId ? { customerId } : platform === 'instagram' ? { name: customer.name, username: customer.handle } : { name: customer.name };
      const received = sim.control.injectMessage({ pageId, platform, author, text, minutesAgo: plan.messageMinutesAgo[index] ?? 0 });
      if (conversationId !== undefined && received.conversationId !== conversationId) {
        throw new Error(`message ${index} went to ${received.conversationId}, not to its thread ${conversationId}`);
      }
      customerId = received.customerId;
      conversationId = received.conversationId;
      textCharacters += [...text].length;
      messages += 1;
    }
    if (conversationId === undefined || customerId === undefined) throw new Error(`conversation ${conversation} has no messages`);
    conversationIds.push(conversationId);
    customerIds.push(customerId);
    if (conversation % 500 === 499) {
      progress(messages);
      await yieldToEventLoop();
    }
  }
  progress(messages);
  return { conversationIds, customerIds, messages, textCharacters, ms: performance.now() - began };
}
