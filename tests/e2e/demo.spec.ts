// The demo workspace end to end: a customer writes in, the agent answers from the console, the
// reply reaches the (simulated) platform once; a reply written while the network is down is
// delivered when it returns; an expired token asks for re-authorisation and nothing is lost.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshotDir, test } from './console-host';
import { control, sentCount } from './simulator-control';

test.use({ locale: 'en-US', colorScheme: 'light', demo: true });

const shot = (name: string) => ({ path: path.join(screenshotDir, `${name}.png`) });

/** A new customer writes to the Page; returns the queue row once the console shows it. */
async function customerWrites(page: Page, simulatorUrl: string | null, name: string, text: string) {
  const seed = (await control(simulatorUrl, 'seed')) as { daGino: { id: string } };
  await control(simulatorUrl, 'messages', { pageId: seed.daGino.id, platform: 'messenger', customer: { name }, text });
  const row = page.getByRole('listbox', { name: 'Conversations' }).getByRole('option', { name });
  await expect(row).toBeVisible({ timeout: 15_000 });
  return row;
}

test('an agent answers a customer from the demo queue', async ({ page, consoleHost }) => {
  await page.goto(consoleHost.url);
  await expect(page.getByText('Demo workspace — customers and brands are simulated')).toBeVisible();
  const queue = page.getByRole('listbox', { name: 'Conversations' });
  await expect(queue.getByRole('option').first()).toBeVisible({ timeout: 15_000 });
  await page.screenshot(shot('demo-inbox-en'));

  const row = await customerWrites(page, consoleHost.simulatorUrl, 'Giulia Bianchi', 'Ciao! Avete ancora posto stasera per due?');
  await row.click();
  await expect(page.getByRole('log', { name: 'Messages with Giulia Bianchi' })).toContainText('Avete ancora posto stasera per due?');
  const reply = 'Certo Giulia, vi aspettiamo alle 20:30!';
  await page.getByRole('textbox', { name: 'Reply to Giulia Bianchi' }).fill(reply);
  await page.getByRole('button', { name: 'Send reply' }).click();
  const thread = page.getByRole('log', { name: 'Messages with Giulia Bianchi' });
  await expect(thread.getByText(reply)).toBeVisible();
  await expect(thread.getByText('Sent', { exact: true }).last()).toBeVisible({ timeout: 15_000 });
  expect(await sentCount(consoleHost.simulatorUrl, reply)).toBe(1);
  // Re-read on every sync (every 0.7 s here): still one item per message, none repeated.
  await page.waitForTimeout(2_000);
  await expect(thread.getByRole('listitem')).toHaveCount(2);
  await page.screenshot(shot('demo-conversation-en'));
});

test('a reply written offline is delivered when the network returns', async ({ page, consoleHost }) => {
  await page.goto(consoleHost.url);
  const row = await customerWrites(page, consoleHost.simulatorUrl, 'Marco Ferri', 'Fate consegne a domicilio?');
  await row.click();
  await control(consoleHost.simulatorUrl, 'network/down', { forMs: 5_000 });
  const reply = 'Sì, in tutta Bologna dalle 19.';
  await page.getByRole('textbox', { name: 'Reply to Marco Ferri' }).fill(reply);
  await page.keyboard.press('Control+Enter');
  const thread = page.getByRole('log', { name: 'Messages with Marco Ferri' });
  await expect(thread.getByText(reply)).toBeVisible();
  await expect(page.getByRole('contentinfo', { name: 'Status bar' })).toContainText('Offline', { timeout: 10_000 });
  // Still in the outbox: queued, or "may have been sent" if the connection dropped mid-request.
  await expect(thread.getByText(/^(Queued|May have been sent — checking)$/).last()).toBeVisible();
  await page.screenshot(shot('demo-offline-reply-en'));
  await expect(thread.getByText('Sent', { exact: true }).last()).toBeVisible({ timeout: 30_000 });
  expect(await sentCount(consoleHost.simulatorUrl, reply)).toBe(1);
});

test('an expired token asks for re-authorisation and keeps the reply', async ({ page, consoleHost }) => {
  await page.goto(consoleHost.url);
  const seed = (await control(consoleHost.simulatorUrl, 'seed')) as { daGino: { token: string; name: string } };
  const row = await customerWrites(page, consoleHost.simulatorUrl, 'Sara Conti', 'Il tiramisù contiene alcol?');
  await row.click();
  await control(consoleHost.simulatorUrl, 'tokens/expire', { token: seed.daGino.token });
  const reply = 'No, il nostro tiramisù è senza alcol.';
  await page.getByRole('textbox', { name: 'Reply to Sara Conti' }).fill(reply);
  await page.getByRole('button', { name: 'Send reply' }).click();
  const banner = page.getByRole('alert').filter({ hasText: 'needs to be re-authorised' });
  await expect(banner).toBeVisible({ timeout: 15_000 });
  const thread = page.getByRole('log', { name: 'Messages with Sara Conti' });
  await expect(thread.getByText(reply)).toBeVisible();
  await expect(thread.getByText('Queued', { exact: true })).toBeVisible();
  await page.screenshot(shot('demo-reauth-en'));
  expect(await sentCount(consoleHost.simulatorUrl, reply)).toBe(0);

  await control(consoleHost.simulatorUrl, 'tokens/restore', { token: seed.daGino.token });
  await banner.getByRole('button', { name: 'Re-authorise' }).click();
  await page.getByLabel('Page or user access token').fill(seed.daGino.token);
  await page.getByLabel('API address (optional)').fill(consoleHost.simulatorUrl!);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByText(`Connected: ${seed.daGino.name}`)).toBeVisible();
  await page.screenshot(shot('demo-settings-accounts-en'));
  await expect(banner).toBeHidden({ timeout: 15_000 });
  await expect.poll(() => sentCount(consoleHost.simulatorUrl, reply), { timeout: 20_000 }).toBe(1);
});

test.describe('in Italian, dark', () => {
  test.use({ locale: 'it-IT', colorScheme: 'dark' });

  test('the demo queue speaks Italian', async ({ page, consoleHost }) => {
    await page.goto(consoleHost.url);
    await expect(page.getByText('Spazio demo — clienti e brand sono simulati')).toBeVisible();
    const queue = page.getByRole('listbox', { name: 'Conversazioni' });
    await queue.getByRole('option').first().click();
    await expect(page.getByRole('button', { name: 'Invia risposta' })).toBeVisible();
    await page.screenshot(shot('demo-conversation-it-dark'));
  });
});
