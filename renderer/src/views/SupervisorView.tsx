// The supervisor's overview: every brand's and channel's queue counted (each count opens the inbox
// filtered to it), the conversations closest to breach, and the feed of alerts as they fire.
// Updated live from core's events (see useAlertFeed).
import { useTranslation } from 'react-i18next';
import type { SportelloApi } from '../../../shared/api';
import { AlertLog } from '../alerts/AlertLog';
import { AttentionList } from '../alerts/AttentionList';
import { QueueCountsTable } from '../alerts/QueueCountsTable';
import { splitAttention } from '../alerts/sla-state';
import { useAlertFeed } from '../alerts/useAlertFeed';
import type { ReportError } from '../errors/useCallErrors';
import { useNow } from '../format/useNow';
import type { QueueFilter } from '../inbox/useQueue';
import { ViewLayout } from './ViewLayout';

interface Props {
  api: SportelloApi;
  reportError: ReportError;
  onOpenConversation: (id: number) => void;
  onShowQueue: (filter: QueueFilter) => void;
}

export function SupervisorView({ api, reportError, onOpenConversation, onShowQueue }: Props) {
  const { t } = useTranslation();
  const { log, attention, counts, snooze } = useAlertFeed(api, reportError, { withCounts: true });
  const now = useNow(15_000);
  const closest = attention === null ? null : splitAttention(attention, now).atRisk;

  return (
    <ViewLayout title={t('supervisor.title')}>
      <p className="alerts__role">{t('supervisor.intro')}</p>
      <section className="alerts__section" aria-labelledby="supervisor-queues">
        <h2 id="supervisor-queues" className="section-title">
          {t('alerts.counts.title')}
        </h2>
        {counts === null ? (
          <p role="status">{t('alerts.loading')}</p>
        ) : counts.length === 0 ? (
          <p className="alerts__empty">{t('supervisor.counts.none')}</p>
        ) : (
          <QueueCountsTable counts={counts} onShow={onShowQueue} />
        )}
      </section>
      <section className="alerts__section" aria-labelledby="supervisor-closest">
        <h2 id="supervisor-closest" className="section-title">
          {t('supervisor.closestTitle')}
        </h2>
        {closest === null ? <p role="status">{t('alerts.loading')}</p> : <AttentionList items={closest} empty={t('alerts.attention.noneAtRisk')} onOpen={onOpenConversation} />}
      </section>
      <section className="alerts__section" aria-labelledby="supervisor-feed">
        <h2 id="supervisor-feed" className="section-title">
          {t('supervisor.feedTitle')}
        </h2>
        {log === null ? <p role="status">{t('alerts.loading')}</p> : <AlertLog entries={log} onOpen={onOpenConversation} onSnooze={(id, minutes) => void snooze(id, minutes)} />}
      </section>
    </ViewLayout>
  );
}
