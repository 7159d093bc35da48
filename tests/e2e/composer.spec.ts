// The composer's aids: a saved reply with its variables filled for this customer, the brand's
// tone at hand, a guard that moves personal data out of a public reply, and a draft that survives
// a reload.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshotDir, test } from './console-host';
import { control } from './simulator-control';

test.use({ locale: 'en-US', colorScheme: 'light', demo: true });

async function openRow(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Inbox' }).click();
  await page.getByRole('listbox', { name: 'Conversations' }).getByRole('option', { name }).first().click({ timeout: 15_000 });
}

test('a saved reply fills in the customer, agent and order; a draft survives a reload', async ({ page, consoleHost }) => {
  await page.goto(consoleHost.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('textbox', { name: 'Your name in replies' }).fill('Luca');
  const form = page.getByRole('form', { name: 'New saved reply' });
  await form.getByRole('combobox', { name: 'Brand' }).selectOption({ label: 'Pizzeria Da Gino' });
  await form.getByRole('textbox', { name: 'Title' }).fill('Ordine in ritardo');
  await form.getByRole('textbox', { name: 'Text' }).fill('Ciao {{first_name}}, sono {{agent}} di {{brand}}: controllo subito l’ordine {{order_number}}.');
  await form.getByRole('button', { name: 'Add saved reply' }).click();
  await expect(page.getByRole('form', { name: 'Saved reply Ordine in ritardo' })).toBeVisible();

  const seed = (await control(consoleHost.simulatorUrl, 'seed')) as { daGino: { id: string } };
  await control(consoleHost.simulatorUrl, 'messages', { pageId: seed.daGino.id, platform: 'messenger', customer: { name: 'Giorgia Neri' }, text: 'Il mio ordine n. 48213 non è arrivato' });
  await openRow(page, 'Giorgia Neri');
  await page.getByRole('button', { name: 'Saved replies' }).click();
  await page.getByRole('searchbox', { name: 'Search saved replies' }).fill('ritardo');
  await page.keyboard.press('Enter');
  const field = page.getByRole('textbox', { name: 'Reply to Giorgia Neri' });
  await expect(field).toHaveValue('Ciao Giorgia, sono Luca di Pizzeria Da Gino: controllo subito l’ordine 48213.');
  await page.screenshot({ path: path.join(screenshotDir, 'composer-saved-reply-en.png') });

  // The draft is in the cache: a reload brings it back.
  await field.fill('Ci scusiamo per il ritardo, ');
  await page.waitForTimeout(700);
  await page.reload();
  await openRow(page, 'Giorgia Neri');
  await expect(page.getByRole('textbox', { name: 'Reply to Giorgia Neri' })).toHaveValue('Ci scusiamo per il ritardo, ');
});

test('personal data in a public reply is held back and can go privately instead', async ({ page, consoleHost }) => {
  await page.goto(consoleHost.url);
  const seed = (await control(consoleHost.simulatorUrl, 'seed')) as { daGino: { postIds: string[] } };
  await control(consoleHost.simulatorUrl, 'comments', { targetId: seed.daGino.postIds[0], customer: { name: 'Paolo Riva' }, text: 'Come posso contattarvi?' });
  await openRow(page, 'Paolo Riva');
  const field = page.getByRole('textbox', { name: 'Reply to Paolo Riva' });
  await field.fill('Chiamaci al 333 123 4567 o scrivi a info@dagino.it');
  await page.keyboard.press('Control+Enter');
  const hold = page.getByRole('alert').filter({ hasText: 'This public reply contains personal data' });
  await expect(hold).toContainText('an email address, a phone number');
  await page.screenshot({ path: path.join(screenshotDir, 'composer-personal-data-en.png') });
  await hold.getByRole('button', { name: 'Reply privately instead' }).click();
  await expect(page.getByRole('checkbox', { name: 'Reply privately' })).toBeChecked();
  await page.getByRole('button', { name: 'Send reply' }).click();
  const thread = page.getByRole('log', { name: 'Messages with Paolo Riva' });
  await expect(thread.getByText('Chiamaci al 333 123 4567 o scrivi a info@dagino.it')).toBeVisible();
  const sentCount = async () => ((await control(consoleHost.simulatorUrl, 'sent')) as { countsByText: Record<string, number> }).countsByText['Chiamaci al 333 123 4567 o scrivi a info@dagino.it'];
  await expect.poll(sentCount, { timeout: 15_000 }).toBe(1);
});
