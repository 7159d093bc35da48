// SLA alerts in the Electron shell, against the fake electron module: what the OS notification says
// and does when clicked, and what the badge and the tray show. First `wireAlerts` on its own with a
// real EventHub, then once through main/index.ts with the real core and IPC forwarding.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// Resolved to tests/fakes/electron.ts by the shell project's alias, typed as the real module.
import * as electron from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as CreateCore from '../../electron/core/create-core';
import type { Core } from '../../electron/core/create-core';
import { EventHub } from '../../electron/core/event-hub';
import type { Logger } from '../../electron/core/logger';
import { wireAlerts } from '../../electron/main/alerts';
import type { AlertEntry, AlertGroup, AlertSummary, Settings } from '../../shared/contract';
import { fake, type FakeBrowserWindow } from '../fakes/electron';

const now = Date.UTC(2026, 2, 10, 9, 0, 0);
const iconPath = '/app/resources/icon.png';

function entry(conversationId: number, overrides: Partial<AlertEntry> = {}): AlertEntry {
  return {
    id: conversationId,
    conversationId,
    level: 'warning',
    stage: 'first_response',
    dueAt: now + 10 * 60_000,
    firedAt: now,
    delivery: 'notified',
    snoozedUntil: null,
    brandName: 'Pizzeria Da Gino',
    contactName: 'Maria Rossi',
    ...overrides,
  };
}

function warning(alerts: AlertEntry[], sound = true): AlertGroup {
  return { level: 'warning', alerts, reminder: false, sound };
}

function settingsWith(language: Settings['language']): Settings {
  return {
    language,
    theme: 'system',
    role: 'agent',
    alerts: { notifications: true, sound: true, quietHours: { enabled: false, from: '22:00', to: '07:00' } },
    agentName: '',
  };
}

describe('wireAlerts', () => {
  let events: EventHub;
  let settings: Settings;
  let initialSummary: AlertSummary;
  let focused: number;
  let errors: string[];
  let stop: (() => void) | undefined;

  beforeEach(() => {
    fake.reset();
    events = new EventHub();
    settings = settingsWith('system');
    initialSummary = { atRisk: 0, breached: 0 };
    focused = 0;
    errors = [];
  });
  afterEach(() => stop?.());

  const logger: Logger = { info: () => {}, warn: () => {}, error: (message) => errors.push(message) };

  function start(overrides: Partial<Parameters<typeof wireAlerts>[0]> = {}) {
    const core = {
      events,
      settings: { get: () => settings },
      dispatch: (name: unknown) => Promise.resolve(name === 'alerts.summary' ? { ok: true as const, value: initialSummary } : { ok: true as const, value: {} }),
    } as Pick<Core, 'events' | 'dispatch'> & { settings: Pick<Core['settings'], 'get'> };
    stop = wireAlerts({
      Notification: electron.Notification,
      app: electron.app,
      Tray: electron.Tray,
      nativeImage: electron.nativeImage,
      core,
      focusWindow: () => {
        focused += 1;
      },
      iconPath,
      logger,
      now: () => now,
      ...overrides,
    });
  }

  function changeLanguage(language: Settings['language']) {
    settings = settingsWith(language);
    events.emit('settings.changed', settings);
  }

  it('shows one notification per group, in the system language, with the app icon', () => {
    start();
    events.emit('alerts.fired', [warning([entry(7)]), { level: 'breach', alerts: [entry(8)], reminder: false, sound: true }]);
    expect(fake.notifications).toHaveLength(2);
    const [first] = fake.notifications;
    expect(first!.options).toEqual({
      title: 'Reply soon: Maria Rossi (Pizzeria Da Gino)',
      body: 'The response target runs out in 10 minutes.',
      silent: false,
      icon: iconPath,
    });
    expect(first!.shownTimes).toBe(1);
    expect(fake.notifications[1]!.options.title).toBe('Target missed: Maria Rossi (Pizzeria Da Gino)');
  });

  it('is silent when the alert comes without sound', () => {
    start();
    events.emit('alerts.fired', [warning([entry(7)], false)]);
    expect(fake.notifications[0]!.options.silent).toBe(true);
  });

  it('speaks Italian when the system does, and follows a language change', () => {
    fake.systemLanguages = ['it-IT'];
    start();
    events.emit('alerts.fired', [warning([entry(7)])]);
    expect(fake.notifications[0]!.options.title).toBe('Rispondi presto: Maria Rossi (Pizzeria Da Gino)');
    changeLanguage('en');
    events.emit('alerts.fired', [warning([entry(8)])]);
    expect(fake.notifications[1]!.options.title).toBe('Reply soon: Maria Rossi (Pizzeria Da Gino)');
    changeLanguage('it');
    events.emit('alerts.fired', [warning([entry(1), entry(2), entry(3), entry(4), entry(5), entry(6), entry(9)])]);
    expect(fake.notifications[2]!.options.title).toBe('7 conversazioni scadono entro 10 minuti');
  });

  it('on click brings the window forward and opens the first conversation of the group', () => {
    start();
    const opened: number[] = [];
    events.on('console.openConversation', ({ id }) => opened.push(id));
    events.emit('alerts.fired', [warning([entry(42), entry(43)])]);
    fake.notifications[0]!.click();
    expect(focused).toBe(1);
    expect(opened).toEqual([42]);
  });

  it('replaces an earlier notification about the same conversation instead of stacking', () => {
    start();
    events.emit('alerts.fired', [warning([entry(7)])]);
    events.emit('alerts.fired', [{ level: 'breach', alerts: [entry(7)], reminder: false, sound: true }]);
    expect(fake.notifications.map((notification) => notification.closed)).toEqual([true, false]);
    // Another conversation is another notification.
    events.emit('alerts.fired', [warning([entry(8)])]);
    expect(fake.notifications[1]!.closed).toBe(false);
  });

  it('holds a notification timed out into the Windows Action Center, drops one the user closed', () => {
    start();
    events.emit('alerts.fired', [warning([entry(7)]), warning([entry(8)])]);
    const [timedOut, dismissed] = fake.notifications;
    timedOut!.emit('close', { reason: 'timedOut' });
    dismissed!.emit('close', { reason: 'userCanceled' });
    const closeTimedOut = vi.spyOn(timedOut!, 'close');
    const closeDismissed = vi.spyOn(dismissed!, 'close');
    // A newer alert about the same conversations replaces only what is still held.
    events.emit('alerts.fired', [warning([entry(7)]), warning([entry(8)])]);
    expect(closeTimedOut).toHaveBeenCalledTimes(1);
    expect(closeDismissed).not.toHaveBeenCalled();
  });

  it('shows nothing where the system has no notifications, and keeps the badge', () => {
    fake.notificationsSupported = false;
    start();
    events.emit('alerts.fired', [warning([entry(7)])]);
    events.emit('alerts.summary', { atRisk: 1, breached: 0 });
    expect(fake.notifications).toHaveLength(0);
    expect(fake.badgeCounts).toContain(1);
  });

  it('a failing notification is logged and does not reach core’s scheduler', () => {
    class Broken {
      static isSupported = () => true;
      constructor() {
        throw new Error('no notification daemon');
      }
    }
    start({ Notification: Broken as never });
    expect(() => events.emit('alerts.fired', [warning([entry(7)])])).not.toThrow();
    expect(errors).toEqual(['could not show an alert notification']);
  });

  it('puts the at-risk count on the badge and both counts in a tray tooltip', async () => {
    start();
    // The first summary comes from a call, as core published it before anyone listened.
    await vi.waitFor(() => expect(fake.badgeCounts).toEqual([0]));
    expect(fake.trays).toHaveLength(0); // no icon until something is at risk

    events.emit('alerts.summary', { atRisk: 3, breached: 1 });
    expect(fake.badgeCounts).toEqual([0, 3]);
    expect(fake.trays).toHaveLength(1);
    const [tray] = fake.trays;
    expect(tray!.image).toMatchObject({ path: iconPath, size: { width: 16, height: 16 } });
    expect(tray!.tooltip).toBe('Sportello: 2 conversations at risk, 1 breached');

    changeLanguage('it');
    expect(tray!.tooltip).toBe('Sportello: 2 conversazioni a rischio, 1 scaduta');
    events.emit('alerts.summary', { atRisk: 0, breached: 0 });
    expect(fake.badgeCounts.at(-1)).toBe(0);
    expect(fake.trays).toHaveLength(1); // the same icon stays
    expect(tray!.tooltip).toBe('Sportello: nessuna conversazione a rischio');

    tray!.click();
    expect(focused).toBe(1);
  });

  it('keeps a summary pushed while the first one was being fetched', async () => {
    initialSummary = { atRisk: 9, breached: 9 };
    start();
    events.emit('alerts.summary', { atRisk: 1, breached: 0 });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fake.badgeCounts).toEqual([1]);
  });

  it('stops and removes the tray icon when unwired', () => {
    start();
    events.emit('alerts.summary', { atRisk: 1, breached: 0 });
    stop?.();
    stop = undefined;
    expect(fake.trays[0]!.destroyed).toBe(true);
    events.emit('alerts.fired', [warning([entry(7)])]);
    expect(fake.notifications).toHaveLength(0);
  });
});

describe('alerts through the Electron main process', () => {
  let userData: string;
  let core: Core | undefined;

  beforeEach(() => {
    fake.reset();
    core = undefined;
    userData = fs.mkdtempSync(path.join(os.tmpdir(), 'sportello-alerts-'));
    fake.userDataPath = userData;
    vi.stubEnv('SPORTELLO_DATA_DIR', '');
    vi.stubEnv('SPORTELLO_NO_DEMO', '1');
    vi.stubEnv('ELECTRON_RENDERER_URL', undefined as unknown as string);
  });
  afterEach(async () => {
    fake.emitApp('will-quit');
    await new Promise((resolve) => setTimeout(resolve, 50)); // let core close its database
    vi.doUnmock('../../electron/core/create-core');
    vi.unstubAllEnvs();
    fs.rmSync(userData, { recursive: true, force: true });
  });

  /** Starts main with the real core, keeping a handle on it to emit what its scheduler would. */
  async function startMain(): Promise<FakeBrowserWindow> {
    vi.resetModules();
    vi.doMock('../../electron/core/create-core', async (importOriginal) => {
      const real = await importOriginal<typeof CreateCore>();
      return { ...real, createCore: async (...args: Parameters<typeof real.createCore>) => (core = await real.createCore(...args)) };
    });
    await import('../../electron/main/index');
    fake.ready();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    return fake.windows[0]!;
  }

  it('notifies, and a click restores the window and tells it to open the conversation', async () => {
    const window = await startMain();
    await vi.waitFor(() => expect(fake.badgeCounts).toEqual([0])); // the first summary, fetched once
    window.minimized = true;

    core!.events.emit('alerts.fired', [warning([entry(42, { dueAt: Date.now() + 5 * 60_000 })])]);
    expect(fake.notifications).toHaveLength(1);
    expect(fake.notifications[0]!.options).toMatchObject({ title: 'Reply soon: Maria Rossi (Pizzeria Da Gino)', silent: false });
    expect(String(fake.notifications[0]!.options.icon)).toMatch(/resources[\\/]icon\.png$/);

    fake.notifications[0]!.click();
    expect(window.restoredTimes).toBe(1);
    expect(window.focusedTimes).toBe(1);
    expect(window.webContents.sent).toContainEqual({ channel: 'sportello:event', args: ['console.openConversation', { id: 42 }] });

    core!.events.emit('alerts.summary', { atRisk: 2, breached: 0 });
    expect(fake.badgeCounts.at(-1)).toBe(2);
    expect(fake.trays[0]!.tooltip).toBe('Sportello: 2 conversations at risk, 0 breached');
  });
});
