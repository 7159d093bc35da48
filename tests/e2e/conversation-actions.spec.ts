// What an agent does to a conversation besides replying, by keyboard where it has a shortcut:
// tag it, write an internal note (n), close it (e) and find it again, snooze it (s), mark priority.
import path from 'node:path';
import { expect, screenshotDir, test } from './console-host';

test.use({ locale: 'en-US', colorScheme: 'light', demo: true });

const shot = (name: string) => ({ path: path.join(screenshotDir, `${name}.png`) });

test('an agent tags, notes, closes, finds, snoozes and prioritises a conversation', async ({ page, consoleHost }) => {
  await page.goto(consoleHost.url);
  const seed = (await (await fetch(`${consoleHost.simulatorUrl}/__control/seed`)).json()) as { daGino: { id: string } };
  await fetch(`${consoleHost.simulatorUrl}/__control/messages`, {
    method: 'POST',
    body: JSON.stringify({ pageId: seed.daGino.id, platform: 'messenger', customer: { name: 'Elena Greco' }, text: 'La pizza è arrivata fredda.' }),
  });
  const queue = page.getByRole('listbox', { name: 'Conversations' });
  await queue.getByRole('option', { name: 'Elena Greco' }).click({ timeout: 15_000 });
  const conversation = page.getByRole('region', { name: 'Elena Greco' });
  const thread = page.getByRole('log', { name: 'Messages with Elena Greco' });
  await expect(thread).toContainText('La pizza è arrivata fredda.');

  // A tag, from the field (Enter adds it).
  await conversation.getByRole('combobox', { name: 'Add a tag' }).fill('Reclamo');
  await page.keyboard.press('Enter');
  await expect(conversation.getByRole('list', { name: 'Tags' })).toContainText('Reclamo');

  // n: an internal note; untrusted-looking text stays text.
  await thread.focus();
  await page.keyboard.press('n');
  await expect(page.getByRole('textbox', { name: 'Internal note (not sent to the customer)' })).toBeFocused();
  await page.keyboard.type('<b>Offrire</b> il dolce');
  await page.keyboard.press('Control+Enter');
  await expect(thread.getByRole('listitem').filter({ hasText: 'Internal note' })).toContainText('<b>Offrire</b> il dolce');

  // e: close. It leaves the open queue and is found under Closed.
  await thread.focus();
  await page.keyboard.press('e');
  await expect(conversation.getByRole('toolbar', { name: 'Conversation actions' }).getByRole('status')).toHaveText('Closed');
  await expect(queue.getByRole('option', { name: 'Elena Greco' })).toHaveCount(0);
  const show = page.getByRole('group', { name: 'Show' });
  await show.getByText('Closed').click();
  await expect(show.getByRole('radio', { name: 'Closed' })).toBeChecked();
  await expect(queue.getByRole('option', { name: 'Elena Greco' })).toBeVisible();
  await page.screenshot(shot('conversation-closed-en'));

  // Reopen, then s: snooze for an hour; and mark it urgent.
  await conversation.getByRole('button', { name: 'Reopen' }).click();
  await thread.focus();
  await page.keyboard.press('s');
  await expect(page.getByRole('button', { name: /^In an hour/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(conversation.getByRole('toolbar', { name: 'Conversation actions' }).getByRole('status')).toContainText('Snoozed until');
  await conversation.getByRole('combobox', { name: 'Priority' }).selectOption({ label: 'Urgent' });
  await expect(conversation.getByRole('combobox', { name: 'Priority' })).toHaveValue('3');
  await page.screenshot(shot('conversation-snoozed-en'));
});

test('the command palette (Ctrl+K) runs every action by name', async ({ page, consoleHost }) => {
  await page.goto(consoleHost.url);
  const queue = page.getByRole('listbox', { name: 'Conversations' });
  await queue.getByRole('option').first().click({ timeout: 15_000 });
  const customer = (await page.getByRole('region').filter({ has: page.getByRole('toolbar', { name: 'Conversation actions' }) }).getByRole('heading', { level: 2 }).innerText()).trim();

  // From inside a text field too: the palette's shortcut has a modifier.
  await page.getByRole('textbox', { name: `Reply to ${customer}` }).focus();
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Commands' });
  await expect(palette.getByRole('combobox', { name: 'Type a command' })).toBeFocused();
  await page.keyboard.type('close or');
  await expect(palette.getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.getByRole('toolbar', { name: 'Conversation actions' }).getByRole('status')).toHaveText('Closed');

  await page.keyboard.press('Control+k');
  await page.keyboard.type('go to alerts');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Alerts', level: 1 })).toBeVisible();
});
