/// <reference lib="dom" />
// The page-side code below (page.evaluate, addInitScript) runs in Chromium and uses DOM types.
// SLA alerts end to end in the demo workspace, with real Web Notifications in Chromium: an agent
// is warned before a customer's response target and alerted at the breach, and a click on the
// notification opens the conversation; a supervisor gets the breach and the escalation, not the
// warning, and follows the conversations at risk from the Alerts view.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshotDir, test } from './console-host';
import { control } from './simulator-control';

test.use({ locale: 'en-US', colorScheme: 'light', demo: true });

const shot = (name: string) => ({ path: path.join(screenshotDir, `${name}.png`) });

interface ShownNotification {
  title: string;
  body: string;
  at: number;
}

/** Lets the page show notifications and records each one the console creates (the real API underneath). */
async function recordNotifications(page: Page): Promise<void> {
  await page.context().grantPermissions(['notifications']);
  await page.addInitScript(() => {
    const Real = window.Notification;
    const shown: Array<{ title: string; body: string; at: number }> = [];
    const recorded: Notification[] = [];
    class Recorded extends Real {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options);
        shown.push({ title, body: options?.body ?? '', at: Date.now() });
        recorded.push(this);
      }
    }
    Object.assign(window, { Notification: Recorded, shownNotifications: shown, recordedNotifications: recorded });
  });
}

function notifications(page: Page): Promise<ShownNotification[]> {
  return page.evaluate(() => (window as unknown as { shownNotifications: ShownNotification[] }).shownNotifications);
}

async function notificationAt(page: Page, title: string, timeout: number): Promise<ShownNotification> {
  await expect.poll(async () => (await notifications(page)).some((shown) => shown.title === title), { timeout }).toBe(true);
  return (await notifications(page)).find((shown) => shown.title === title)!;
}

/** Sets the brand-wide target of Pizzeria Da Gino from Settings, as an operator would. */
async function setDaGinoTarget(page: Page, target: { firstResponseMinutes: string; warnPercent: string; escalationMinutes: string }) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  const form = page.getByRole('form', { name: 'Pizzeria Da Gino: all channels and priorities' });
  await form.getByRole('combobox', { name: 'Target' }).selectOption({ label: 'Custom' });
  await form.getByRole('spinbutton', { name: 'First response, minutes' }).fill(target.firstResponseMinutes);
  await form.getByRole('radio', { name: 'When this % of the time has passed' }).check();
  await form.getByRole('spinbutton', { name: 'When this % of the time has passed' }).fill(target.warnPercent);
  await form.getByRole('spinbutton', { name: 'Escalate to supervisors, minutes after a breach' }).fill(target.escalationMinutes);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('status')).toHaveText('Saved.');
}

/** A new customer writes to Da Gino `minutesAgo`; returns the due time the console shows on the row. */
async function customerWrote(page: Page, simulatorUrl: string | null, name: string, minutesAgo: number): Promise<number> {
  const seed = (await control(simulatorUrl, 'seed')) as { daGino: { id: string } };
  await control(simulatorUrl, 'messages', { pageId: seed.daGino.id, platform: 'messenger', customer: { name }, text: 'Buonasera, avete un tavolo per quattro?', minutesAgo });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Inbox' }).click();
  const row = page.getByRole('listbox', { name: 'Conversations' }).getByRole('option', { name });
  await expect(row).toBeVisible({ timeout: 15_000 });
  const due = await row.locator('time.sla-chip').getAttribute('datetime');
  return Date.parse(due!);
}

test('an agent is warned before the target and alerted at the breach; the notification opens the conversation', async ({ page, consoleHost }) => {
  test.setTimeout(120_000);
  await recordNotifications(page);
  await page.goto(consoleHost.url);
  await expect(page.getByRole('listbox', { name: 'Conversations' }).getByRole('option').first()).toBeVisible({ timeout: 15_000 });
  await setDaGinoTarget(page, { firstResponseMinutes: '1', warnPercent: '50', escalationMinutes: '15' });

  // Written 15 s ago with a 1-minute target: the warning is due in about 15 s, the breach in 45 s.
  const dueAt = await customerWrote(page, consoleHost.simulatorUrl, 'Giulia Verdi', 0.25);
  const warning = await notificationAt(page, 'Reply soon: Giulia Verdi (Pizzeria Da Gino)', 40_000);
  expect(warning.at).toBeLessThan(dueAt);
  expect(warning.body).toMatch(/The response target runs out in \d+ minutes?\./);
  await page.screenshot(shot('alerts-agent-warning-en'));

  const breach = await notificationAt(page, 'Target missed: Giulia Verdi (Pizzeria Da Gino)', 60_000);
  // At the due time, within a second (the host's timer, then one WebSocket hop).
  expect(breach.at).toBeGreaterThanOrEqual(dueAt - 50);
  expect(breach.at).toBeLessThanOrEqual(dueAt + 1_000);
  // An agent is not escalated to, and gets one alert per level.
  const mine = (await notifications(page)).filter((shown) => shown.title.includes('Giulia Verdi'));
  expect(mine.map((shown) => shown.title)).toEqual(['Reply soon: Giulia Verdi (Pizzeria Da Gino)', 'Target missed: Giulia Verdi (Pizzeria Da Gino)']);

  // Clicking the notification brings the console forward on the conversation.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'About' }).click();
  await page.evaluate(() => {
    const recorded = (window as unknown as { recordedNotifications: Notification[] }).recordedNotifications;
    recorded.at(-1)!.onclick?.(new Event('click'));
  });
  await expect(page.getByRole('log', { name: 'Messages with Giulia Verdi' })).toContainText('avete un tavolo per quattro?');

  // The alert log shows both, with the navigation badge counting the conversations at risk.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Alerts/ }).click();
  const log = page.getByRole('region', { name: 'Alert log' });
  await expect(log.getByRole('listitem').filter({ hasText: 'Giulia Verdi' })).toHaveCount(2);
  await expect(log.getByRole('listitem').filter({ hasText: 'Giulia Verdi' }).first()).toContainText('Breach');
  await page.screenshot(shot('alerts-agent-log-en'));
});

test('a supervisor gets the breach and the escalation, and opens the breached conversation from Alerts', async ({ page, consoleHost }) => {
  test.setTimeout(120_000);
  await recordNotifications(page);
  await page.goto(consoleHost.url);
  await expect(page.getByRole('listbox', { name: 'Conversations' }).getByRole('option').first()).toBeVisible({ timeout: 15_000 });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'A supervisor (watching)' }).check();
  await setDaGinoTarget(page, { firstResponseMinutes: '1', warnPercent: '50', escalationMinutes: '1' });

  // Written 90 s ago: already breached (at 60 s); the escalation comes at 120 s.
  const dueAt = await customerWrote(page, consoleHost.simulatorUrl, 'Luca Bruni', 1.5);
  await notificationAt(page, 'Target missed: Luca Bruni (Pizzeria Da Gino)', 20_000);
  const escalation = await notificationAt(page, 'Escalation: Luca Bruni (Pizzeria Da Gino)', 60_000);
  expect(escalation.at).toBeGreaterThanOrEqual(dueAt + 60_000 - 50);
  expect(escalation.at).toBeLessThanOrEqual(dueAt + 60_000 + 1_000);
  expect((await notifications(page)).filter((shown) => shown.title.startsWith('Reply soon'))).toEqual([]);

  // The supervisor's Alerts view, in Italian: the breached conversation, opened from there.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Italiano' }).check();
  await page.getByRole('navigation', { name: 'Principale' }).getByRole('button', { name: /^Avvisi/ }).click();
  await expect(page.getByText('Segui tutte le code')).toBeVisible();
  // (The counts per brand and channel are the Supervisor view's: persona-supervisor.spec.ts.)
  const attention = page.getByRole('region', { name: 'Scadute' });
  const open = attention.getByRole('button', { name: 'Apri la conversazione con Luca Bruni' });
  await expect(open).toBeVisible();
  await expect(page.getByRole('region', { name: 'Registro degli avvisi' }).getByRole('listitem').filter({ hasText: 'Luca Bruni' }).first()).toContainText('Escalation');
  await page.screenshot(shot('alerts-supervisor-it'));
  await open.click();
  await expect(page.getByRole('log', { name: 'Messaggi con Luca Bruni' })).toBeVisible();
});
