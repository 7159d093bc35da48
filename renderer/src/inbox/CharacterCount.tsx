import { useTranslation } from 'react-i18next';

/** Characters as the platforms count them (code points: an emoji is one, not two). */
export function characterCount(text: string): number {
  return [...text].length;
}

interface Props {
  id: string;
  count: number;
  max: number;
}

/** "120/2000" on screen; the full sentence for screen readers, and a warning past the limit. */
export function CharacterCount({ id, count, max }: Props) {
  const { t } = useTranslation();
  const over = count - max;
  return (
    <span id={id} className={`character-count${over > 0 ? ' character-count--over' : ''}`}>
      {over > 0 ? (
        t('composer.tooLong', { count: over })
      ) : (
        <>
          <span aria-hidden="true">{t('composer.count', { count, max })}</span>
          <span className="visually-hidden">{t('composer.countSpoken', { count, max })}</span>
        </>
      )}
    </span>
  );
}
