// When "snooze" brings a conversation back, in the operator's local time: in an hour, tomorrow at
// 9:00, or next Monday at 9:00.
export type SnoozePreset = 'hour' | 'tomorrow' | 'monday';

export const snoozePresets: readonly SnoozePreset[] = ['hour', 'tomorrow', 'monday'];

export function snoozeUntil(preset: SnoozePreset, now: Date): number {
  if (preset === 'hour') return now.getTime() + 60 * 60_000;
  const at = new Date(now);
  at.setHours(9, 0, 0, 0);
  // Days ahead: tomorrow is 1; next Monday is 1–7 days on (a Monday snoozes to the next one).
  const days = preset === 'tomorrow' ? 1 : ((8 - now.getDay()) % 7 || 7);
  at.setDate(at.getDate() + days);
  return at.getTime();
}
