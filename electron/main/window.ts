import type { BrowserWindow as BrowserWindowType, BrowserWindowConstructorOptions } from 'electron';

/** The renderer gets no Node, runs sandboxed and isolated, and cannot relax web security. */
export function secureWebPreferences(preloadPath: string): BrowserWindowConstructorOptions['webPreferences'] {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

export interface MainWindowOptions {
  preloadPath: string;
  url: string;
  iconPath: string;
}

export function createMainWindow(
  BrowserWindow: typeof BrowserWindowType,
  options: MainWindowOptions,
): BrowserWindowType {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false, // shown once painted, so the user never sees a blank frame
    title: 'Sportello',
    icon: options.iconPath,
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.url);
  return window;
}
