import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineConfirm } from '../shell/InlineConfirm';

interface Props {
  onRemove: () => Promise<void>;
}

/** Always in view while the demo is open, so simulated customers are never taken for real ones. */
export function DemoLabel({ onRemove }: Props) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <section className="demo-label" aria-labelledby={labelId}>
      <span className="demo-label__tag" aria-hidden="true">
        {t('demo.tag')}
      </span>
      <p id={labelId} className="demo-label__text">
        {t('demo.label')}
      </p>
      <InlineConfirm
        action={t('demo.remove')}
        question={t('demo.removeQuestion')}
        confirm={t('demo.removeConfirm')}
        keep={t('demo.keep')}
        onConfirm={onRemove}
      />
    </section>
  );
}
