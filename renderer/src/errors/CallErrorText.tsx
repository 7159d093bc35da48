// A refused call in words: the translated headline for its kind, then core's detail (see
// decisions.md, "Error text"). One place, so every form and banner says errors the same way.
import { useTranslation } from 'react-i18next';
import type { CallError } from '../../../shared/outcome';

export function CallErrorText({ error }: { error: Pick<CallError, 'kind' | 'message'> }) {
  const { t } = useTranslation();
  return (
    <>
      <strong>{t(`errors.kinds.${error.kind}`)}</strong> <span>{error.message}</span>
    </>
  );
}
