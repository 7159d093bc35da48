// Alerts as the console sees them: the at-risk counts (navigation badge, window title), Web
// Notifications in the browser host, and requests to show a conversation (a notification clicked).
import { useEffect, useEffectEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SportelloApi } from '../../../shared/api';
import type { AlertSummary, AppInfo } from '../../../shared/contract';
import { showWebNotifications } from './web-notifications';

export function useAlerts(api: SportelloApi, host: AppInfo['host'], openConversation: (id: number) => void): AlertSummary {
  const { t } = useTranslation();
  const [summary, setSummary] = useState<AlertSummary>({ atRisk: 0, breached: 0 });
  const open = useEffectEvent(openConversation);
  const notify = useEffectEvent((groups: Parameters<typeof showWebNotifications>[0]) => showWebNotifications(groups, t, open));

  useEffect(() => {
    let pushed = false;
    const unsubscribers = [
      api.on('alerts.summary', (next) => {
        pushed = true;
        setSummary(next);
      }),
      api.on('console.openConversation', ({ id }) => open(id)),
      // The Electron shell notifies from its main process; only the browser host does it here.
      api.on('alerts.fired', (groups) => {
        if (host === 'browser') notify(groups);
      }),
    ];
    void api.call('alerts.summary', {}).then((outcome) => {
      if (outcome.ok && !pushed) setSummary(outcome.value);
    });
    return () => {
      for (const unsubscribe of unsubscribers) unsubscribe();
    };
  }, [api, host]);

  // The window title carries the count, so a console in another tab or behind windows still shows it.
  useEffect(() => {
    const base = t('app.name');
    document.title = summary.atRisk > 0 ? t('alerts.windowTitle', { count: summary.atRisk, app: base }) : base;
  }, [summary.atRisk, t]);

  return summary;
}
