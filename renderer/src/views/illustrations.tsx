// Empty-state drawings made of SVG shapes coloured by the theme's CSS variables: no image files,
// nothing fetched. Decorative, so hidden from assistive technology.

export function EmptyInboxIllustration() {
  return (
    <svg className="illustration" viewBox="0 0 160 120" aria-hidden="true" focusable="false">
      <ellipse className="illustration__shadow" cx="80" cy="108" rx="56" ry="6" />
      <path className="illustration__surface" d="M28 62 42 30h76l14 32v34a6 6 0 0 1-6 6H34a6 6 0 0 1-6-6Z" />
      <path className="illustration__line" d="M28 62h30a22 22 0 0 0 44 0h30" />
      <path className="illustration__accent" d="M62 10h36a10 10 0 0 1 10 10v10a10 10 0 0 1-10 10H76l-8 8v-8h-6a10 10 0 0 1-10-10V20a10 10 0 0 1 10-10Z" />
      <circle className="illustration__on-accent" cx="68" cy="25" r="3" />
      <circle className="illustration__on-accent" cx="80" cy="25" r="3" />
      <circle className="illustration__on-accent" cx="92" cy="25" r="3" />
    </svg>
  );
}

export function EmptyReportsIllustration() {
  return (
    <svg className="illustration" viewBox="0 0 160 120" aria-hidden="true" focusable="false">
      <ellipse className="illustration__shadow" cx="80" cy="108" rx="56" ry="6" />
      <rect className="illustration__surface" x="28" y="18" width="104" height="84" rx="8" />
      <path className="illustration__line" d="M44 86h72" />
      <rect className="illustration__muted" x="48" y="62" width="12" height="24" rx="3" />
      <rect className="illustration__accent-soft" x="68" y="48" width="12" height="38" rx="3" />
      <rect className="illustration__muted" x="88" y="56" width="12" height="30" rx="3" />
      <path className="illustration__line illustration__line--dashed" d="M44 40h72" />
    </svg>
  );
}
