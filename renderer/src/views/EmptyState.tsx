import type { ReactNode } from 'react';

interface Props {
  illustration: ReactNode;
  title: string;
  body: string;
}

export function EmptyState({ illustration, title, body }: Props) {
  return (
    <div className="empty-state">
      {illustration}
      <h2 className="empty-state__title">{title}</h2>
      <p className="empty-state__body">{body}</p>
    </div>
  );
}
