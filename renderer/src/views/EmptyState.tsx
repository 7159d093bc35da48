import type { ReactNode } from 'react';

interface Props {
  illustration: ReactNode;
  title: string;
  body: string;
  /** What the operator can do about it, e.g. a button. */
  children?: ReactNode;
}

export function EmptyState({ illustration, title, body, children }: Props) {
  return (
    <div className="empty-state">
      {illustration}
      <h2 className="empty-state__title">{title}</h2>
      <p className="empty-state__body">{body}</p>
      {children && <div className="empty-state__actions">{children}</div>}
    </div>
  );
}
