// Persona: an agent works their queue by keyboard alone, online and then offline. Customers write
// in; the agent moves with j/k, opens with Enter, replies with r and Ctrl+Enter, closes with e. When
// the network drops the queue still opens from the cache (even after a reload), replies wait in the
// outbox, and each reaches the customer exactly once when the network returns.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshotDir, test } from './console-host';
import { control, sentCount } from './simulator-control';

test.use({ locale: 'en-US', colorScheme: 'light', demo: true });

const shot = (name: string) => ({ path: path.join(screenshotDir, `${name}.png`) });

/** The customer's name on the focused queue row. */
async function focusedCustomer(page: Page): Promise<string> {
  return page.evaluate(() => {
    const option = document.activeElement?.closest('[role="option"]');
    const nameId = option?.getAttribute('aria-labelledby');
    return (nameId && document.getElementById(nameId)?.textContent?.trim()) || '';
  });
}

/** From the search field, into the queue, then j until the named customer's row has focus. */
async function moveToCustomer(page: Page, name: string): Promise<void> {
  await page.keyboard.press('/');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  for (let step = 0; step < 200 && (await focusedCustomer(page)) !== name; step++) await page.keyboard.press('j');
  expect(await focusedCustomer(page)).toBe(name);
}

test('an agent works the queue by keyboard, online and offline', async ({ page, consoleHost }) => {
  // The outage below lasts long enough for a reload and a reply on a loaded machine.
  test.setTimeout(150_000);
  const sim = consoleHost.simulatorUrl;
  await page.goto(consoleHost.url);
  const queue = page.getByRole('listbox', { name: 'Conversations' });
  await expect(queue.getByRole('option').first()).toBeVisible({ timeout: 15_000 });

  const seed = (await control(sim, 'seed')) as { daGino: { id: string }; alpine: { id: string } };
  await control(sim, 'messages', { pageId: seed.daGino.id, platform: 'messenger', customer: { name: 'Chiara Galli' }, text: 'Posso prenotare per sabato sera?' });
  await control(sim, 'messages', { pageId: seed.alpine.id, platform: 'messenger', customer: { name: 'Tom Baker' }, text: 'Do the Summit boots come in size 46?' });
  await expect(queue.getByRole('option', { name: 'Chiara Galli' })).toBeVisible({ timeout: 15_000 });
  await expect(queue.getByRole('option', { name: 'Tom Baker' })).toBeVisible({ timeout: 15_000 });

  // j and k move between rows; the focused row is the one Enter opens.
  await page.keyboard.press('/');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  const first = await focusedCustomer(page);
  await page.keyboard.press('j');
  const second = await focusedCustomer(page);
  expect(second).not.toBe(first);
  await page.keyboard.press('k');
  expect(await focusedCustomer(page)).toBe(first);

  // Online: open, reply (r, type, Ctrl+Enter), close (e).
  await moveToCustomer(page, 'Chiara Galli');
  await page.keyboard.press('Enter');
  const chiara = page.getByRole('log', { name: 'Messages with Chiara Galli' });
  await expect(chiara).toContainText('Posso prenotare per sabato sera?');
  // From the open conversation, j opens the next one straight away and k comes back.
  await chiara.focus();
  const heading = page.getByRole('region').filter({ has: page.getByRole('toolbar', { name: 'Conversation actions' }) }).getByRole('heading', { level: 2 });
  await page.keyboard.press('j');
  await expect(heading).not.toHaveText('Chiara Galli');
  const next = (await heading.innerText()).trim();
  await expect(queue.getByRole('option', { name: next, selected: true })).toBeVisible();
  await page.keyboard.press('k');
  await expect(heading).toHaveText('Chiara Galli');
  await page.keyboard.press('r');
  await expect(page.getByRole('textbox', { name: 'Reply to Chiara Galli' })).toBeFocused();
  const onlineReply = 'Certo Chiara, a che ora e per quante persone?';
  await page.keyboard.type(onlineReply);
  await page.keyboard.press('Control+Enter');
  await expect(chiara.getByText('Sent', { exact: true }).last()).toBeVisible({ timeout: 15_000 });
  await chiara.focus();
  await page.keyboard.press('e');
  await expect(page.getByRole('toolbar', { name: 'Conversation actions' }).getByRole('status')).toHaveText('Closed');
  await expect(queue.getByRole('option', { name: 'Chiara Galli' })).toHaveCount(0);
  expect(await sentCount(sim, onlineReply)).toBe(1);

  // Offline: the platform cannot be reached. The queue still opens from the cache after a reload.
  await control(sim, 'network/down', { forMs: 30_000 });
  await expect(page.getByRole('contentinfo', { name: 'Status bar' })).toContainText('Offline', { timeout: 10_000 });
  await page.reload();
  await expect(queue.getByRole('option', { name: 'Tom Baker' })).toBeVisible({ timeout: 5_000 });
  await moveToCustomer(page, 'Tom Baker');
  await page.keyboard.press('Enter');
  const tom = page.getByRole('log', { name: 'Messages with Tom Baker' });
  await expect(tom).toContainText('Do the Summit boots come in size 46?');
  await page.keyboard.press('r');
  const offlineReply = 'Hi Tom, yes: size 46 is in stock in both colours.';
  await page.keyboard.type(offlineReply);
  await page.keyboard.press('Control+Enter');
  await expect(tom.getByText(offlineReply)).toBeVisible();
  // Waiting in the outbox: queued, or "may have been sent" if the connection dropped mid-request.
  await expect(tom.getByText(/^(Queued|May have been sent — checking)$/).last()).toBeVisible();
  await page.screenshot(shot('persona-agent-offline-en'));

  // The network returns: delivered, once.
  await expect(tom.getByText('Sent', { exact: true }).last()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('contentinfo', { name: 'Status bar' })).not.toContainText('Offline', { timeout: 15_000 });
  expect(await sentCount(sim, offlineReply)).toBe(1);
  await page.screenshot(shot('persona-agent-online-en'));
});
