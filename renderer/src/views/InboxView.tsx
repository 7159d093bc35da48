import { useTranslation } from 'react-i18next';
import { EmptyState } from './EmptyState';
import { EmptyInboxIllustration } from './illustrations';
import { ViewLayout } from './ViewLayout';

/** Empty until accounts can be connected: the queue arrives with that feature. */
export function InboxView() {
  const { t } = useTranslation();
  return (
    <ViewLayout title={t('inbox.title')}>
      <EmptyState illustration={<EmptyInboxIllustration />} title={t('inbox.emptyTitle')} body={t('inbox.emptyBody')} />
    </ViewLayout>
  );
}
