// Settings and status end to end on the demo workspace: testing and re-authorising an account, a
// brand's tone of voice, copying the data folder, a diagnostics export that holds no token, and the
// status bar's details counting a reply written offline until it is delivered.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshotDir, test } from './console-host';
import { control } from './simulator-control';

test.use({ locale: 'en-US', colorScheme: 'light', demo: true });

const shot = (name: string) => ({ path: path.join(screenshotDir, `${name}.png`) });

interface Seed {
  user: { token: string };
  daGino: { id: string; name: string; token: string };
  alpine: { name: string; token: string };
}

async function openSettings(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Settings/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
}

test('an account is tested, re-authorised after its token expires, and its brand’s tone is edited', async ({ page, consoleHost }) => {
  const seed = (await control(consoleHost.simulatorUrl, 'seed')) as Seed;
  await page.goto(consoleHost.url);
  await openSettings(page);
  const account = page.getByRole('listitem').filter({ hasText: seed.daGino.name }).filter({ has: page.getByRole('button', { name: `Test connection of ${seed.daGino.name}` }) });

  await account.getByRole('button', { name: `Test connection of ${seed.daGino.name}` }).click();
  await expect(account.getByRole('status')).toContainText('Connection works.');

  await control(consoleHost.simulatorUrl, 'tokens/expire', { token: seed.daGino.token });
  await account.getByRole('button', { name: `Test connection of ${seed.daGino.name}` }).click();
  await expect(account.getByRole('status')).toContainText('Needs re-authorisation.');
  const banner = page.getByRole('alert').filter({ hasText: 'needs to be re-authorised' });
  await expect(banner).toBeVisible();
  await expect(account).toContainText('Needs re-authorisation');
  await page.screenshot(shot('settings-account-needs-reauth-en'));

  await control(consoleHost.simulatorUrl, 'tokens/restore', { token: seed.daGino.token });
  await account.getByRole('button', { name: `Re-authorise ${seed.daGino.name}` }).click();
  await page.getByLabel(`New access token for ${seed.daGino.name}`).fill(seed.daGino.token);
  await page.keyboard.press('Enter');
  await expect(account.getByRole('status')).toContainText(`${seed.daGino.name} is re-authorised`);
  await expect(banner).toBeHidden({ timeout: 15_000 });
  await expect(account).toContainText('Connected');
  // The token typed is gone from the page.
  expect(await page.content()).not.toContain(seed.daGino.token);

  const brand = page.getByRole('form', { name: `Brand ${seed.daGino.name}` });
  await brand.getByLabel(`Tone of voice for ${seed.daGino.name}`).fill('Caloroso, dai del tu, firma con il tuo nome.');
  await brand.getByRole('button', { name: 'Save tone of voice' }).click();
  await expect(brand.getByRole('status')).toHaveText('Saved.');
  await page.reload();
  await openSettings(page);
  const notes = page.getByLabel(`Tone of voice for ${seed.daGino.name}`);
  await expect(notes).toHaveValue('Caloroso, dai del tu, firma con il tuo nome.');
  await notes.scrollIntoViewIfNeeded();
  await page.screenshot(shot('settings-brands-en'));
});

test('the data folder is copied and a diagnostics export holds no token', async ({ page, context, consoleHost }) => {
  const seed = (await control(consoleHost.simulatorUrl, 'seed')) as Seed;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(consoleHost.url);
  await openSettings(page);
  await expect(page.getByLabel('Data folder')).toHaveValue(consoleHost.dataDir);
  await page.getByRole('button', { name: 'Copy folder path' }).click();
  await expect(page.getByText('Folder path copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(consoleHost.dataDir);

  await page.getByRole('button', { name: 'Export diagnostics' }).click();
  const result = page.getByRole('status').filter({ hasText: 'Diagnostics saved to' });
  await expect(result).toBeVisible();
  const written = (await result.locator('code').textContent()) ?? '';
  expect(path.dirname(written)).toBe(path.join(consoleHost.dataDir, 'diagnostics'));
  await result.scrollIntoViewIfNeeded();
  await page.screenshot(shot('settings-diagnostics-en'));

  const text = fs.readFileSync(written, 'utf8');
  const report = JSON.parse(text) as { accounts: Array<{ displayName: string }>; sync: unknown[]; database: { schemaVersion: number } };
  expect(report.accounts.map((account) => account.displayName).sort()).toEqual([seed.alpine.name, seed.daGino.name].sort());
  expect(report.sync).toHaveLength(2);
  expect(report.database.schemaVersion).toBeGreaterThan(0);
  for (const token of [seed.user.token, seed.daGino.token, seed.alpine.token]) expect(text).not.toContain(token);
});

test('the status details show each account and count a reply written offline until it is sent', async ({ page, consoleHost }) => {
  const seed = (await control(consoleHost.simulatorUrl, 'seed')) as Seed;
  await page.goto(consoleHost.url);
  await control(consoleHost.simulatorUrl, 'messages', { pageId: seed.daGino.id, platform: 'messenger', customer: { name: 'Elena Galli' }, text: 'Avete il menù senza glutine?' });
  const row = page.getByRole('listbox', { name: 'Conversations' }).getByRole('option', { name: 'Elena Galli' });
  await expect(row).toBeVisible({ timeout: 15_000 });
  await row.click();

  const statusBar = page.getByRole('contentinfo', { name: 'Status bar' });
  const toggle = statusBar.getByRole('button', { name: /^Sync details/ });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const details = page.getByRole('region', { name: 'Accounts and outbox' });
  await expect(details).toContainText('No replies waiting to be sent');
  const gino = details.getByRole('listitem', { name: seed.daGino.name });
  await expect(gino).toContainText('Online');
  await expect(gino).toContainText('Synced');
  await expect(details.getByRole('listitem', { name: seed.alpine.name })).toBeVisible();

  await control(consoleHost.simulatorUrl, 'network/down', { forMs: 6_000 });
  await page.getByRole('textbox', { name: 'Reply to Elena Galli' }).fill('Sì, chiedi pure il menù senza glutine.');
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect(details).toContainText('1 reply waiting to be sent');
  await expect(gino).toContainText('1 pending');
  await expect(details.getByRole('listitem', { name: seed.alpine.name })).toContainText('nothing pending');
  await expect(gino).toContainText('Offline', { timeout: 10_000 });
  await expect(toggle).toContainText('1 pending');
  await page.screenshot(shot('status-details-offline-en'));

  await expect(details).toContainText('No replies waiting to be sent', { timeout: 30_000 });
  await expect(gino).toContainText('nothing pending');
  await expect(gino).toContainText('Online', { timeout: 15_000 });

  await toggle.focus();
  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();
  await expect(toggle).toBeFocused();
});

test.describe('in Italian, dark', () => {
  test.use({ locale: 'it-IT', colorScheme: 'dark' });

  test('the account tools and the status details speak Italian', async ({ page, consoleHost }) => {
    const seed = (await control(consoleHost.simulatorUrl, 'seed')) as Seed;
    await page.goto(consoleHost.url);
    await page.getByRole('navigation', { name: 'Principale' }).getByRole('button', { name: /^Impostazioni/ }).click();
    await page.getByRole('button', { name: `Prova la connessione di ${seed.alpine.name}` }).click();
    await expect(page.getByText('La connessione funziona.')).toBeVisible();
    await page.getByRole('button', { name: 'Dettagli sincronizzazione' }).click();
    const details = page.getByRole('region', { name: 'Account e posta in uscita' });
    await expect(details).toContainText('Nessuna risposta in attesa di invio');
    await expect(details.getByRole('listitem', { name: seed.alpine.name })).toContainText('niente in attesa');
    await page.screenshot(shot('settings-status-details-it-dark'));
  });
});
