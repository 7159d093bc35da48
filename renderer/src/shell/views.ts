// The console's top-level views, in navigation order; Alt+1… follows the same order.
export const viewIds = ['inbox', 'alerts', 'supervisor', 'reports', 'settings', 'about'] as const;
export type ViewId = (typeof viewIds)[number];

/** The shortcut for a view, in the syntax of the aria-keyshortcuts attribute. */
export function viewShortcut(view: ViewId): string {
  return `Alt+${viewIds.indexOf(view) + 1}`;
}
