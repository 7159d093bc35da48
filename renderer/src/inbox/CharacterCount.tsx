import { useTranslation } from 'react-i18next';
import type { TextLimit } from '../../../shared/composer/text-limits';

interface Props {
  id: string;
  /** The length as the platform counts it (`countCharacters`). */
  count: number;
  limit: TextLimit;
}

/** "120/2000" on screen; the full sentence for screen readers; past the limit, which platform refuses it and by how much. */
export function CharacterCount({ id, count, limit }: Props) {
  const { t } = useTranslation();
  const over = count - limit.max;
  return (
    <span id={id} className={`character-count${over > 0 ? ' character-count--over' : ''}`}>
      {over > 0 ? (
        t('textLimits.over', { platform: t(`textLimits.platform.${limit.platform}`), max: limit.max, count: over })
      ) : (
        <>
          <span aria-hidden="true">{t('composer.count', { count, max: limit.max })}</span>
          <span className="visually-hidden">{t('composer.countSpoken', { count, max: limit.max })}</span>
        </>
      )}
    </span>
  );
}
