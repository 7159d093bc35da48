// The queue at scale: 3,000 cached conversations (written with the store's own code before the
// console starts). The list keeps a bounded number of rows in the DOM, the keyboard walks past the
// first page (the next pages load as it goes), a far row opens, and closing a conversation (a live
// update) leaves the rows on screen where they were, with the keyboard focus still in the list;
// scrolled deep, the screen passes axe.
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { writeQueueWorkspace } from '../../bench/renderer/queue-workspace';
import { expect, screenshotDir, test } from './console-host';

const conversations = 3_000;
/** The list renders a screenful plus a few rows either side: never near a page (200 rows). */
const maxRenderedRows = 40;

test.use({
  locale: 'en-US',
  colorScheme: 'light',
  // A fixture yields a function (a function given directly would be taken for the fixture itself).
  // eslint-disable-next-line no-empty-pattern
  prepareDataDir: async ({}, use) => {
    await use(async (dataDir) => {
      await writeQueueWorkspace(dataDir, conversations);
    });
  },
});

/** The option that has the keyboard focus, and its place in the queue. */
async function focusedPosition(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.activeElement?.getAttribute('aria-posinset') ?? -1));
}

async function customerOf(option: Locator): Promise<string> {
  const nameId = (await option.getAttribute('aria-labelledby'))!;
  return (await option.page().locator(`[id="${nameId}"]`).innerText()).trim();
}

test('3,000 conversations: bounded DOM, keyboard past the first page, a far row opens, live updates keep the place', async ({ page, consoleHost }) => {
  await page.goto(consoleHost.url);
  const queue = page.getByRole('listbox', { name: 'Conversations' });
  const rows = queue.getByRole('option');
  await expect(rows.first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('3,000 conversations')).toBeVisible();
  expect(await rows.count()).toBeLessThanOrEqual(maxRenderedRows);
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(conversations));
  await expect(rows.first()).toHaveAttribute('aria-posinset', '1');

  // End goes to the last loaded row; the list loads the next page, so End again goes further.
  await rows.first().focus();
  await page.keyboard.press('End');
  const firstEnd = await focusedPosition(page);
  expect(firstEnd).toBeGreaterThanOrEqual(200);
  await expect.poll(async () => {
    await page.keyboard.press('End');
    return focusedPosition(page);
  }).toBeGreaterThan(firstEnd);
  const far = await focusedPosition(page);
  expect(await rows.count()).toBeLessThanOrEqual(maxRenderedRows);

  // j and k step one row from there, past the end of what was loaded (j does nothing until the
  // next page is in; each press moves one row at most).
  await expect.poll(async () => {
    await page.keyboard.press('j');
    return focusedPosition(page);
  }).toBe(far + 1);
  await page.keyboard.press('k');
  await page.keyboard.press('k');
  expect(await focusedPosition(page)).toBe(far - 1);
  await page.keyboard.press('ArrowDown');
  expect(await focusedPosition(page)).toBe(far);

  // Enter opens the far row: its thread is shown, and the row is the selected one, on screen.
  const farRow = queue.locator(`[aria-posinset="${far}"]`);
  const customer = await customerOf(farRow);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: customer })).toBeVisible();
  await expect(page.getByRole('log', { name: new RegExp(customer) })).toBeVisible();
  await expect(farRow).toHaveAttribute('aria-selected', 'true');
  await expect(farRow).toBeInViewport();
  await page.screenshot({ path: path.join(screenshotDir, 'queue-scale-far-row-en.png') });

  // Close it with "e": core says the conversations changed and the list re-reads what it has
  // loaded. The row above stays exactly where it was; the focus moves to the row that took the
  // closed one's place.
  const rowAbove = queue.locator(`[aria-posinset="${far - 1}"]`);
  const customerAbove = await customerOf(rowAbove);
  const yBefore = (await rowAbove.boundingBox())!.y;
  await page.keyboard.press('e');
  await expect(page.getByText('2,999 conversations')).toBeVisible();
  await expect(rows.filter({ hasText: customer })).toHaveCount(0);
  const sameRowAbove = queue.locator(`[aria-posinset="${far - 1}"]`);
  expect(await customerOf(sameRowAbove)).toBe(customerAbove);
  expect((await sameRowAbove.boundingBox())!.y).toBe(yBefore);
  expect(await focusedPosition(page)).toBe(far);
  expect(await rows.count()).toBeLessThanOrEqual(maxRenderedRows);

  // The virtualized list, scrolled deep, passes axe like every other screen.
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);

  // Home goes back to the top.
  await page.keyboard.press('Home');
  expect(await focusedPosition(page)).toBe(1);
  await expect(rows.first()).toBeInViewport();
});
