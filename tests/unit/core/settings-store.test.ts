import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, SettingsStore } from '../../../electron/core/settings-store';
import type { Logger } from '../../../electron/core/logger';

describe('SettingsStore', () => {
  let dir: string;
  let logger: Logger;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sportello-settings-'));
    logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('starts with defaults that follow the system', () => {
    expect(new SettingsStore(dir, logger).get()).toEqual(defaultSettings);
  });

  it('persists changes across restarts', () => {
    new SettingsStore(dir, logger).update({ language: 'it' });
    new SettingsStore(dir, logger).update({ theme: 'dark' });
    expect(new SettingsStore(dir, logger).get()).toEqual({ ...defaultSettings, language: 'it', theme: 'dark' });
    expect(fs.readdirSync(dir)).toEqual(['settings.json']);
  });

  it('keeps an unreadable file aside and starts from defaults', () => {
    fs.writeFileSync(path.join(dir, 'settings.json'), '{"language": "it", ');
    const store = new SettingsStore(dir, logger);
    expect(store.get()).toEqual(defaultSettings);
    const kept = fs.readdirSync(dir).find((name) => name.startsWith('settings.json.unreadable-'));
    expect(kept).toBeDefined();
    expect(fs.readFileSync(path.join(dir, kept!), 'utf8')).toBe('{"language": "it", ');
    expect(logger.warn).toHaveBeenCalledOnce();
  });

  it('fills keys a file lacks and drops keys it does not know', () => {
    fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ theme: 'light', fromTheFuture: 1 }));
    expect(new SettingsStore(dir, logger).get()).toEqual({ ...defaultSettings, theme: 'light' });
  });

  it('refuses an invalid value and leaves the file as it was', () => {
    const store = new SettingsStore(dir, logger);
    store.update({ theme: 'dark' });
    expect(() => store.update({ theme: 'neon' as never })).toThrow();
    expect(new SettingsStore(dir, logger).get().theme).toBe('dark');
  });
});
