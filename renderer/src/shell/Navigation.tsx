import { useTranslation } from 'react-i18next';
import { ViewIcon } from './icons';
import { viewIds, viewShortcut, type ViewId } from './views';

interface Props {
  current: ViewId;
  onNavigate: (view: ViewId) => void;
  /** Conversations at risk or breached: a badge on Alerts. */
  atRisk: number;
}

export function Navigation({ current, onNavigate, atRisk }: Props) {
  const { t } = useTranslation();
  return (
    <nav className="navigation" aria-label={t('navigation.label')}>
      <ul className="navigation__list">
        {viewIds.map((view, index) => (
          <li key={view} className={`navigation__entry navigation__entry--${view}`}>
            <button
              type="button"
              className="navigation__item"
              aria-current={view === current ? 'page' : undefined}
              aria-keyshortcuts={viewShortcut(view)}
              // A tooltip for narrow windows, where the sidebar shows only the icon.
              title={t(`navigation.${view}`)}
              onClick={() => onNavigate(view)}
            >
              <ViewIcon view={view} />
              <span className="navigation__label">{t(`navigation.${view}`)}</span>
              {view === 'alerts' && atRisk > 0 && (
                <span className="unread-badge navigation__badge">
                  <span aria-hidden="true">{t('inbox.unreadBadge', { count: atRisk })}</span>
                  <span className="visually-hidden">{t('alerts.navBadge', { count: atRisk })}</span>
                </span>
              )}
              {/* Screen readers get the shortcut from aria-keyshortcuts; this is the visible hint. */}
              <kbd className="navigation__shortcut" aria-hidden="true">
                {t('navigation.shortcut', { number: index + 1 })}
              </kbd>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
