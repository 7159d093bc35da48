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
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {}
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
