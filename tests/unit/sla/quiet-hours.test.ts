import { describe, expect, it } from 'vitest';
import { inQuietHours } from '../../../electron/core/sla/alert-scheduler';

const at = (hours: number, minutes = 0) => new Date(2026, 10, 24, hours, minutes);

describe('quiet hours', () => {
  it('cover a span within one day, start included and end excluded', () => {
    expect([at(12, 59), at(13), at(14, 59), at(15)].map((date) => inQuietHours(date, '13:00', '15:00'))).toEqual([false, true, true, false]);
  });

  it('cover a span across midnight', () => {
    expect([at(21, 59), at(22), at(0), at(7, 59), at(8), at(12)].map((date) => inQuietHours(date, '22:00', '08:00'))).toEqual([false, true, true, true, false, false]);
  });

  it('are off when they start and end at the same time', () => {
    expect(inQuietHours(at(9), '09:00', '09:00')).toBe(false);
  });
});
