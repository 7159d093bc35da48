// Saved views end to end: the inbox's filters saved under a name (empty and duplicate names refused
// in words), applied with one click and from the command palette, renamed, kept across a reload,
// and deleted.
import path from 'node:path';
import { expect, screenshotDir, test } from './console-host';

test.use({ locale: 'en-US', colorScheme: 'light', demo: true });

const shot = (name: string) => ({ path: path.join(screenshotDir, `${name}.png`) });

test('an operator saves the filters as a view, applies it, renames it and deletes it', async ({ page, consoleHost }) => {
  await page.goto(consoleHost.url);
  const queue = page.getByRole('listbox', { name: 'Conversations' });
  await expect(queue.getByRole('option').first()).toBeVisible({ timeout: 15_000 });
  const views = page.getByRole('region', { name: 'Saved views' });
  const brand = page.getByRole('combobox', { name: 'Brand' });
  const channel = page.getByRole('combobox', { name: 'Channel' });
  await expect(views).toContainText('Save the filters you use often');

  // Alpine Outdoor's Instagram, saved under a name.
  await brand.selectOption({ label: 'Alpine Outdoor' });
  await channel.selectOption({ label: 'Instagram' });
  await views.getByRole('button', { name: 'Save these filters as a view…' }).click();
  const name = views.getByRole('textbox', { name: 'Name of the new saved view' });
  await expect(name).toBeFocused();
  await views.getByRole('button', { name: 'Save view' }).click();
  await expect(views.getByRole('alert')).toHaveText('Give the view a name.');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await name.fill('Alpine Instagram');
  await page.keyboard.press('Enter');
  const saved = views.getByRole('button', { name: 'Alpine Instagram', exact: true });
  await expect(saved).toHaveAttribute('aria-pressed', 'true');

  // The same name again, in another case, is refused.
  await views.getByRole('button', { name: 'Save these filters as a view…' }).click();
  await name.fill('alpine instagram');
  await views.getByRole('button', { name: 'Save view' }).click();
  await expect(views.getByRole('alert')).toHaveText('A saved view named “alpine instagram” already exists. Choose another name.');
  await views.getByRole('button', { name: 'Cancel' }).click();

  // Back to every brand and channel; one click brings the view back.
  await brand.selectOption({ label: 'All brands' });
  await channel.selectOption({ label: 'All channels' });
  await expect(saved).toHaveAttribute('aria-pressed', 'false');
  await expect(queue.getByRole('option').filter({ hasText: 'Pizzeria Da Gino' }).first()).toBeVisible();
  await saved.click();
  await expect(brand.locator('option:checked')).toHaveText('Alpine Outdoor');
  await expect(channel.locator('option:checked')).toHaveText('Instagram');
  await expect(queue.getByRole('option').filter({ hasText: 'Pizzeria Da Gino' })).toHaveCount(0);
  await expect(queue.getByRole('option').first()).toContainText('Alpine Outdoor');
  await page.screenshot(shot('saved-views-applied-en'));

  // Renamed, and still there after a reload.
  await views.getByRole('button', { name: 'Rename the saved view Alpine Instagram' }).click();
  const rename = views.getByRole('textbox', { name: 'New name for the saved view Alpine Instagram' });
  await rename.fill('Alpine IG');
  await views.getByRole('button', { name: 'Save name' }).click();
  await page.reload();
  const renamed = page.getByRole('region', { name: 'Saved views' }).getByRole('button', { name: 'Alpine IG', exact: true });
  await expect(renamed).toBeVisible({ timeout: 15_000 });
  await expect(renamed).toHaveAttribute('aria-pressed', 'false');

  // From anywhere, by name, in the command palette.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'About' }).click();
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Commands' });
  await palette.getByRole('combobox').fill('alpine ig');
  await expect(palette.getByRole('option', { name: /Apply saved view: Alpine IG/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Inbox', level: 1 })).toBeVisible();
  await expect(brand.locator('option:checked')).toHaveText('Alpine Outdoor');
  await expect(channel.locator('option:checked')).toHaveText('Instagram');
  await expect(renamed).toHaveAttribute('aria-pressed', 'true');

  // Deleted, after asking.
  await views.getByRole('button', { name: 'Delete the saved view Alpine IG' }).click();
  await views.getByRole('group', { name: 'Delete Alpine IG?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(renamed).toHaveCount(0);
  await expect(views).toContainText('Save the filters you use often');
});
