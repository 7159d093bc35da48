// axe-core on every screen of the console, in both themes: no serious or critical violation.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './console-host';

test.use({ locale: 'en-US', demo: true });

async function expectNoSeriousViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${screen}: ${violation.id} (${violation.impact}) — ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(serious).toEqual([]);
  // The scan looked at the screen: rules were checked and passed.
  expect(results.passes.length).toBeGreaterThan(10);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every screen passes axe in the ${colorScheme} theme`, async ({ page, consoleHost }) => {
    // Eleven full-page scans, each several seconds on a busy machine: more than the default minute.
    test.setTimeout(240_000);
    await page.emulateMedia({ colorScheme });
    await page.goto(consoleHost.url);
    const queue = page.getByRole('listbox', { name: 'Conversations' });
    await queue.getByRole('option').first().click({ timeout: 15_000 });
    await expect(page.getByRole('log')).toBeVisible();
    await expectNoSeriousViolations(page, 'inbox with a conversation open');
    // The saved-view form, with its error showing.
    const savedViews = page.getByRole('region', { name: 'Saved views' });
    await savedViews.getByRole('button', { name: 'Save these filters as a view…' }).click();
    // Submitted from the keyboard: the pointer stays off the buttons (hover colours are not this check's).
    await page.keyboard.press('Enter');
    await expect(savedViews.getByRole('alert')).toBeVisible();
    await expectNoSeriousViolations(page, 'saved-view form');
    await savedViews.getByRole('button', { name: 'Cancel' }).click();
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const view of ['Alerts', 'Supervisor', 'Reports', 'Settings', 'About'] as const) {
      await nav.getByRole('button', { name: new RegExp(`^${view}`) }).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoSeriousViolations(page, view);
    }
    await nav.getByRole('button', { name: /^Settings/ }).click();
    await page.getByRole('button', { name: /^Re-authorise / }).first().click();
    await page.getByRole('button', { name: /^Test connection of / }).first().click();
    await page.getByRole('button', { name: 'Export diagnostics' }).click();
    await expect(page.getByText('Diagnostics saved to')).toBeVisible();
    // Any result will do for axe: what matters is that one is on screen.
    await expect(page.getByText(/^(Connection works|Needs re-authorisation|Platform unreachable)\.$/)).toBeVisible();
    await expectNoSeriousViolations(page, 'settings with account tools and diagnostics');
    await page.getByRole('button', { name: /^Sync details/ }).click();
    await expect(page.getByRole('region', { name: 'Accounts and outbox' })).toBeVisible();
    await expectNoSeriousViolations(page, 'status details');
    await page.getByRole('button', { name: /^Sync details/ }).click();
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await expectNoSeriousViolations(page, 'shortcut sheet');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog', { name: 'Commands' })).toBeVisible();
    await expectNoSeriousViolations(page, 'command palette');
  });
}
