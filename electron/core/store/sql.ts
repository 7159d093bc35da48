/** Ids are inlined into IN (…) lists (integers, checked here) so the planner sees the list's size. */
export function integerList(ids: readonly number[]): string {
  for (const id of ids) if (!Number.isSafeInteger(id)) throw new TypeError(`not an id: ${id}`);
  return ids.join(', ');
}
