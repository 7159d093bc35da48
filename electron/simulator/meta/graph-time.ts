// Follows: Graph API reference, "Page Conversations" / "Conversation" / "Message" (created_time,
// updated_time): https://developers.facebook.com/docs/graph-api/reference/conversation
// Meta writes every time as ISO 8601 in UTC with a "+0000" offset and no milliseconds
// ("2026-11-24T10:15:30+0000"). Connectors parse that exact form, so nothing here may drift to
// JavaScript's "…Z" or add fractions of a second.

export const minute = 60_000;
export const hour = 60 * minute;
export const day = 24 * hour;

export function formatGraphTime(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, '+0000');
}
