// A damaged local cache at start: the console opens on a fresh cache and says what happened.
import fs from 'node:fs';
import path from 'node:path';
import { expect, screenshotDir, test } from './console-host';

test.use({
  locale: 'en-US',
  colorScheme: 'light',
  dataDirFiles: { 'sportello.db': 'not a database '.repeat(512) },
});

test('tells the operator the cache was rebuilt and where the damaged files are', async ({ page, consoleHost }) => {
  await page.goto(consoleHost.url);
  const notice = page.getByRole('alert').filter({ hasText: 'Sportello rebuilt its local cache.' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(path.join(consoleHost.dataDir, 'damaged'));
  await page.screenshot({ path: path.join(screenshotDir, 'recovery-notice-en.png') });
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
  expect(fs.readdirSync(path.join(consoleHost.dataDir, 'damaged'))).toHaveLength(1);
});
