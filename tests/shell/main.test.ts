// The composition root, started against the fake electron module: what the window gets, what
// main registers before and after ready, and that IPC reaches the real core.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, type FakeBrowserWindow } from '../fakes/electron';

async function startMain(): Promise<FakeBrowserWindow> {
  vi.resetModules();
  await import('../../electron/main/index');
  fake.ready();
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
  return fake.windows[0]!;
}

function invoke(frameUrl: string, name: unknown, params: unknown) {
  const handler = fake.ipcHandlers.get('sportello:call');
  if (!handler) throw new Error('no IPC handler registered');
  return handler({ senderFrame: { url: frameUrl } }, name, params) as Promise<{ ok: boolean; value?: unknown; error?: { kind: string } }>;
}

describe('Electron main', () => {
  let userData: string;
  beforeEach(() => {
    fake.reset();
    userData = fs.mkdtempSync(path.join(os.tmpdir(), 'sportello-main-'));
    fake.userDataPath = userData;
    vi.stubEnv('SPORTELLO_DATA_DIR', '');
    vi.stubEnv('SPORTELLO_NO_DEMO', '1'); // the demo's simulator and keychain are tested elsewhere
    vi.stubEnv('ELECTRON_RENDERER_URL', undefined as unknown as string);
  });
  afterEach(async () => {
    fake.emitApp('will-quit');
    await new Promise((resolve) => setTimeout(resolve, 50)); // let core close its database
    vi.unstubAllEnvs();
    fs.rmSync(userData, { recursive: true, force: true });
  });

  it('registers app:// as a privileged scheme before the app is ready', async () => {
    vi.resetModules();
    await import('../../electron/main/index');
    expect(fake.privilegedSchemes).toEqual([expect.objectContaining({ scheme: 'app' })]);
    expect(fake.windows).toHaveLength(0);
  });

  it('opens one hardened window on app://, hidden until painted', async () => {
    const window = await startMain();
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(String((window.options.webPreferences as { preload: string }).preload)).toMatch(/preload[\\/]index\.js$/);
    expect(window.options.show).toBe(false);
    expect(window.loadedUrl).toBe('app://sportello/index.html');
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
    expect(fake.protocolHandlers.has('app')).toBe(true);
    expect(fake.permissionRequestHandler).toBeDefined();
    // The app-wide guard was attached to the window's contents.
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.org' })).toEqual({ action: 'deny' });
  });

  it('answers contract calls from its own frame with the real core', async () => {
    await startMain();
    const info = await invoke('app://sportello/index.html', 'app.info', {});
    expect(info).toMatchObject({ ok: true, value: { host: 'electron', dataDir: userData, version: '0.0.0-test' } });
  });

  it('refuses calls from other frames and invalid payloads, as data', async () => {
    await startMain();
    expect(await invoke('https://evil.example/', 'app.info', {})).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(await invoke('', 'app.info', {})).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(await invoke('app://sportello/', 'fs.readFile', {})).toMatchObject({ ok: false, error: { kind: 'unknown-call' } });
    expect(await invoke('app://sportello/', 'settings.update', { theme: 'neon' })).toMatchObject({ ok: false, error: { kind: 'invalid-request' } });
  });

  it('pushes core events to the window and makes the native theme follow the setting', async () => {
    const window = await startMain();
    const result = await invoke('app://sportello/', 'settings.update', { theme: 'dark' });
    expect(result.ok).toBe(true);
    expect(window.webContents.sent).toContainEqual({
      channel: 'sportello:event',
      args: ['settings.changed', expect.objectContaining({ language: 'system', theme: 'dark' })],
    });
    const { nativeTheme } = await import('../fakes/electron');
    expect(nativeTheme.themeSource).toBe('dark');
  });

  it('quits when another instance already runs', async () => {
    fake.singleInstance = false;
    vi.resetModules();
    await import('../../electron/main/index');
    expect(fake.quitCalls).toBe(1);
    expect(fake.readyResolvers).toHaveLength(0);
  });

  it('tells the user, in a dialog in their language, when the data folder cannot be written', async () => {
    fake.systemLanguages = ['it-IT', 'en-US'];
    const blocker = path.join(userData, 'not-a-folder');
    fs.writeFileSync(blocker, '');
    fake.userDataPath = path.join(blocker, 'Sportello');
    vi.resetModules();
    await import('../../electron/main/index');
    fake.ready();
    await vi.waitFor(() => expect(fake.errorBoxes).toHaveLength(1));
    expect(fake.errorBoxes[0]).toMatchObject({ title: 'Impossibile avviare Sportello' });
    expect(fake.errorBoxes[0]!.content).toContain('cannot write to its data folder');
    expect(fake.exitCodes).toEqual([1]);
    expect(fake.windows).toHaveLength(0);
  });
});
