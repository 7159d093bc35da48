// The first look at the console, driven the way a person (or a screen reader) finds things: by
// role and accessible name. Every view's data comes from core through the contract, so these
// steps prove the round trip over the browser host's WebSocket.
import path from 'node:path';
import packageJson from '../../package.json';
import { expect, screenshotDir, test } from './console-host';

const shot = (name: string) => ({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });

test.describe('console shell', () => {
  test.use({ locale: 'en-US', colorScheme: 'light' });

  test('switches Italian ↔ English, toggles the theme and shows About', async ({ page, consoleHost }) => {
    await page.goto(consoleHost.url);

    // The shell, in the OS language.
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Inbox', level: 1 })).toBeVisible();
    await expect(page.getByRole('contentinfo', { name: 'Status bar' })).toContainText(/Online|Offline/);
    await expect(page.getByRole('contentinfo', { name: 'Status bar' })).toContainText('No accounts connected');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    // The token has been taken out of the address bar.
    expect(page.url()).not.toContain('token=');
    await page.screenshot(shot('inbox-en-light'));

    // Italian, chosen in Settings, applies at once and persists.
    await nav.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'System default' })).toBeChecked();
    await page.getByRole('radio', { name: 'Italiano' }).check();
    await expect(page.getByRole('heading', { name: 'Impostazioni', level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
    await expect(page.getByRole('navigation', { name: 'Principale' })).toBeVisible();
    await page.screenshot(shot('settings-it-light'));

    await page.reload();
    await expect(page.getByRole('heading', { name: 'Posta in arrivo', level: 1 })).toBeVisible();
    await page.screenshot(shot('inbox-it-light'));

    // The theme toggle in the status bar says what it will do.
    await page.getByRole('button', { name: 'Passa al tema scuro' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: 'Passa al tema chiaro' })).toBeVisible();
    await page.screenshot(shot('inbox-it-dark'));

    // About shows what core reports about itself.
    await page.getByRole('navigation', { name: 'Principale' }).getByRole('button', { name: 'Informazioni' }).click();
    const about = page.getByRole('main');
    await expect(page.getByRole('heading', { name: 'Informazioni su Sportello', level: 1 })).toBeVisible();
    await expect(about).toContainText(packageJson.version);
    await expect(about).toContainText(consoleHost.dataDir);
    await expect(about).toContainText('Host per browser');
    await page.screenshot(shot('about-it-dark'));

    // Back to English.
    await page.getByRole('navigation', { name: 'Principale' }).getByRole('button', { name: 'Impostazioni' }).click();
    await page.getByRole('radio', { name: 'English' }).check();
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
    await page.screenshot(shot('settings-en-dark'));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'About' }).click();
    await expect(page.getByRole('heading', { name: 'About Sportello', level: 1 })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('Browser host');
    await page.screenshot(shot('about-en-dark'));
  });

  test('keyboard: skip link and view shortcuts', async ({ page, consoleHost }) => {
    await page.goto(consoleHost.url);
    await expect(page.getByRole('heading', { name: 'Inbox', level: 1 })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    await page.keyboard.press('Alt+5');
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
    await page.keyboard.press('Alt+4');
    await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();
    await page.keyboard.press('Alt+3');
    await expect(page.getByRole('heading', { name: 'Supervisor', level: 1 })).toBeVisible();
    await page.keyboard.press('Alt+2');
    await expect(page.getByRole('heading', { name: 'Alerts', level: 1 })).toBeVisible();
    // "?" shows every shortcut; Escape puts it away.
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(sheet).toBeVisible();
    await expect(sheet.getByRole('button', { name: 'Close' })).toBeFocused();
    await expect(sheet).toContainText('Add an internal note');
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
  });

  test('a change made in one window reaches every other window through core events', async ({ page, consoleHost }) => {
    await page.goto(consoleHost.url);
    const other = await page.context().newPage();
    await other.goto(consoleHost.url);
    await expect(other.getByRole('heading', { name: 'Inbox', level: 1 })).toBeVisible();

    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await expect(other.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('radio', { name: 'Italiano' }).check();
    await expect(other.getByRole('heading', { name: 'Posta in arrivo', level: 1 })).toBeVisible();
  });

  test('a page without this run’s token cannot drive the console', async ({ browser, consoleHost }) => {
    const stranger = await browser.newPage({ locale: 'en-US' });
    await stranger.goto(consoleHost.url.replace(/#.*$/, ''));
    await expect(stranger.getByRole('alert')).toContainText('Sportello could not start');
    await stranger.close();
  });
});

test.describe('following the OS', () => {
  test.use({ locale: 'it-IT', colorScheme: 'dark' });

  test('opens in the OS language and appearance', async ({ page, consoleHost }) => {
    await page.goto(consoleHost.url);
    await expect(page.getByRole('heading', { name: 'Posta in arrivo', level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
    await page.getByRole('navigation', { name: 'Principale' }).getByRole('button', { name: 'Report' }).click();
    await expect(page.getByRole('heading', { name: 'Report', level: 1 })).toBeVisible();
    await page.screenshot(shot('reports-it-dark-system'));
  });
});
