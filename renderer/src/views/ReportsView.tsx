import { useTranslation } from 'react-i18next';
import { EmptyState } from './EmptyState';
import { EmptyReportsIllustration } from './illustrations';
import { ViewLayout } from './ViewLayout';

/** The two numbers that matter in social care; they stay blank until there are conversations. */
export function ReportsView() {
  const { t } = useTranslation();
  const metrics = [
    { name: t('reports.responseRate'), hint: t('reports.responseRateHint') },
    { name: t('reports.responseTime'), hint: t('reports.responseTimeHint') },
  ];
  return (
    <ViewLayout title={t('reports.title')}>
      <dl className="metrics">
        {metrics.map((metric) => (
          <div key={metric.name} className="metric">
            <dt className="metric__name">{metric.name}</dt>
            <dd className="metric__value">
              <span aria-hidden="true">—</span>
              <span className="visually-hidden">{t('reports.noData')}</span>
            </dd>
            <dd className="metric__hint">{metric.hint}</dd>
          </div>
        ))}
      </dl>
      <EmptyState illustration={<EmptyReportsIllustration />} title={t('reports.emptyTitle')} body={t('reports.emptyBody')} />
    </ViewLayout>
  );
}
