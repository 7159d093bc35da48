import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dmWindow, hour, humanAgentWindowMs, privateReplyAllowed, standardWindowMs } from '../../shared/messaging-window';

describe("Meta's messaging windows", () => {
  it('open for 24 hours, human agent until 7 days, then closed', () => {
    const t = 1_700_000_000_000;
    expect(dmWindow(t, t + 23 * hour)).toEqual({ state: 'open', closesAt: t + standardWindowMs });
    expect(dmWindow(t, t + 24 * hour)).toEqual({ state: 'human_agent', closesAt: t + humanAgentWindowMs });
    expect(dmWindow(t, t + 7 * 24 * hour)).toEqual({ state: 'closed', closedAt: t + humanAgentWindowMs });
    expect(dmWindow(null, t)).toEqual({ state: 'closed', closedAt: null });
  });

  it('never reopens as time passes', () => {
    const order = { open: 0, human_agent: 1, closed: 2 };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 40 }), fc.integer({ min: 0, max: 30 * 24 * hour }), fc.integer({ min: 0, max: 30 * 24 * hour }), (last, a, b) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        expect(order[dmWindow(last, last + earlier).state]).toBeLessThanOrEqual(order[dmWindow(last, last + later).state]);
      }),
    );
  });

  it('allows one private reply per comment, within 7 days', () => {
    const t = 1_700_000_000_000;
    expect(privateReplyAllowed(t, false, t + 6 * 24 * hour)).toBe(true);
    expect(privateReplyAllowed(t, true, t + hour)).toBe(false);
    expect(privateReplyAllowed(t, false, t + 7 * 24 * hour)).toBe(false);
  });
});
