// Customer text is untrusted: markup, script, `javascript:` links, a 5,000-character word,
// right-to-left text and emoji sequences arrive through the simulated platform and must show as the
// characters the customer typed — in the queue preview, the thread and search — with nothing run,
// nothing linked, nothing overflowing, and right-to-left text laid out right to left.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshotDir, test } from './console-host';

test.use({ locale: 'en-US', colorScheme: 'light', demo: true });

const longWord = `Supercalifragilistic${'o'.repeat(4_980)}`;
const hostile = [
  { name: 'Hugo Markup', text: 'Ordine <b>urgente</b> <script>window.__sportelloPwned = "script"</script> <img src=x onerror="window.__sportelloPwned = \'img\'"> markupcheck' },
  { name: 'Lina Links', text: 'Clicca javascript:window.__sportelloPwned=1 oppure <a href="javascript:window.__sportelloPwned=2">qui</a> [link](javascript:alert(1)) linkcheck' },
  { name: 'Walter Word', text: `${longWord} wordcheck` },
  { name: 'ليلى حداد', text: 'مرحبا، أين طلبي رقم 4521؟ שלום, איפה ההזמנה שלי? rtlcheck' },
  { name: 'Emma Emoji', text: 'Grazie 👩‍👩‍👧‍👦 👨🏽‍💻 🏳️‍🌈 ❤️‍🔥 🇮🇹 emojicheck' },
];

async function inject(simulatorUrl: string) {
  const seed = (await (await fetch(`${simulatorUrl}/__control/seed`)).json()) as { daGino: { id: string } };
  for (const message of hostile) {
    const response = await fetch(`${simulatorUrl}/__control/messages`, {
      method: 'POST',
      body: JSON.stringify({ pageId: seed.daGino.id, platform: 'messenger', customer: { name: message.name }, text: message.text }),
    });
    expect(response.status).toBe(200);
  }
}

async function expectNothingRan(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __sportelloPwned?: unknown }).__sportelloPwned)).toBeUndefined();
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  await expect(page.locator('main script, main img[src="x"], b')).toHaveCount(0);
}

test('hostile customer text shows as text in the queue, the thread and search', async ({ page, consoleHost }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto(consoleHost.url);
  await inject(consoleHost.simulatorUrl!);
  const queue = page.getByRole('listbox', { name: 'Conversations' });
  for (const { name } of hostile) await expect(queue.getByRole('option', { name })).toBeVisible({ timeout: 15_000 });

  // The queue preview: the characters, not the markup's effect.
  await expect(queue.getByRole('option', { name: 'Hugo Markup' })).toContainText('<script>window.__sportelloPwned = "script"</script>');
  await expect(queue.getByRole('option', { name: 'Lina Links' })).toContainText('<a href="javascript:window.__sportelloPwned=2">qui</a>');
  await expectNothingRan(page);
  // Right-to-left text reads right to left in the queue row too (name and preview), in a left-to-right console.
  const rtlRow = queue.getByRole('option', { name: 'ليلى حداد' });
  for (const part of [rtlRow.locator('.queue-row__name'), rtlRow.locator('.queue-row__preview')]) {
    expect(await part.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  }

  // The thread, one conversation at a time.
  for (const { name, text } of hostile) {
    await queue.getByRole('option', { name }).click();
    const thread = page.getByRole('log', { name: `Messages with ${name}` });
    const bubble = thread.locator('.message__text').filter({ hasText: text.slice(-10) });
    await expect(bubble).toHaveText(text);
    // Every customer message takes its direction from its own text.
    await expect(bubble).toHaveAttribute('dir', 'auto');
    // Nothing, not even a 5,000-character word, makes the thread scroll sideways.
    const overflow = await thread.evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow, `${name}'s thread overflows`).toBeLessThanOrEqual(0);
    const bubbleOverflow = await bubble.evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(bubbleOverflow, `${name}'s bubble overflows`).toBeLessThanOrEqual(0);
    await expectNothingRan(page);
  }

  // Right-to-left text reads right to left inside a left-to-right console.
  await queue.getByRole('option', { name: 'ليلى حداد' }).click();
  const rtl = page.getByRole('log', { name: 'Messages with ليلى حداد' }).locator('.message__text').filter({ hasText: 'rtlcheck' });
  expect(await rtl.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('ltr');
  await page.screenshot({ path: path.join(screenshotDir, 'untrusted-text-rtl.png') });

  await queue.getByRole('option', { name: 'Walter Word' }).click();
  await page.screenshot({ path: path.join(screenshotDir, 'untrusted-text-long-word.png') });

  // Search shows the same text as text.
  await page.keyboard.press('/');
  await page.keyboard.type('markupcheck');
  const results = page.getByRole('listbox', { name: /messages? found/ });
  const hit = results.getByRole('option').filter({ hasText: 'Hugo Markup' });
  await expect(hit).toContainText('<img src=x onerror=');
  await expect(hit.locator('img, script, b')).toHaveCount(0);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('linkcheck');
  await expect(results.getByRole('option').filter({ hasText: 'Lina Links' })).toContainText('javascript:');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('rtlcheck');
  const rtlHit = results.getByRole('option').filter({ hasText: 'rtlcheck' });
  expect(await rtlHit.locator('.search-hit__snippet').evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  await expectNothingRan(page);
  expect(dialogs).toBe(0);
});
