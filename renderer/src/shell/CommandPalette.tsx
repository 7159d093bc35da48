// Ctrl/Cmd+K: every action by name. Type to narrow, arrows to choose, Enter to run, Escape to
// close. A native modal <dialog>, so focus is trapped inside and returns where it was.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from './useModalDialog';

export interface Command {
  id: string;
  label: string;
  /** The key that does the same, shown as a hint. */
  shortcut?: string;
  run: () => void;
}

interface Props {
  open: boolean;
  commands: readonly Command[];
  onClose: () => void;
}

export function CommandPalette({ open, commands, onClose }: Props) {
  const { t } = useTranslation();
  const ref = useModalDialog(open);
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const needle = query.trim().toLocaleLowerCase();
  const shown = commands.filter((command) => command.label.toLocaleLowerCase().includes(needle));
  const chosen = Math.min(active, Math.max(0, shown.length - 1));
  const run = (command: Command | undefined) => {
    if (!command) return;
    onClose();
    // After the dialog has closed and given focus back, so the command can move it.
    setTimeout(command.run, 0);
  };
  return (
    <dialog
      ref={ref}
      className="command-palette"
      aria-label={t('commands.title')}
      onClose={() => {
        setQuery('');
        setActive(0);
        onClose();
      }}
    >
      <input
        className="text-field command-palette__input"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={shown[chosen] ? `${listId}-${shown[chosen].id}` : undefined}
        aria-label={t('commands.search')}
        placeholder={t('commands.search')}
        autoFocus
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            const step = event.key === 'ArrowDown' ? 1 : -1;
            setActive((chosen + step + shown.length) % Math.max(1, shown.length));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            run(shown[chosen]);
          }
        }}
      />
      <ul id={listId} role="listbox" className="command-palette__list" aria-label={t('commands.title')}>
        {shown.map((command, index) => (
          <li
            key={command.id}
            id={`${listId}-${command.id}`}
            role="option"
            aria-selected={index === chosen}
            className={`command-palette__item${index === chosen ? ' command-palette__item--active' : ''}`}
            onMouseMove={() => setActive(index)}
            onClick={() => run(command)}
          >
            <span>{command.label}</span>
            {command.shortcut && <kbd>{command.shortcut}</kbd>}
          </li>
        ))}
        {shown.length === 0 && <li className="command-palette__empty">{t('commands.none')}</li>}
      </ul>
    </dialog>
  );
}
