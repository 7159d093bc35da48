// Full-text search from the inbox: "/" puts the cursor in the field, results come as the agent
// types with the matched words marked, customer text stays text (markup and scripts included),
// and Enter opens the conversation.
import path from 'node:path';
import { expect, screenshotDir, test } from './console-host';

test.use({ locale: 'en-US', colorScheme: 'light', demo: true });

test('search finds a message as you type, shows markup as text, and opens the conversation', async ({ page, consoleHost }) => {
  await page.goto(consoleHost.url);
  const seed = (await (await fetch(`${consoleHost.simulatorUrl}/__control/seed`)).json()) as { daGino: { id: string } };
  const hostile = 'Prenotazione <script>alert(1)</script> <img src=x onerror=alert(2)> per la Pasquetta';
  await fetch(`${consoleHost.simulatorUrl}/__control/messages`, {
    method: 'POST',
    body: JSON.stringify({ pageId: seed.daGino.id, platform: 'messenger', customer: { name: 'Marta Sala' }, text: hostile }),
  });
  await expect(page.getByRole('listbox', { name: 'Conversations' }).getByRole('option', { name: 'Marta Sala' })).toBeVisible({ timeout: 15_000 });
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });

  await page.keyboard.press('/');
  const search = page.getByRole('searchbox', { name: 'Search messages' });
  await expect(search).toBeFocused();
  await page.keyboard.type('pasquet');
  const results = page.getByRole('listbox', { name: /messages? found/ });
  const hit = results.getByRole('option').filter({ hasText: 'Marta Sala' });
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark')).toHaveText('Pasquetta');
  await expect(hit).toContainText('<script>alert(1)</script>');
  await expect(hit.locator('img, script')).toHaveCount(0);
  await page.screenshot({ path: path.join(screenshotDir, 'search-en.png') });

  // The inbox's filters narrow the search: another brand has no such message; every brand again does.
  const brand = page.getByRole('combobox', { name: 'Brand' });
  await brand.selectOption({ label: 'Alpine Outdoor' });
  await expect(page.getByText('No message matches.')).toBeVisible();
  await expect(hit).toHaveCount(0);
  await brand.selectOption({ label: 'All brands' });
  await expect(hit).toBeVisible();

  await search.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const thread = page.getByRole('log', { name: 'Messages with Marta Sala' });
  await expect(thread).toContainText('<img src=x onerror=alert(2)>');
  await expect(thread.locator('img')).toHaveCount(0);
  expect(dialogs).toBe(0);
});
