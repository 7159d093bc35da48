// The words of an alert notification, for the Electron shell (OS notifications) and the browser
// host (Web Notifications) alike: one group of alerts that fired together is one notification.
import type { i18n } from 'i18next';
import type { AlertGroup } from '../contract';

export interface NotificationText {
  title: string;
  body: string;
  /** Replaces an earlier notification with the same tag instead of stacking a new one. */
  tag: string;
}

/** Names shown in a grouped notification before "and N more". */
const namesShown = 3;

export function alertNotificationText(t: i18n['t'], group: AlertGroup, now: number): NotificationText {
  const [first] = group.alerts;
  const count = group.alerts.length;
  const who = (alert: AlertGroup['alerts'][number]) => t('alerts.who', { contact: alert.contactName ?? t('inbox.unknownCustomer'), brand: alert.brandName });
  const latestDue = Math.max(...group.alerts.map((alert) => alert.dueAt));
  const earliestDue = Math.min(...group.alerts.map((alert) => alert.dueAt));
  const minutes = Math.max(1, Math.ceil((latestDue - now) / 60_000));
  const overdueMinutes = Math.max(1, Math.floor((now - earliestDue) / 60_000));
  const values = { count, minutes, overdueMinutes, who: first ? who(first) : '' };
  const title = count === 1 ? t(`alerts.notification.${group.level}.one`, values) : t(`alerts.notification.${group.level}.many`, values);
  const names = group.alerts.slice(0, namesShown).map(who);
  const body =
    count === 1
      ? t(`alerts.notification.${group.level}.body`, values)
      : count <= namesShown
        ? names.join(' · ')
        : t('alerts.notification.andMore', { names: names.join(' · '), more: count - namesShown });
  return {
    title: group.reminder ? t('alerts.notification.reminder', { title }) : title,
    body,
    tag: count === 1 && first ? `sportello-alert-${first.conversationId}` : `sportello-alerts-${group.level}`,
  };
}
