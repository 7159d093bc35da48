// Saved replies with variables: {{first_name}}, {{brand}}, {{agent}}, {{order_number}}. A variable
// with no value stays in the text, visibly, for the agent to fill in before sending.
export interface SavedReplyContext {
  customerName: string | null;
  brand: string;
  agent: string;
  /** The customer's most recent messages, newest first, where an order number may be found. */
  customerMessages: readonly string[];
}

export const savedReplyVariables = ['first_name', 'brand', 'agent', 'order_number'] as const;
export type SavedReplyVariable = (typeof savedReplyVariables)[number];

/** The first name of a display name ("Maria Rossi" → "Maria"); handles (no space, with . or _) give nothing. */
export function firstName(name: string | null): string | null {
  const first = name?.trim().split(/\s+/)[0];
  if (!first || !name?.trim().includes(' ')) return null;
  return first;
}

/** "ordine 12345", "order #A-7781", "n. 998877": the reference after the word, as the customer wrote it. */
const orderReference = /\b(?:ordine|order|ord\.?|n\.|nr\.?|numero|number|#)\s*(?:n\.|nr\.?|#|:)?\s*([A-Z0-9][A-Z0-9-]{3,19})\b/iu;

export function findOrderNumber(messages: readonly string[]): string | null {
  for (const text of messages) {
    const match = orderReference.exec(text);
    if (match?.[1] && /\d/.test(match[1])) return match[1];
  }
  return null;
}

export function expandSavedReply(body: string, context: SavedReplyContext): string {
  const values: Record<SavedReplyVariable, string | null> = {
    first_name: firstName(context.customerName),
    brand: context.brand || null,
    agent: context.agent.trim() || null,
    order_number: findOrderNumber(context.customerMessages),
  };
  return body.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (whole, name: string) => (name in values ? (values[name as SavedReplyVariable] ?? whole) : whole));
}

/** Variables still unfilled in a text about to be sent. */
export function unfilledVariables(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([a-z_]+)\s*\}\}/g)].map((match) => match[1]!).filter((name) => (savedReplyVariables as readonly string[]).includes(name));
}
