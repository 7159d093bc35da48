// SLA alerts: the totals, the conversations that need attention now, the log of what fired (with
// snooze), and (in the browser host) the switch that lets the console show desktop notifications.
// The counts per brand and channel are the Supervisor view's.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SportelloApi } from '../../../shared/api';
import type { AlertSummary, AppInfo, ConsoleRole } from '../../../shared/contract';
import { AlertLog } from '../alerts/AlertLog';
import { AttentionList } from '../alerts/AttentionList';
import { splitAttention } from '../alerts/sla-state';
import { useAlertFeed } from '../alerts/useAlertFeed';
import { notificationPermission, requestNotificationPermission } from '../alerts/web-notifications';
import type { ReportError } from '../errors/useCallErrors';
import { useNow } from '../format/useNow';
import { ViewLayout } from './ViewLayout';

interface Props {
  api: SportelloApi;
  host: AppInfo['host'];
  role: ConsoleRole;
  summary: AlertSummary;
  reportError: ReportError;
  onOpenConversation: (id: number) => void;
}

export function AlertsView({ api, host, role, summary, reportError, onOpenConversation }: Props) {
  const { t } = useTranslation();
  const { log, attention, snooze } = useAlertFeed(api, reportError);
  const [permission, setPermission] = useState(notificationPermission);
  const now = useNow(15_000);
  const { atRisk, breached } = attention === null ? { atRisk: null, breached: null } : splitAttention(attention, now);

  return (
    <ViewLayout title={t('alerts.title')}>
      <p className="alerts__role">{t(`alerts.roleHint.${role}`)}</p>
      <dl className="metrics">
        <div className="metric">
          <dt className="metric__name">{t('alerts.summary.atRisk')}</dt>
          <dd className="metric__value">{summary.atRisk - summary.breached}</dd>
        </div>
        <div className="metric">
          <dt className="metric__name">{t('alerts.summary.breached')}</dt>
          <dd className="metric__value">{summary.breached}</dd>
        </div>
      </dl>
      {host === 'browser' && permission !== 'granted' && (
        <div className="alerts__permission" role="note">
          <p>{permission === 'denied' ? t('alerts.permission.denied') : permission === 'unsupported' ? t('alerts.permission.unsupported') : t('alerts.permission.ask')}</p>
          {permission === 'default' && (
            <button type="button" className="button button--primary" onClick={() => void requestNotificationPermission().then(setPermission)}>
              {t('alerts.permission.allow')}
            </button>
          )}
        </div>
      )}
      <section className="alerts__section" aria-labelledby="alerts-at-risk">
        <h2 id="alerts-at-risk" className="section-title">
          {t('alerts.attention.atRiskTitle')}
        </h2>
        {atRisk === null ? <p role="status">{t('alerts.loading')}</p> : <AttentionList items={atRisk} empty={t('alerts.attention.noneAtRisk')} onOpen={onOpenConversation} />}
      </section>
      <section className="alerts__section" aria-labelledby="alerts-breached">
        <h2 id="alerts-breached" className="section-title">
          {t('alerts.attention.breachedTitle')}
        </h2>
        {breached === null ? <p role="status">{t('alerts.loading')}</p> : <AttentionList items={breached} empty={t('alerts.attention.noneBreached')} onOpen={onOpenConversation} />}
      </section>
      <section className="alerts__section" aria-labelledby="alerts-log">
        <h2 id="alerts-log" className="section-title">
          {t('alerts.log.title')}
        </h2>
        {log === null ? <p role="status">{t('alerts.loading')}</p> : <AlertLog entries={log} onOpen={onOpenConversation} onSnooze={(id, minutes) => void snooze(id, minutes)} />}
      </section>
    </ViewLayout>
  );
}
