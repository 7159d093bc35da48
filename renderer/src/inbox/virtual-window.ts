// The arithmetic of a virtualized list with rows of one fixed height: which rows a viewport shows,
// where to scroll so a row is fully visible, and where to scroll after the rows change so the ones
// the agent was looking at stay exactly where they were. Pure, so it is tested without a browser.

export interface RowRange {
  /** First and last index to render, inclusive; last < first when there are no rows. */
  first: number;
  last: number;
}

/** The rows under the viewport plus `overscan` rows either side (so a fast scroll rarely shows a gap). */
export function visibleRange(scrollTop: number, viewportHeight: number, rowHeight: number, rowCount: number, overscan: number): RowRange {
  if (rowCount === 0) return { first: 0, last: -1 };
  const top = Math.max(0, Math.floor(scrollTop / rowHeight));
  const bottom = Math.ceil((scrollTop + Math.max(viewportHeight, rowHeight)) / rowHeight) - 1;
  return { first: Math.max(0, top - overscan), last: Math.min(rowCount - 1, Math.max(top, bottom) + overscan) };
}

/** The scroll position that brings row `index` fully into view with the least movement. */
export function scrollTopToReveal(index: number, scrollTop: number, viewportHeight: number, rowHeight: number): number {
  const rowTop = index * rowHeight;
  if (rowTop < scrollTop) return rowTop;
  const rowBottom = rowTop + rowHeight;
  if (rowBottom > scrollTop + viewportHeight) return Math.max(0, rowBottom - viewportHeight);
  return scrollTop;
}

/**
 * After the rows change (a live update), the scroll position that keeps the first row on screen
 * that still exists at the same place in the viewport. At the very top the list stays at the top,
 * so new urgent rows show. Null: nothing on screen survived, leave the position as it is.
 */
export function scrollTopKeepingAnchor(
  previousIds: readonly number[],
  nextIndexOf: (id: number) => number | undefined,
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
): number | null {
  if (scrollTop <= 0) return 0;
  const firstShown = Math.floor(scrollTop / rowHeight);
  const lastShown = Math.min(previousIds.length - 1, Math.ceil((scrollTop + viewportHeight) / rowHeight) - 1);
  for (let index = firstShown; index <= lastShown; index += 1) {
    const nextIndex = nextIndexOf(previousIds[index]!);
    if (nextIndex !== undefined) return scrollTop + (nextIndex - index) * rowHeight;
  }
  return null;
}
