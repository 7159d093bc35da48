import type { ReactNode } from 'react';

interface Props {
  title: string;
  children: ReactNode;
}

/** Every view opens with its heading; tabIndex -1 lets the shell move focus there on Alt+1…6. */
export function ViewLayout({ title, children }: Props) {
  return (
    <div className="view">
      <h1 className="view__title" tabIndex={-1}>
        {title}
      </h1>
      {children}
    </div>
  );
}
