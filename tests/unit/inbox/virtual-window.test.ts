// The virtualized queue's arithmetic: which rows are rendered, where to scroll to show a row, and
// where the list stays after a live update.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scrollTopKeepingAnchor, scrollTopToReveal, visibleRange } from '../../../renderer/src/inbox/virtual-window';

const rowHeight = 80;

describe('visibleRange', () => {
  it('covers the viewport plus the overscan, clamped to the rows', () => {
    expect(visibleRange(0, 400, rowHeight, 1_000, 3)).toEqual({ first: 0, last: 7 });
    expect(visibleRange(8_000, 400, rowHeight, 1_000, 3)).toEqual({ first: 97, last: 107 });
    expect(visibleRange(79_600, 400, rowHeight, 1_000, 3)).toEqual({ first: 992, last: 999 });
    expect(visibleRange(0, 400, rowHeight, 0, 3)).toEqual({ first: 0, last: -1 });
  });

  it('renders a bounded number of rows that always includes every row on screen', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.nat(), fc.integer({ min: 0, max: 2_000 }), fc.integer({ min: 0, max: 10 }), (count, rawTop, viewport, overscan) => {
        const scrollTop = rawTop % (count * rowHeight);
        const { first, last } = visibleRange(scrollTop, viewport, rowHeight, count, overscan);
        expect(first).toBeGreaterThanOrEqual(0);
        expect(last).toBeLessThan(count);
        expect(last - first + 1).toBeLessThanOrEqual(Math.ceil(Math.max(viewport, rowHeight) / rowHeight) + 1 + 2 * overscan);
        const firstOnScreen = Math.floor(scrollTop / rowHeight);
        const lastOnScreen = Math.min(count - 1, Math.ceil((scrollTop + viewport) / rowHeight) - 1);
        expect(first).toBeLessThanOrEqual(firstOnScreen);
        expect(last).toBeGreaterThanOrEqual(lastOnScreen);
      }),
    );
  });
});

describe('scrollTopToReveal', () => {
  it('moves as little as needed to show the whole row', () => {
    expect(scrollTopToReveal(5, 0, 800, rowHeight)).toBe(0); // already visible
    expect(scrollTopToReveal(20, 0, 800, rowHeight)).toBe(21 * rowHeight - 800); // below: to the bottom edge
    expect(scrollTopToReveal(2, 1_000, 800, rowHeight)).toBe(2 * rowHeight); // above: to the top edge
    expect(scrollTopToReveal(12, 200, 800, rowHeight)).toBe(13 * rowHeight - 800); // cut at the bottom
  });
});

describe('scrollTopKeepingAnchor', () => {
  const indexIn = (ids: number[]) => (id: number) => {
    const index = ids.indexOf(id);
    return index < 0 ? undefined : index;
  };

  it('keeps the first row on screen in place when rows are inserted above it', () => {
    const before = Array.from({ length: 100 }, (_, index) => index + 1);
    const after = [1_001, 1_002, 1_003, ...before];
    // Row 11 (index 10) was at the top, 30 px scrolled into it; it is now index 13.
    expect(scrollTopKeepingAnchor(before, indexIn(after), 10 * rowHeight + 30, 400, rowHeight)).toBe(13 * rowHeight + 30);
  });

  it('falls back to the next row on screen when the top one left the queue', () => {
    const before = Array.from({ length: 100 }, (_, index) => index + 1);
    const after = before.filter((id) => id !== 11 && id !== 3);
    // Row 11 is gone; row 12, one row below the top edge at index 11, is now index 9: it stays one
    // row below the top edge.
    expect(scrollTopKeepingAnchor(before, indexIn(after), 10 * rowHeight, 400, rowHeight)).toBe(8 * rowHeight);
  });

  it('stays at the top, and gives up when nothing on screen survived', () => {
    const before = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(scrollTopKeepingAnchor(before, indexIn([99, ...before]), 0, 400, rowHeight)).toBe(0);
    expect(scrollTopKeepingAnchor(before, indexIn([20, 21]), 2 * rowHeight, 400, rowHeight)).toBeNull();
  });
});
