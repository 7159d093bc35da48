// Follows: Messenger Platform "Send Messages" (standard messaging: 24 hours after the person's last
// message) — https://developers.facebook.com/docs/messenger-platform/send-messages, "Message Tags"
// (HUMAN_AGENT: up to 7 days; CONFIRMED_EVENT_UPDATE, POST_PURCHASE_UPDATE, ACCOUNT_UPDATE on
// Messenger only) — https://developers.facebook.com/docs/messenger-platform/send-messages/message-tags,
// Instagram "Send a Message" (24 h, HUMAN_AGENT 7 days) —
// https://developers.facebook.com/docs/messenger-platform/instagram/features/send-message, and
// "Private Replies" (one message per comment, within 7 days of the comment) —
// https://developers.facebook.com/docs/messenger-platform/discovery/private-replies
// The rules alone, as pure functions of times, so the Send API and the seed agree on them.

import { day, hour } from './graph-time';
import type { Platform } from './world';

export const standardWindowMs = 24 * hour;
export const humanAgentWindowMs = 7 * day;
export const privateReplyWindowMs = 7 * day;

/** Messenger text: "Must be UTF-8 and has a 2000 character limit" (Send API reference). */
export const messengerTextLimitCharacters = 2000;
/** Instagram text: UTF-8, at most 1000 bytes (Instagram messaging "Send a Message"). */
export const instagramTextLimitBytes = 1000;

export const messagingTypes = ['RESPONSE', 'UPDATE', 'MESSAGE_TAG'] as const;
export type MessagingType = (typeof messagingTypes)[number];

const messengerOnlyTags = ['CONFIRMED_EVENT_UPDATE', 'POST_PURCHASE_UPDATE', 'ACCOUNT_UPDATE'];

export type WindowState = 'standard' | 'human-agent' | 'closed';

/** Which replies the Page may still send, given the customer's last message. */
export function windowState(lastInboundAt: number | undefined, now: number): WindowState {
  if (lastInboundAt === undefined) return 'closed';
  const age = now - lastInboundAt;
  if (age <= standardWindowMs) return 'standard';
  if (age <= humanAgentWindowMs) return 'human-agent';
  return 'closed';
}

export type SendVerdict = 'allowed' | 'outside-window' | 'invalid-tag';

export function judgeSend(platform: Platform, messagingType: MessagingType, tag: string | undefined, lastInboundAt: number | undefined, now: number): SendVerdict {
  const state = windowState(lastInboundAt, now);
  if (messagingType !== 'MESSAGE_TAG') return state === 'standard' ? 'allowed' : 'outside-window';
  if (tag === 'HUMAN_AGENT') return state === 'closed' ? 'outside-window' : 'allowed';
  // The remaining Messenger tags are for non-promotional updates and carry no window.
  if (platform === 'messenger' && tag !== undefined && messengerOnlyTags.includes(tag)) return 'allowed';
  return 'invalid-tag';
}

export function privateReplyOpen(commentCreatedAt: number, now: number): boolean {
  return now - commentCreatedAt <= privateReplyWindowMs;
}
