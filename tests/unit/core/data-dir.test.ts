import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoreError } from '../../../electron/core/core-error';
import { defaultDataDir, prepareDataDir } from '../../../electron/core/data-dir';

describe('defaultDataDir', () => {
  it('matches Electron userData on each OS', () => {
    expect(defaultDataDir('linux', {}, '/home/ada')).toBe('/home/ada/.config/Sportello');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ada')).toBe('/cfg/Sportello');
    expect(defaultDataDir('darwin', {}, '/Users/ada')).toBe('/Users/ada/Library/Application Support/Sportello');
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }, 'C:\\Users\\ada')).toBe(
      'C:\\Users\\ada\\AppData\\Roaming\\Sportello',
    );
  });
});

describe('prepareDataDir', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sportello-datadir-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('creates the platform folder when no override is set', () => {
    const dir = prepareDataDir(path.join(root, 'a', 'Sportello'), {});
    expect(fs.statSync(dir).isDirectory()).toBe(true);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('lets SPORTELLO_DATA_DIR override it', () => {
    const dir = prepareDataDir(path.join(root, 'unused'), { SPORTELLO_DATA_DIR: path.join(root, 'portable') });
    expect(dir).toBe(path.join(root, 'portable'));
    expect(fs.existsSync(path.join(root, 'unused'))).toBe(false);
  });

  it('explains clearly when the folder cannot be written', () => {
    const blocker = path.join(root, 'file');
    fs.writeFileSync(blocker, '');
    const attempt = () => prepareDataDir(path.join(blocker, 'Sportello'), {});
    expect(attempt).toThrow(CoreError);
    expect(attempt).toThrow(/cannot write to its data folder .*file[\\/]Sportello \(ENOTDIR\)/);
  });
});
