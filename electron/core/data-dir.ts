// Where Sportello keeps its data. The shell passes Electron's `userData` path; the browser host
// computes the same per-OS location; SPORTELLO_DATA_DIR overrides both (tests, portable installs).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CoreError } from './core-error';

export const dataDirEnvVar = 'SPORTELLO_DATA_DIR';
const appFolderName = 'Sportello';

/** The folder Electron's app.getPath('userData') would give, for hosts that run without Electron. */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), appFolderName);
  }
  if (platform === 'darwin') {
    return path.posix.join(home, 'Library', 'Application Support', appFolderName);
  }
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), appFolderName);
}

/** Picks the data folder, creates it, and proves it is writable before anything depends on it. */
export function prepareDataDir(platformDefault: string, env: NodeJS.ProcessEnv = process.env): string {
  const dir = path.resolve(env[dataDirEnvVar] || platformDefault);
  try {
    fs.mkdirSync(dir, { recursive: true });
    const probe = path.join(dir, `.write-probe-${process.pid}`);
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new CoreError(
      'unavailable',
      `Sportello cannot write to its data folder ${dir} (${code}). Check its permissions and free space, or choose another folder with ${dataDirEnvVar}.`,
    );
  }
  return dir;
}
