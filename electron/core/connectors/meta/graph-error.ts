// What a Graph API error means for Sportello, from Meta's "Handling errors" and Messenger
// Platform error-code pages. Every failed request becomes one of these kinds, and each kind has
// one reaction in the sync engine and the outbox:
//   auth      → the account needs re-authorisation; the outbox is held, nothing is lost
//   window    → the reply can never be sent (outside the messaging window): failed, not retried
//   rejected  → the platform refused this request for good (bad parameter, blocked user…)
//   throttled → slow down or pause until the platform says so
//   transient → back off and retry (code 1/2, HTTP 5xx)
//   unknown   → the request may have reached the platform (timeout after sending, reset): reconcile
//   offline   → no connection at all: wait for the network
import { z } from 'zod';

export type GraphErrorKind = 'auth' | 'window' | 'rejected' | 'throttled' | 'transient' | 'unknown' | 'offline';

export class GraphError extends Error {
  constructor(
    readonly kind: GraphErrorKind,
    message: string,
    readonly details: { status?: number; code?: number; subcode?: number; retryAfterMs?: number } = {},
  ) {
    super(message);
    this.name = 'GraphError';
  }
}

/** Meta's error envelope: { error: { message, type, code, error_subcode, fbtrace_id } }. */
export const GraphErrorEnvelope = z.object({
  error: z.object({
    message: z.string().default('Unknown Graph API error'),
    type: z.string().optional(),
    code: z.number().int().optional(),
    error_subcode: z.number().int().optional(),
    fbtrace_id: z.string().optional(),
  }),
});

const throttlingCodes = new Set([4, 17, 32, 613, 80001, 80002, 80003, 80004, 80005, 80006, 80007, 80008, 80014]);
// Code 10 on the Send API with these subcodes: "This message is sent outside of allowed window"
// (Messenger 2018278, Instagram 2534022).
const outsideWindowSubcodes = new Set([2018278, 2534022]);
// 551: "This person isn't available right now" (blocked the Page, deactivated).
const userUnavailableCode = 551;
/** "Activity already replied to": a second private reply to the same comment. */
export const alreadyRepliedPrivatelyCode = 10900;

export function classifyGraphError(status: number, body: unknown, retryAfterMs?: number): GraphError {
  const parsed = GraphErrorEnvelope.safeParse(body);
  if (!parsed.success) {
    if (status >= 500) return new GraphError('transient', `The platform answered HTTP ${status}.`, { status });
    return new GraphError('rejected', `The platform answered HTTP ${status} without an error description.`, { status });
  }
  const { message, code, error_subcode: subcode } = parsed.data.error;
  const details = { status, code, subcode, retryAfterMs };
  if (code === 190 || code === 102 || code === 104 || code === 463 || code === 467) return new GraphError('auth', message, details);
  if (code === 10 && subcode !== undefined && outsideWindowSubcodes.has(subcode)) return new GraphError('window', message, details);
  if (code !== undefined && throttlingCodes.has(code)) return new GraphError('throttled', message, details);
  if (status === 429) return new GraphError('throttled', message, details);
  if (code === 1 || code === 2 || status >= 500) return new GraphError('transient', message, details);
  if (code === userUnavailableCode) return new GraphError('rejected', message, details);
  return new GraphError('rejected', message, details);
}
