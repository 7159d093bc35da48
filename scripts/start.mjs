// `npm start`: run the console in Electron, or, where the Electron runtime is missing and cannot be
// fetched, say so in one line and serve the same console to a browser instead.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');

function installedElectron() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

/** Electron fetches its runtime on first use; try once, quietly, unless told not to. */
function fetchElectron() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return 'ELECTRON_SKIP_BINARY_DOWNLOAD is set';
  const slow = setTimeout(() => console.log('Downloading the Electron runtime (first start only)…'), 2000);
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { encoding: 'utf8' });
  clearTimeout(slow);
  if (result.status === 0 && installedElectron()) return null;
  const reason = `${result.stderr}`.split('\n').find((line) => /error/i.test(line)) ?? 'download failed';
  return reason.trim().slice(0, 120);
}

/**
 * better-sqlite3 must match Electron's ABI, which differs from Node's. node_modules keeps the Node
 * build (tests, browser host); the Electron build goes to .native/ and reaches main through
 * SPORTELLO_SQLITE_BINDING (better-sqlite3's nativeBinding option). Prebuilt first, else compiled.
 */
function electronSqliteBinding(electronVersion) {
  const dir = path.join(root, '.native', `better-sqlite3-electron-${electronVersion}-${process.platform}-${process.arch}`);
  const binding = path.join(dir, 'build', 'Release', 'better_sqlite3.node');
  if (fs.existsSync(binding)) return binding;
  const source = path.join(root, 'node_modules', 'better-sqlite3');
  fs.cpSync(source, dir, { recursive: true, filter: (file) => file !== path.join(source, 'build') });
  console.log('Preparing SQLite for Electron (first start only)…');
  const bin = (name) => path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
  const options = { cwd: dir, stdio: 'ignore', shell: process.platform === 'win32' };
  const prebuilt = spawnSync(bin('prebuild-install'), ['--runtime', 'electron', '--target', electronVersion, '--arch', process.arch], options);
  if (prebuilt.status !== 0) {
    spawnSync(
      bin('node-gyp'),
      ['rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers'],
      { ...options, stdio: 'inherit' },
    );
  }
  return fs.existsSync(binding) ? binding : null;
}

function run(command, args, env = process.env) {
  const child = spawn(command, args, { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

let electron = installedElectron();
const whyMissing = electron ? null : fetchElectron();
electron ??= installedElectron();

const electronVersion = JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version;
const sqliteBinding = electron ? electronSqliteBinding(electronVersion) : null;

if (electron && sqliteBinding) {
  const env = { ...process.env, SPORTELLO_SQLITE_BINDING: sqliteBinding };
  delete env.ELECTRON_RUN_AS_NODE;
  run(electron, [root], env);
} else {
  const why = electron ? 'SQLite could not be built for Electron' : `Electron runtime not available (${whyMissing})`;
  console.log(`${why}; serving the console to your browser instead.`);
  run(process.execPath, [path.join(root, 'out', 'main', 'host.js')]);
}
