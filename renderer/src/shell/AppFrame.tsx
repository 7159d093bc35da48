import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { BrandMark } from './icons';

interface Props {
  mainRef: RefObject<HTMLElement | null>;
  navigation: ReactNode;
  banners: ReactNode;
  statusBar: ReactNode;
  children: ReactNode;
}

const mainId = 'main-content';

/** The console's layout: skip link, sidebar with navigation, the current view, the status bar. */
export function AppFrame({ mainRef, navigation, banners, statusBar, children }: Props) {
  const { t } = useTranslation();
  return (
    <div className="app-frame">
      <a
        className="skip-link"
        href={`#${mainId}`}
        onClick={(event) => {
          // Move focus ourselves instead of changing the URL fragment, which the browser host
          // reads for its connection token.
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t('shell.skipToContent')}
      </a>
      <div className="sidebar">
        <div className="sidebar__brand">
          <BrandMark />
          <span className="sidebar__product">{t('app.name')}</span>
        </div>
        {navigation}
      </div>
      <main id={mainId} ref={mainRef} tabIndex={-1} className="main">
        {banners}
        {children}
      </main>
      {statusBar}
    </div>
  );
}
