// The composer counts as the platform does and holds a reply over the limit, saying which
// platform refuses it and by how much.
import path from 'node:path';
import { expect, screenshotDir, test } from './console-host';

test.use({ locale: 'en-US', colorScheme: 'light', demo: true });

test('an Instagram DM over 1,000 characters is held back with the reason', async ({ page, consoleHost }) => {
  await page.goto(consoleHost.url);
  const seed = (await (await fetch(`${consoleHost.simulatorUrl}/__control/seed`)).json()) as { alpine: { id: string } };
  await fetch(`${consoleHost.simulatorUrl}/__control/messages`, {
    method: 'POST',
    body: JSON.stringify({ pageId: seed.alpine.id, platform: 'instagram', customer: { name: 'Nora Lang', username: 'nora.lang' }, text: 'Do you repair zips?' }),
  });
  await page.getByRole('listbox', { name: 'Conversations' }).getByRole('option', { name: /nora/i }).click({ timeout: 15_000 });
  const field = page.getByRole('textbox', { name: /^Reply to/ });
  const send = page.getByRole('button', { name: 'Send reply' });

  await field.fill('a'.repeat(1000));
  await expect(page.getByText('1,000/1,000')).toBeVisible();
  await expect(send).toBeEnabled();

  // Meta counts code points: this emoji is three (woman, zero-width joiner, laptop).
  await field.fill(`${'a'.repeat(1000)}👩‍💻`);
  await expect(page.getByText('Instagram Direct allows at most 1,000 characters: 3 too many')).toBeVisible();
  await expect(send).toBeDisabled();
  await expect(field).toHaveAttribute('aria-describedby', /\S/);
  await page.screenshot({ path: path.join(screenshotDir, 'reply-limit-instagram.png') });
});
