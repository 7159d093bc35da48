// Slicing the queue the way a freelancer and an agent do: one client brand, one channel, only
// breached conversations, a tag; each filter is applied by core, so every row shown matches it.
import path from 'node:path';
import { expect, screenshotDir, test } from './console-host';

test.use({ locale: 'en-US', colorScheme: 'light', demo: true });

test('the queue filters by brand, channel, response-target state and tag', async ({ page, consoleHost }) => {
  await page.goto(consoleHost.url);
  const queue = page.getByRole('listbox', { name: 'Conversations' });
  await expect(queue.getByRole('option').first()).toBeVisible({ timeout: 15_000 });
  const rows = queue.getByRole('option');
  const total = await rows.count();

  await page.getByRole('combobox', { name: 'Brand' }).selectOption({ label: 'Alpine Outdoor' });
  await expect.poll(async () => (await rows.allInnerTexts()).every((text) => text.includes('Alpine Outdoor'))).toBe(true);
  const alpine = await rows.count();
  expect(alpine).toBeGreaterThan(0);
  expect(alpine).toBeLessThan(total);

  await page.getByRole('combobox', { name: 'Channel' }).selectOption({ label: 'Instagram' });
  await expect.poll(async () => (await rows.allInnerTexts()).every((text) => text.includes('Alpine Outdoor') && text.includes('Instagram'))).toBe(true);
  await page.screenshot({ path: path.join(screenshotDir, 'queue-filtered-en.png') });

  // Back to every brand and channel; only breached conversations.
  await page.getByRole('combobox', { name: 'Brand' }).selectOption({ label: 'All brands' });
  await page.getByRole('combobox', { name: 'Channel' }).selectOption({ label: 'All channels' });
  await page.getByRole('combobox', { name: 'Response target' }).selectOption({ label: 'Breached' });
  await expect.poll(async () => (await rows.allInnerTexts()).every((text) => /Breached/.test(text))).toBe(true);

  // Tag one conversation, then filter by the tag: exactly that one.
  await page.getByRole('combobox', { name: 'Response target' }).selectOption({ label: 'Any target state' });
  const first = rows.first();
  const name = (await first.getAttribute('aria-labelledby'))!;
  const customer = (await page.locator(`[id="${name}"]`).innerText()).trim();
  await first.click();
  await page.getByRole('combobox', { name: 'Add a tag' }).fill('Da richiamare');
  await page.keyboard.press('Enter');
  await page.getByRole('combobox', { name: 'Tag', exact: true }).selectOption({ label: 'Da richiamare' });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(customer);
});
