// Persona: a freelancer serving two client brands from one console, in Italian with the dark theme.
// Pizzeria Da Gino promises a reply within 15 minutes, Alpine Outdoor within an hour; each has its
// own saved replies and tone. Switching the queue between the brands shows each one's rows, its
// response targets, and only that brand's saved replies and tone in the composer.
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, screenshotDir, test } from './console-host';
import { control } from './simulator-control';

test.use({ locale: 'it-IT', colorScheme: 'dark', demo: true });

const shot = (name: string) => ({ path: path.join(screenshotDir, `${name}.png`) });
const minute = 60_000;

async function addSavedReply(page: Page, brand: string, title: string, text: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Nuova risposta salvata' });
  await form.getByRole('combobox', { name: 'Brand' }).selectOption({ label: brand });
  await form.getByRole('textbox', { name: 'Titolo' }).fill(title);
  await form.getByRole('textbox', { name: 'Testo' }).fill(text);
  await form.getByRole('button', { name: 'Aggiungi la risposta' }).click();
  await expect(page.getByRole('form', { name: `Risposta salvata ${title}` })).toBeVisible();
}

/** Minutes from the customer's message to the row's response-target due time. */
async function targetMinutes(row: Locator): Promise<number> {
  const times = row.locator('time[datetime]');
  const [sent, due] = await Promise.all([times.first().getAttribute('datetime'), times.nth(1).getAttribute('datetime')]);
  return Math.round((Date.parse(due!) - Date.parse(sent!)) / minute);
}

test('a freelancer switches between two client brands with their own targets, saved replies and tone', async ({ page, consoleHost }) => {
  const sim = consoleHost.simulatorUrl;
  await page.goto(consoleHost.url);
  const nav = page.getByRole('navigation', { name: 'Principale' });

  // Each client's own saved reply.
  await nav.getByRole('button', { name: 'Impostazioni' }).click();
  await addSavedReply(page, 'Pizzeria Da Gino', 'Prenotazione', 'Ciao {{first_name}}, ti aspettiamo da {{brand}}!');
  await addSavedReply(page, 'Alpine Outdoor', 'Sizes', 'Hello {{first_name}}, our size guide is on every product page.');

  const seed = (await control(sim, 'seed')) as { daGino: { id: string }; alpine: { id: string } };
  await control(sim, 'messages', { pageId: seed.daGino.id, platform: 'messenger', customer: { name: 'Rosa Marini' }, text: 'Siete aperti a pranzo la domenica?' });
  await control(sim, 'messages', { pageId: seed.alpine.id, platform: 'messenger', customer: { name: 'Emma Clarke' }, text: 'Which size should I take for the Ridge jacket?' });

  await nav.getByRole('button', { name: 'Posta in arrivo' }).click();
  const queue = page.getByRole('listbox', { name: 'Conversazioni' });
  const rows = queue.getByRole('option');
  const brand = page.getByRole('combobox', { name: 'Brand' });

  // Da Gino's view: only its rows; the new customer is due 15 minutes after writing.
  await brand.selectOption({ label: 'Pizzeria Da Gino' });
  const rosa = queue.getByRole('option', { name: 'Rosa Marini' });
  await expect(rosa).toBeVisible({ timeout: 15_000 });
  await expect.poll(async () => (await rows.allInnerTexts()).every((text) => text.includes('Pizzeria Da Gino'))).toBe(true);
  expect(await targetMinutes(rosa)).toBe(15);
  await rosa.click();
  await expect(page.getByText('Tono: Caloroso e alla mano', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Risposte salvate' }).click();
  const savedList = page.getByRole('list', { name: 'Risposte salvate' });
  await expect(savedList.getByRole('button')).toHaveCount(1);
  await expect(savedList).toContainText('Prenotazione');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Rispondi a Rosa Marini' })).toHaveValue('Ciao Rosa, ti aspettiamo da Pizzeria Da Gino!');
  await page.screenshot(shot('persona-freelancer-dagino-it-dark'));

  // Alpine's view, from the keyboard (Ctrl+K, the client's name): its rows, a one-hour target, its
  // saved reply and tone; Da Gino's draft is kept.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('coda di alpine');
  await page.keyboard.press('Enter');
  await expect(brand.locator('option:checked')).toHaveText('Alpine Outdoor');
  const emma = queue.getByRole('option', { name: 'Emma Clarke' });
  await expect(emma).toBeVisible({ timeout: 15_000 });
  await expect.poll(async () => (await rows.allInnerTexts()).every((text) => text.includes('Alpine Outdoor'))).toBe(true);
  expect(await targetMinutes(emma)).toBe(60);
  await emma.click();
  await expect(page.getByText('Tono: Friendly and precise', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Risposte salvate' }).click();
  await expect(savedList.getByRole('button')).toHaveCount(1);
  await expect(savedList).toContainText('Sizes');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Rispondi a Emma Clarke' })).toHaveValue('Hello Emma, our size guide is on every product page.');
  await page.screenshot(shot('persona-freelancer-alpine-it-dark'));

  // Both brands together again: both customers, each row with its brand's name.
  await brand.selectOption({ label: 'Tutti i brand' });
  await expect(rosa).toContainText('Pizzeria Da Gino');
  await expect(emma).toContainText('Alpine Outdoor');
  await rosa.click();
  await expect(page.getByRole('textbox', { name: 'Rispondi a Rosa Marini' })).toHaveValue('Ciao Rosa, ti aspettiamo da Pizzeria Da Gino!');
});
