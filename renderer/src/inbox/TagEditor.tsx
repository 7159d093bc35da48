// The conversation's tags as removable chips, and a field that adds one (Enter), suggesting the
// workspace's existing tags.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  tags: readonly string[];
  known: readonly string[];
  onChange: (tags: string[]) => void;
}

export function TagEditor({ tags, known, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const add = () => {
    const name = text.trim();
    if (name && !tags.some((tag) => tag.toLowerCase() === name.toLowerCase())) onChange([...tags, name]);
    setText('');
  };
  return (
    <div className="tags">
      <ul className="tags__list" aria-label={t('conversation.tags.label')}>
        {tags.map((tag) => (
          <li key={tag} className="tag">
            {tag}
            <button type="button" className="tag__remove" aria-label={t('conversation.tags.remove', { tag })} onClick={() => onChange(tags.filter((other) => other !== tag))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        className="text-field tags__input"
        list={`${id}-known`}
        value={text}
        maxLength={40}
        aria-label={t('conversation.tags.add')}
        placeholder={t('conversation.tags.add')}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            add();
          }
        }}
      />
      <datalist id={`${id}-known`}>
        {known.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
    </div>
  );
}
