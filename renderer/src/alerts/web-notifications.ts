// Alerts in the browser host: the Web Notification API, which Chromium shows as OS notifications.
// (The Electron shell shows its own, from the main process; see electron/main/alerts.ts.)
import type { TFunction } from 'i18next';
import type { AlertGroup } from '../../../shared/contract';
import { alertNotificationText } from '../../../shared/alerts/alert-text';

export type NotificationPermissionState = NotificationPermission | 'unsupported';

export function notificationPermission(): NotificationPermissionState {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

export async function requestNotificationPermission(): Promise<NotificationPermissionState> {
  if (typeof Notification === 'undefined') return 'unsupported';
  return Notification.requestPermission();
}

/** One notification per group; a click brings the console forward on the first conversation. */
export function showWebNotifications(groups: readonly AlertGroup[], t: TFunction, onOpen: (conversationId: number) => void): void {
  if (notificationPermission() !== 'granted') return;
  for (const group of groups) {
    const { title, body, tag } = alertNotificationText(t, group, Date.now());
    const notification = new Notification(title, { body, tag, silent: !group.sound });
    const first = group.alerts[0];
    notification.onclick = () => {
      window.focus();
      if (first) onOpen(first.conversationId);
      notification.close();
    };
  }
}
