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

function run(command, args, env = process.env) {
  const child = spawn(command, args, { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

let electron = installedElectron();
const whyMissing = electron ? null : fetchElectron();
electron ??= installedElectron();

if (electron) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  run(electron, [root], env);
} else {
  console.log(`Electron runtime not available (${whyMissing}); serving the console to your browser instead.`);
  run(process.execPath, [path.join(root, 'out', 'main', 'host.js')]);
}
