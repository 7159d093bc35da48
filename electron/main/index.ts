// The Electron shell: a composition root. It builds core, serves the renderer over app://, wires
// IPC, and keeps the window locked down. Behaviour lives in core; this file only connects parts.
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, nativeImage, nativeTheme, net, Notification, protocol, session, shell, Tray } from 'electron';
import { CoreError } from '../core/core-error';
import { createCore, type Core } from '../core/create-core';
import { prepareDataDir } from '../core/data-dir';
import { consoleLogger } from '../core/logger';
import { KeytarSecretStore } from '../core/secrets/keytar-secret-store';
import { embeddedDemoPlatform } from '../host/demo-platform';
import { createI18n, resolveLanguage } from '../../shared/i18n';
import { wireAlerts } from './alerts';
import { appEntryUrl, appSchemePrivileges, isAppProtocolUrl, serveAppProtocol } from './app-protocol';
import { wireIpc } from './ipc';
import { denyAllPermissions, guardWebContents } from './security';
import { createMainWindow } from './window';

// electron-vite sets this in development to its dev server; production loads app://.
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const rendererDir = path.join(__dirname, '../renderer');
const iconPath = path.join(__dirname, '../../resources/icon.png');

function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return isAppProtocolUrl(parsed) || (devServerUrl !== undefined && parsed.origin === new URL(devServerUrl).origin);
  } catch {
    return false;
  }
}

protocol.registerSchemesAsPrivileged([appSchemePrivileges]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, shell, isAppUrl));
  app.on('second-instance', () => focusWindow());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.whenReady().then(start).catch(fail);
}

let core: Core | undefined;

async function start(): Promise<void> {
  const dataDir = prepareDataDir(app.getPath('userData'));
  const started = await createCore({
    dataDir,
    appName: app.getName(),
    version: app.getVersion(),
    host: 'electron',
    runtimeVersions: {
      electron: process.versions.electron ?? '',
      chrome: process.versions.chrome ?? '',
      node: process.versions.node,
    },
    networkProbe: () => net.isOnline(),
    // keytar is N-API: the same build serves Node and Electron. better-sqlite3 is not: in
    // development scripts/start.mjs builds it for Electron's ABI and passes its path here; a
    // packaged app carries node_modules rebuilt for Electron by electron-builder.
    sqliteBinding: process.env.SPORTELLO_SQLITE_BINDING || undefined,
    secrets: new KeytarSecretStore(),
    demoPlatform: process.env.SPORTELLO_NO_DEMO ? undefined : embeddedDemoPlatform(),
    logger: consoleLogger('main'),
  });
  core = started;
  denyAllPermissions(session.defaultSession);
  serveAppProtocol(protocol, rendererDir);

  // The native window frame and menus follow the theme the user chose in the console.
  nativeTheme.themeSource = started.settings.get().theme;
  started.events.on('settings.changed', (settings) => {
    nativeTheme.themeSource = settings.theme;
  });

  wireIpc(ipcMain, started, isAppUrl, () => BrowserWindow.getAllWindows().map((window) => window.webContents));
  // Windows shows toasts only for the AppUserModelID of the Start-menu shortcut, which the NSIS
  // installer registers as electron-builder's appId.
  if (process.platform === 'win32') app.setAppUserModelId('app.sportello.console');
  wireAlerts({ Notification, app, Tray, nativeImage, core: started, focusWindow, iconPath, logger: consoleLogger('alerts') });
  started.alerts.start();
  app.on('will-quit', () => void core?.close());
  openWindow();
}

function openWindow(): void {
  createMainWindow(BrowserWindow, {
    preloadPath: path.join(__dirname, '../preload/index.js'),
    url: devServerUrl ?? appEntryUrl,
    iconPath,
  });
}

/** A second launch, a notification or the tray: bring the console forward (macOS may have none open). */
function focusWindow(): void {
  const [window] = BrowserWindow.getAllWindows();
  if (!window) {
    if (core) openWindow(); // before core is up, start() opens the window itself
    return;
  }
  if (window.isMinimized()) window.restore();
  window.focus();
}

function fail(error: unknown): void {
  const message = error instanceof CoreError ? error.message : String(error);
  // Settings may be what failed to load, so the dialog speaks the system's language.
  const { t } = createI18n(resolveLanguage('system', app.getPreferredSystemLanguages()));
  dialog.showErrorBox(t('boot.failedTitle'), message);
  app.exit(1);
}
