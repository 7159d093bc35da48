// Every keyboard shortcut on one sheet, opened with "?" from anywhere but a text field. A native
// modal <dialog>: focus moves into it, Escape closes it, and focus returns where it was.
import { useTranslation } from 'react-i18next';
import { useModalDialog } from './useModalDialog';
import { viewIds } from './views';

interface Props {
  open: boolean;
  onClose: () => void;
}

const groups = [
  {
    id: 'queue',
    entries: [
      { keys: ['J', 'K'], label: 'shortcuts.queue.0' },
      { keys: ['↑', '↓'], label: 'shortcuts.queue.1' },
      { keys: ['Enter'], label: 'shortcuts.queue.2' },
      { keys: ['/'], label: 'shortcuts.queue.3' },
    ],
  },
  {
    id: 'conversation',
    entries: [
      { keys: ['R'], label: 'shortcuts.conversation.0' },
      { keys: ['N'], label: 'shortcuts.conversation.1' },
      { keys: ['E'], label: 'shortcuts.conversation.2' },
      { keys: ['S'], label: 'shortcuts.conversation.3' },
      { keys: ['Ctrl+Enter'], label: 'shortcuts.conversation.4' },
    ],
  },
] as const;

export function ShortcutSheet({ open, onClose }: Props) {
  const { t } = useTranslation();
  const ref = useModalDialog(open);
  return (
    <dialog ref={ref} className="shortcut-sheet" aria-labelledby="shortcut-sheet-title" onClose={onClose}>
      <h2 id="shortcut-sheet-title">{t('shortcuts.title')}</h2>
      <section aria-labelledby="shortcuts-views">
        <h3 id="shortcuts-views">{t('shortcuts.group.views')}</h3>
        <dl className="shortcut-sheet__list">
          {viewIds.map((view, index) => (
            <div key={view} className="shortcut-sheet__row">
              <dt>
                <kbd>{t('navigation.shortcut', { number: index + 1 })}</kbd>
              </dt>
              <dd>{t(`navigation.${view}`)}</dd>
            </div>
          ))}
        </dl>
      </section>
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`shortcuts-${group.id}`}>
          <h3 id={`shortcuts-${group.id}`}>{t(`shortcuts.group.${group.id}`)}</h3>
          <dl className="shortcut-sheet__list">
            {group.entries.map((entry) => (
              <div key={entry.label} className="shortcut-sheet__row">
                <dt>
                  {entry.keys.map((key) => (
                    <kbd key={key}>{key}</kbd>
                  ))}
                </dt>
                <dd>{t(entry.label)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <form method="dialog">
        <button type="submit" className="button button--primary" autoFocus>
          {t('shortcuts.close')}
        </button>
      </form>
    </dialog>
  );
}
