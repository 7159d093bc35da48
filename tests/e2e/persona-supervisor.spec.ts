/// <reference lib="dom" />
// The page-side code below (page.evaluate, addInitScript) runs in Chromium and uses DOM types.
// The supervisor persona in the demo workspace: with the console's role set to supervisor, it opens
// on the Supervisor view; the supervisor follows the at-risk and breached counts of every brand and
// channel, opens a breached conversation from its alert (in the alert feed, and from the desktop
// notification), and follows a count into the inbox, filtered to that queue.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshotDir, test } from './console-host';
import { control } from './simulator-control';

test.use({ locale: 'en-US', colorScheme: 'light', demo: true });

const shot = (name: string) => ({ path: path.join(screenshotDir, `${name}.png`) });

/** Lets the page show notifications and records each one the console creates (the real API underneath). */
async function recordNotifications(page: Page): Promise<void> {
  await page.context().grantPermissions(['notifications']);
  await page.addInitScript(() => {
    const Real = window.Notification;
    const recorded: Array<{ title: string; notification: Notification }> = [];
    class Recorded extends Real {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options);
        recorded.push({ title, notification: this });
      }
    }
    Object.assign(window, { Notification: Recorded, recordedNotifications: recorded });
  });
}

/** Clicks the notification with this title, as the operator would on the desktop. */
async function clickNotification(page: Page, title: string): Promise<void> {
  await expect
    .poll(() => page.evaluate((wanted) => (window as unknown as { recordedNotifications: Array<{ title: string }> }).recordedNotifications.some((shown) => shown.title === wanted), title), {
      timeout: 20_000,
    })
    .toBe(true);
  await page.evaluate((wanted) => {
    const recorded = (window as unknown as { recordedNotifications: Array<{ title: string; notification: Notification }> }).recordedNotifications;
    recorded.find((shown) => shown.title === wanted)!.notification.onclick?.(new Event('click'));
  }, title);
}

test('a supervisor follows the at-risk and breached counts and opens a breached conversation from its alert', async ({ page, consoleHost }) => {
  test.setTimeout(120_000);
  await recordNotifications(page);
  await page.goto(consoleHost.url);
  await expect(page.getByRole('listbox', { name: 'Conversations' }).getByRole('option').first()).toBeVisible({ timeout: 15_000 });
  const nav = page.getByRole('navigation', { name: 'Main' });

  // The console is a supervisor's; Da Gino answers within 10 minutes, warned at half the time.
  await nav.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'A supervisor (watching)' }).check();
  const form = page.getByRole('form', { name: 'Pizzeria Da Gino: all channels and priorities' });
  await form.getByRole('combobox', { name: 'Target' }).selectOption({ label: 'Custom' });
  await form.getByRole('spinbutton', { name: 'First response, minutes' }).fill('10');
  await form.getByRole('radio', { name: 'When this % of the time has passed' }).check();
  await form.getByRole('spinbutton', { name: 'When this % of the time has passed' }).fill('50');
  await form.getByRole('spinbutton', { name: 'Escalate to supervisors, minutes after a breach' }).fill('30');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('status')).toHaveText('Saved.');

  // Two customers wrote to Da Gino on Messenger: one 12 minutes ago (breached), one 7 (at risk).
  const seed = (await control(consoleHost.simulatorUrl, 'seed')) as { daGino: { id: string } };
  await control(consoleHost.simulatorUrl, 'messages', { pageId: seed.daGino.id, platform: 'messenger', customer: { name: 'Sara Conti' }, text: 'La mia prenotazione per stasera è confermata?', minutesAgo: 12 });
  await control(consoleHost.simulatorUrl, 'messages', { pageId: seed.daGino.id, platform: 'messenger', customer: { name: 'Paolo Neri' }, text: 'Avete la pizza senza glutine?', minutesAgo: 7 });

  // A supervisor's console opens on the Supervisor view.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Supervisor', level: 1 })).toBeVisible();
  await expect(nav.getByRole('button', { name: 'Supervisor' })).toHaveAttribute('aria-current', 'page');

  // Every brand's and channel's queue, counted, live: Da Gino's Facebook has the breach and the risk.
  const queues = page.getByRole('region', { name: 'By brand and channel' });
  const daGinoFacebook = queues.getByRole('row', { name: /Pizzeria Da Gino.*Facebook/ });
  await expect(daGinoFacebook.getByRole('button', { name: /breached conversations? of Pizzeria Da Gino on Facebook/ })).toBeVisible({ timeout: 15_000 });
  await expect(daGinoFacebook.getByRole('button', { name: /at risk of Pizzeria Da Gino on Facebook/ })).toBeVisible();
  await expect(queues.getByRole('row', { name: /Alpine Outdoor/ }).first()).toBeVisible();
  await expect(queues.getByRole('row', { name: /^All queues/ })).toBeVisible();

  // Live: another customer writes in, and the open count rises without a reload.
  const openCount = () => daGinoFacebook.getByRole('button', { name: /open conversations? of Pizzeria Da Gino on Facebook/ }).innerText().then(Number);
  const before = await openCount();
  await control(consoleHost.simulatorUrl, 'messages', { pageId: seed.daGino.id, platform: 'messenger', customer: { name: 'Elena Galli' }, text: 'Siete aperti a pranzo?' });
  await expect.poll(openCount, { timeout: 15_000 }).toBeGreaterThan(before);

  // The conversation closest to breach is Paolo's; the alert feed has Sara's breach.
  await expect(page.getByRole('region', { name: 'Closest to breach' }).getByRole('button', { name: 'Open the conversation with Paolo Neri' })).toBeVisible();
  const feed = page.getByRole('region', { name: 'Alert feed' });
  const saraAlert = feed.getByRole('listitem').filter({ hasText: 'Sara Conti' });
  await expect(saraAlert.first()).toContainText('Breach', { timeout: 20_000 });
  await page.screenshot(shot('persona-supervisor-overview-en'));

  // From its alert in the feed, the breached conversation opens in the conversation pane.
  await saraAlert.first().getByRole('button', { name: 'Open the conversation with Sara Conti' }).click();
  const thread = page.getByRole('log', { name: 'Messages with Sara Conti' });
  await expect(thread).toContainText('La mia prenotazione per stasera è confermata?');
  await page.screenshot(shot('persona-supervisor-breached-conversation-en'));

  // The same from the desktop notification, while the supervisor is elsewhere in the console.
  await nav.getByRole('button', { name: 'About' }).click();
  await clickNotification(page, 'Target missed: Sara Conti (Pizzeria Da Gino)');
  await expect(thread).toBeVisible();

  // A count leads to its queue: Da Gino's Facebook conversations at risk, in the inbox.
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('heading', { name: 'Supervisor', level: 1 })).toBeVisible();
  await daGinoFacebook.getByRole('button', { name: /at risk of Pizzeria Da Gino on Facebook/ }).click();
  await expect(page.getByRole('heading', { name: 'Inbox', level: 1 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Brand' })).toHaveValue(/\d+/);
  await expect(page.getByRole('combobox', { name: 'Brand' }).locator('option:checked')).toHaveText('Pizzeria Da Gino');
  await expect(page.getByRole('combobox', { name: 'Channel' }).locator('option:checked')).toHaveText('Facebook');
  await expect(page.getByRole('combobox', { name: 'Response target' }).locator('option:checked')).toHaveText('At risk');
  const queue = page.getByRole('listbox', { name: 'Conversations' });
  await expect(queue.getByRole('option', { name: /Paolo Neri/ })).toBeVisible();
  await expect(queue.getByRole('option', { name: /Sara Conti/ })).toHaveCount(0);
  await page.screenshot(shot('persona-supervisor-at-risk-queue-en'));
});
