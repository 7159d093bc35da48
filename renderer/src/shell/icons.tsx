// Line icons drawn inline, so the console needs no image files and they take the text colour.
// All are decorative: the control they sit in carries the accessible name.
import type { ReactNode } from 'react';
import type { ViewId } from './views';

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg className="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export function ViewIcon({ view }: { view: ViewId }) {
  switch (view) {
    case 'inbox':
      return (
        <Icon>
          <path d="M3 11.5 5 4.5h10l2 7" />
          <path d="M3 11.5V15a1.5 1.5 0 0 0 1.5 1.5h11A1.5 1.5 0 0 0 17 15v-3.5h-4a3 3 0 0 1-6 0Z" />
        </Icon>
      );
    case 'alerts':
      // A bell.
      return (
        <Icon>
          <path d="M5 14V9a5 5 0 0 1 10 0v5l1.5 1.5h-13z" />
          <path d="M8.5 17.5a1.5 1.5 0 0 0 3 0" />
        </Icon>
      );
    case 'supervisor':
      // Queues side by side: the overview of every brand and channel.
      return (
        <Icon>
          <rect x="3" y="4" width="14" height="12" rx="1.5" />
          <path d="M3 8h14M8 8v8M12.5 8v8" />
        </Icon>
      );
    case 'reports':
      return (
        <Icon>
          <path d="M3.5 16.5h13" />
          <path d="M6 13.5v-4M10 13.5V5.5M14 13.5v-6" />
        </Icon>
      );
    case 'settings':
      return (
        <Icon>
          <path d="M3.5 6h6M13.5 6h3M3.5 14h2M9.5 14h7" />
          <circle cx="11.5" cy="6" r="2" />
          <circle cx="7.5" cy="14" r="2" />
        </Icon>
      );
    case 'about':
      return (
        <Icon>
          <circle cx="10" cy="10" r="7" />
          <path d="M10 9v4.5M10 6.5v.01" />
        </Icon>
      );
  }
}

export function SunIcon() {
  return (
    <Icon>
      <circle cx="10" cy="10" r="3.25" />
      <path d="M10 2.5v1.5M10 16v1.5M2.5 10H4M16 10h1.5M4.7 4.7l1.06 1.06M14.24 14.24l1.06 1.06M4.7 15.3l1.06-1.06M14.24 5.76l1.06-1.06" />
    </Icon>
  );
}

export function MoonIcon() {
  return (
    <Icon>
      <path d="M16 12.2A6.5 6.5 0 0 1 7.8 4a6.5 6.5 0 1 0 8.2 8.2Z" />
    </Icon>
  );
}

/** The product mark: a speech bubble at a service counter ("sportello"). */
export function BrandMark() {
  return (
    <svg className="brand-mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect className="brand-mark__tile" width="24" height="24" rx="6" />
      <path
        className="brand-mark__bubble"
        d="M7.5 6.5h9a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-4l-3.5 3v-3h-1.5a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2Z"
      />
    </svg>
  );
}
