// A stand-in for the `electron` module, for unit tests of the shell only. The Electron runtime
// cannot be downloaded on the build machines; these tests check how the shell *configures*
// Electron (window options, handlers, protocol, IPC), which this fake records faithfully. All
// behaviour behind the shell is core, tested for real elsewhere.
import { EventEmitter } from 'node:events';

type Handler = (...args: unknown[]) => unknown;

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  sent: Array<{ channel: string; args: unknown[] }> = [];
  destroyed = false;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

// Tests re-import the shell with vi.resetModules(), which also re-creates this module: the state
// lives on globalThis so the test and the freshly imported shell see the same recordings.
const globalFake = globalThis as { __sportelloFakeElectron?: ReturnType<typeof createFakeState> };

export const fake = (globalFake.__sportelloFakeElectron ??= createFakeState());

function createFakeState() {
  return {
  readyResolvers: [] as Array<() => void>,
  appHandlers: new Map<string, Handler[]>(),
  userDataPath: '',
  singleInstance: true,
  quitCalls: 0,
  exitCodes: [] as number[],
  errorBoxes: [] as Array<{ title: string; content: string }>,
  privilegedSchemes: [] as unknown[],
  protocolHandlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
  ipcHandlers: new Map<string, Handler>(),
  permissionRequestHandler: undefined as Handler | undefined,
  permissionCheckHandler: undefined as Handler | undefined,
  openedExternally: [] as string[],
  exposed: new Map<string, unknown>(),
  rendererInvokes: [] as Array<{ channel: string; args: unknown[] }>,
  rendererListeners: new Map<string, Handler[]>(),
  windows: [] as FakeBrowserWindow[],
  online: true,
  systemLanguages: ['en-US'],
  nativeTheme: { themeSource: 'system' as 'system' | 'light' | 'dark' },
  notificationsSupported: true,
  notifications: [] as FakeNotification[],
  trays: [] as FakeTray[],
  badgeCounts: [] as number[],
  appUserModelId: undefined as string | undefined,
  reset(): void {
    this.readyResolvers = [];
    this.appHandlers.clear();
    this.userDataPath = '';
    this.singleInstance = true;
    this.quitCalls = 0;
    this.exitCodes = [];
    this.errorBoxes = [];
    this.privilegedSchemes = [];
    this.protocolHandlers.clear();
    this.ipcHandlers.clear();
    this.permissionRequestHandler = undefined;
    this.permissionCheckHandler = undefined;
    this.openedExternally = [];
    this.exposed.clear();
    this.rendererInvokes = [];
    this.rendererListeners.clear();
    this.windows = [];
    this.online = true;
    this.systemLanguages = ['en-US'];
    this.nativeTheme.themeSource = 'system';
    this.notificationsSupported = true;
    this.notifications = [];
    this.trays = [];
    this.badgeCounts = [];
    this.appUserModelId = undefined;
  },
  /** Resolves app.whenReady(), as Electron does once it has initialised. */
  ready(): void {
    for (const resolve of this.readyResolvers) resolve();
  },
  emitApp(event: string, ...args: unknown[]): void {
    for (const handler of this.appHandlers.get(event) ?? []) handler(...args);
  },
  };
}

export const app = {
  requestSingleInstanceLock: () => fake.singleInstance,
  quit: () => {
    fake.quitCalls += 1;
  },
  exit: (code = 0) => {
    fake.exitCodes.push(code);
  },
  on(event: string, handler: Handler) {
    fake.appHandlers.set(event, [...(fake.appHandlers.get(event) ?? []), handler]);
    return app;
  },
  whenReady: () => new Promise<void>((resolve) => fake.readyResolvers.push(resolve)),
  getPath: (name: string) => {
    if (name !== 'userData') throw new Error(`fake electron: getPath(${name}) not supported`);
    return fake.userDataPath;
  },
  getName: () => 'Sportello',
  getPreferredSystemLanguages: () => fake.systemLanguages,
  getVersion: () => '0.0.0-test',
  /** Electron returns whether the platform has a badge; the fake records the count either way. */
  setBadgeCount: (count = 0) => {
    fake.badgeCounts.push(count);
    return true;
  },
  setAppUserModelId: (id: string) => {
    fake.appUserModelId = id;
  },
};

export class FakeBrowserWindow extends EventEmitter {
  static getAllWindows(): FakeBrowserWindow[] {
    return fake.windows;
  }
  readonly webContents = new FakeWebContents();
  loadedUrl: string | undefined;
  shown = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    fake.windows.push(this);
    fake.emitApp('web-contents-created', {}, this.webContents);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  show(): void {
    this.shown = true;
  }
  minimized = false;
  restoredTimes = 0;
  focusedTimes = 0;
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
    this.restoredTimes += 1;
  }
  focus(): void {
    this.focusedTimes += 1;
  }
}
export const BrowserWindow = FakeBrowserWindow;

export const dialog = {
  showErrorBox: (title: string, content: string) => fake.errorBoxes.push({ title, content }),
};

export const ipcMain = {
  handle: (channel: string, handler: Handler) => fake.ipcHandlers.set(channel, handler),
};

export const nativeTheme = fake.nativeTheme;

export const net = { isOnline: () => fake.online };

export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown[]) => fake.privilegedSchemes.push(...schemes),
  handle: (scheme: string, handler: (request: Request) => Promise<Response>) => fake.protocolHandlers.set(scheme, handler),
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler: Handler) => {
      fake.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler: (handler: Handler) => {
      fake.permissionCheckHandler = handler;
    },
  },
};

export const shell = {
  openExternal: (url: string) => {
    fake.openedExternally.push(url);
    return Promise.resolve();
  },
};

export const contextBridge = {
  exposeInMainWorld: (key: string, api: unknown) => fake.exposed.set(key, api),
};

export const ipcRenderer = {
  invoke: (channel: string, ...args: unknown[]) => {
    fake.rendererInvokes.push({ channel, args });
    return Promise.resolve({ ok: true, value: { echoed: args } });
  },
  on: (channel: string, handler: Handler) => {
    fake.rendererListeners.set(channel, [...(fake.rendererListeners.get(channel) ?? []), handler]);
  },
};

/** Electron's main-process Notification: options in, show(), and 'click'/'close' from the OS. */
export class FakeNotification extends EventEmitter {
  static isSupported(): boolean {
    return fake.notificationsSupported;
  }
  shownTimes = 0;
  closed = false;
  constructor(readonly options: { title?: string; body?: string; silent?: boolean; icon?: unknown } = {}) {
    super();
    fake.notifications.push(this);
  }
  show(): void {
    this.shownTimes += 1;
  }
  /** As in Electron: dismisses it, and the OS reports 'close'. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.emit('close', { reason: 'userCanceled' });
  }
  /** What the OS does when the user clicks it. */
  click(): void {
    this.emit('click', {});
  }
}
export const Notification = FakeNotification;

export class FakeNativeImage {
  constructor(
    readonly path: string,
    readonly size: { width: number; height: number } | undefined = undefined,
  ) {}
  resize(options: { width?: number; height?: number }): FakeNativeImage {
    return new FakeNativeImage(this.path, { width: options.width ?? 0, height: options.height ?? 0 });
  }
}

export const nativeImage = {
  createFromPath: (imagePath: string) => new FakeNativeImage(imagePath),
};

/** A tray icon: its image, tooltip, and the 'click' handlers the shell attached. */
export class FakeTray extends EventEmitter {
  tooltip = '';
  destroyed = false;
  constructor(readonly image: FakeNativeImage | string) {
    super();
    fake.trays.push(this);
  }
  setToolTip(tooltip: string): void {
    this.tooltip = tooltip;
  }
  destroy(): void {
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  click(): void {
    this.emit('click', {}, { x: 0, y: 0, width: 16, height: 16 }, { x: 0, y: 0 });
  }
}
export const Tray = FakeTray;
