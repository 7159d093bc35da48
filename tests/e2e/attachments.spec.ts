// Attachments are shown safely: a placeholder first (kind, name, size, the host it would come from),
// nothing remote until the agent clicks "Load image"; then core fetches the picture and the thread
// shows it from a data: URL. The customer panel lists notes and tags across conversations.
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, screenshotDir, test } from './console-host';

test.use({ locale: 'en-US', colorScheme: 'light', demo: true });

test('an image attachment is a placeholder until the agent loads it', async ({ page, consoleHost }) => {
  const simulator = consoleHost.simulatorUrl!;
  const remoteRequests: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(consoleHost.url.replace(/\/?#.*$/, '').replace(/\/$/, ''))) remoteRequests.push(request.url());
  });
  await page.goto(consoleHost.url);
  const seed = (await (await fetch(`${simulator}/__control/seed`)).json()) as { daGino: { id: string } };
  await fetch(`${simulator}/__control/messages`, {
    method: 'POST',
    body: JSON.stringify({
      pageId: seed.daGino.id,
      platform: 'messenger',
      customer: { name: 'Sara Foto' },
      text: 'Ecco lo scontrino e la fattura',
      attachments: [
        { type: 'image', url: `${simulator}/__media/scontrino.png`, size: 2048 },
        { type: 'file', url: 'https://cdn.example.com/docs/fattura.pdf', size: 120_000 },
      ],
    }),
  });
  const queue = page.getByRole('listbox', { name: 'Conversations' });
  await queue.getByRole('option', { name: 'Sara Foto' }).click({ timeout: 15_000 });
  const thread = page.getByRole('log', { name: 'Messages with Sara Foto' });
  const attachments = thread.getByRole('list', { name: 'Attachments' });
  await expect(attachments.getByRole('listitem')).toHaveCount(2);
  const image = attachments.getByRole('listitem').nth(0);
  await expect(image).toContainText('Image');
  await expect(image).toContainText('scontrino.png');
  await expect(image).toContainText('2 kB');
  await expect(image).toContainText(`from ${new URL(simulator).host}`);
  await expect(thread.locator('img')).toHaveCount(0);
  const file = attachments.getByRole('listitem').nth(1);
  await expect(file).toContainText('fattura.pdf');
  await expect(file).toContainText('from cdn.example.com');
  const open = file.getByRole('link', { name: 'Open fattura.pdf in browser' });
  await expect(open).toHaveAttribute('href', 'https://cdn.example.com/docs/fattura.pdf');
  await expect(open).toHaveAttribute('rel', /noopener/);
  await page.screenshot({ path: path.join(screenshotDir, 'attachments-placeholder.png') });

  // Keyboard: the button is reachable and works with Enter.
  const load = image.getByRole('button', { name: 'Load image scontrino.png' });
  await load.focus();
  await page.keyboard.press('Enter');
  const picture = image.getByRole('img', { name: 'Image sent by the customer: scontrino.png' });
  await expect(picture).toBeVisible();
  expect(await picture.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
  expect(await picture.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(16);
  await page.screenshot({ path: path.join(screenshotDir, 'attachments-loaded.png') });
  // The browser itself never went to the image's host: core fetched it.
  expect(remoteRequests.filter((url) => url.includes('__media'))).toEqual([]);

  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
});

test('the customer panel gathers notes and tags from their conversations', async ({ page, consoleHost }) => {
  await page.goto(consoleHost.url);
  const queue = page.getByRole('listbox', { name: 'Conversations' });
  await queue.getByRole('option').first().click({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Add an internal note' }).click();
  await page.getByRole('textbox', { name: 'Internal note (not sent to the customer)' }).fill('Cliente abituale, preferisce il tavolo in veranda');
  await page.getByRole('button', { name: 'Save note' }).click();
  const panel = page.locator('details.customer-history');
  await panel.locator('summary').click();
  await expect(panel.getByRole('heading', { name: 'Notes in all their conversations' })).toBeVisible();
  await expect(panel).toContainText('Cliente abituale, preferisce il tavolo in veranda');
  await expect(panel).toContainText('this conversation');
});

test('a message with only an attachment says so in the queue', async ({ page, consoleHost }) => {
  const simulator = consoleHost.simulatorUrl!;
  await page.goto(consoleHost.url);
  const seed = (await (await fetch(`${simulator}/__control/seed`)).json()) as { daGino: { id: string } };
  await fetch(`${simulator}/__control/messages`, {
    method: 'POST',
    body: JSON.stringify({ pageId: seed.daGino.id, platform: 'messenger', customer: { name: 'Piero Scatto' }, text: '', attachments: [{ type: 'image', url: `${simulator}/__media/foto.png` }] }),
  });
  const row = page.getByRole('listbox', { name: 'Conversations' }).getByRole('option', { name: 'Piero Scatto' });
  await expect(row.locator('.queue-row__preview')).toHaveText('Attachment', { timeout: 15_000 });
});
