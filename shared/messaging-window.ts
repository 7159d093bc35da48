// Meta's messaging rules, as pure functions both core (to refuse what the platform would) and the
// composer (to show what is still allowed) use:
// - a DM may be answered freely within 24 hours of the customer's last message (messaging_type
//   RESPONSE), and by a human agent up to 7 days after it (MESSAGE_TAG + HUMAN_AGENT);
// - a public comment may be answered publicly at any time, and privately once, within 7 days.
export const hour = 60 * 60 * 1000;
export const standardWindowMs = 24 * hour;
export const humanAgentWindowMs = 7 * 24 * hour;
export const privateReplyWindowMs = 7 * 24 * hour;

export type DmWindow =
  | { state: 'open'; closesAt: number } // RESPONSE
  | { state: 'human_agent'; closesAt: number } // MESSAGE_TAG + HUMAN_AGENT
  | { state: 'closed'; closedAt: number | null };

/** The window a DM reply would be sent in, from the customer's last message time. */
export function dmWindow(lastCustomerMessageAt: number | null, now: number): DmWindow {
  if (lastCustomerMessageAt === null) return { state: 'closed', closedAt: null };
  const elapsed = now - lastCustomerMessageAt;
  if (elapsed < standardWindowMs) return { state: 'open', closesAt: lastCustomerMessageAt + standardWindowMs };
  if (elapsed < humanAgentWindowMs) return { state: 'human_agent', closesAt: lastCustomerMessageAt + humanAgentWindowMs };
  return { state: 'closed', closedAt: lastCustomerMessageAt + humanAgentWindowMs };
}

/** Whether a private reply to a comment is still allowed (one per comment, within 7 days). */
export function privateReplyAllowed(commentCreatedAt: number, alreadyReplied: boolean, now: number): boolean {
  return !alreadyReplied && now - commentCreatedAt < privateReplyWindowMs;
}
