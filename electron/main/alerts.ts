// SLA alerts on the desktop: one OS notification per group of alerts that fired together, and the
// number of conversations needing attention on the dock/launcher badge and in a tray icon's
// tooltip. Core decides what fires and when (role, quiet hours, snooze, the notifications
// setting); this file only shows it. Electron is injected so the shell tests can pass the fake.
import type { App, NativeImage, Notification as ElectronNotification, Tray as ElectronTray } from 'electron';
import { alertNotificationText } from '../../shared/alerts/alert-text';
import type { AlertGroup, AlertSummary, LanguagePreference } from '../../shared/contract';
import { createI18n, resolveLanguage } from '../../shared/i18n';
import type { Core } from '../core/create-core';
import type { Logger } from '../core/logger';

export interface AlertShell {
  Notification: Pick<typeof ElectronNotification, 'isSupported'> &
    (new (options: ConstructorParameters<typeof ElectronNotification>[0]) => Pick<ElectronNotification, 'show' | 'close' | 'on'>);
  app: Pick<App, 'setBadgeCount' | 'getPreferredSystemLanguages'>;
  /** Absent where there is no tray to show (then only the badge is kept up to date). */
  Tray?: new (image: NativeImage) => Pick<ElectronTray, 'setToolTip' | 'on' | 'destroy'>;
  nativeImage?: { createFromPath(path: string): Pick<NativeImage, 'resize'> };
  core: Pick<Core, 'events' | 'dispatch'> & { settings: Pick<Core['settings'], 'get'> };
  /** Brings the console window to the front (restoring it if minimised). */
  focusWindow: () => void;
  iconPath: string;
  logger: Logger;
  /** For tests: the time the notification text counts minutes from. */
  now?: () => number;
}

type ShownNotification = Pick<ElectronNotification, 'close'>;

/**
 * Notifications kept alive at most. Windows moves a timed-out toast to the Action Center, where it
 * can still be clicked only while we hold its object; this bounds what a long day accumulates.
 */
const keptNotifications = 50;

/** Starts showing alerts; returns a function that stops and removes the tray icon. */
export function wireAlerts(shell: AlertShell): () => void {
  const { Notification, app, Tray, nativeImage, core, focusWindow, iconPath, logger } = shell;
  const now = shell.now ?? Date.now;
  let language: LanguagePreference = core.settings.get().language;
  let t = translator(language);
  // By tag: a newer notification with the same tag replaces the older one, as Web Notifications do
  // in the browser host. Holding them also keeps them from being garbage collected, after which
  // Electron drops their 'click' (and macOS removes them from the Notification Center).
  const shown = new Map<string, ShownNotification>();
  let tray: Pick<ElectronTray, 'setToolTip' | 'on' | 'destroy'> | undefined;
  let summary: AlertSummary | undefined;

  function translator(preference: LanguagePreference) {
    return createI18n(resolveLanguage(preference, app.getPreferredSystemLanguages())).t;
  }

  function notify(group: AlertGroup): void {
    const [first] = group.alerts;
    if (!first || !Notification.isSupported()) return;
    const text = alertNotificationText(t, group, now());
    const notification = new Notification({ title: text.title, body: text.body, silent: !group.sound, icon: iconPath });
    const forget = () => {
      if (shown.get(text.tag) === notification) shown.delete(text.tag);
    };
    notification.on('click', () => {
      focusWindow();
      core.events.emit('console.openConversation', { id: first.conversationId });
      forget();
    });
    notification.on('close', (details) => {
      // Timed out on Windows: it is in the Action Center and can still be clicked, so keep it.
      if (details?.reason !== 'timedOut') forget();
    });
    const previous = shown.get(text.tag);
    if (previous) {
      shown.delete(text.tag);
      previous.close();
    }
    shown.set(text.tag, notification);
    if (shown.size > keptNotifications) shown.delete(shown.keys().next().value as string);
    notification.show();
  }

  function showSummary(next: AlertSummary): void {
    summary = next;
    // macOS dock and Linux launchers that support it; elsewhere it returns false, and the tray says it.
    app.setBadgeCount(next.atRisk);
    updateTray();
  }

  function updateTray(): void {
    if (!summary || !Tray || !nativeImage) return;
    if (!tray) {
      // Created the first time something is at risk, then kept: an icon that comes and goes would
      // shuffle the user's tray. Held here so it is not garbage collected (which removes it).
      if (summary.atRisk === 0) return;
      tray = new Tray(nativeImage.createFromPath(iconPath).resize({ width: 16, height: 16 }));
      tray.on('click', () => focusWindow());
    }
    // atRisk counts breached conversations too; the Alerts view shows the two apart, and so does this.
    const values = { app: t('app.name'), atRisk: summary.atRisk - summary.breached, breached: summary.breached };
    tray.setToolTip(summary.atRisk === 0 ? t('alerts.tray.none', values) : t('alerts.tray.tooltip', values));
  }

  /** Listeners run inside core's alert scheduler: a failure here must not stop it. */
  function guarded<T>(what: string, listener: (payload: T) => void): (payload: T) => void {
    return (payload) => {
      try {
        listener(payload);
      } catch (error) {
        logger.error(`could not ${what}`, { error: String(error) });
      }
    };
  }

  let summaryArrived = false;
  const unsubscribe = [
    core.events.on('alerts.fired', guarded('show an alert notification', (groups) => groups.forEach(notify))),
    core.events.on(
      'alerts.summary',
      guarded('show the alert summary', (next) => {
        summaryArrived = true;
        showSummary(next);
      }),
    ),
    core.events.on(
      'settings.changed',
      guarded('change the alerts language', (settings) => {
        if (settings.language === language) return;
        language = settings.language;
        t = translator(language);
        updateTray();
      }),
    ),
  ];

  // Core published its first summary while it started, before anyone listened: ask once.
  void core.dispatch('alerts.summary', {}).then((outcome) => {
    if (outcome.ok && !summaryArrived) guarded('show the alert summary', showSummary)(outcome.value as AlertSummary);
  });

  return () => {
    for (const stop of unsubscribe) stop();
    tray?.destroy();
    tray = undefined;
  };
}
