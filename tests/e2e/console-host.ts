// Starts the real browser host (the built console: core under Node, renderer over HTTP, contract
// over WebSocket) on a fresh data folder, and hands its URL to the test.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';

export interface ConsoleHost {
  url: string;
  dataDir: string;
}

const hostEntry = path.resolve(__dirname, '../../out/main/host.js');
export const screenshotDir = path.resolve(__dirname, '../../test-results/screenshots');

async function startHost(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  if (!fs.existsSync(hostEntry)) throw new Error(`Build the console first (npm run build): ${hostEntry} is missing.`);
  const child = spawn(process.execPath, [hostEntry], {
    env: { ...process.env, SPORTELLO_DATA_DIR: dataDir, SPORTELLO_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The host did not start:\n${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Sportello is running at (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`The host exited with ${code}:\n${output}`)));
  });
  return { url, child };
}

export const test = base.extend<{ dataDirFiles: Record<string, string>; consoleHost: ConsoleHost }>({
  /** Files (name → content) planted in the fresh data folder before the host starts. */
  dataDirFiles: [{}, { option: true }],
  consoleHost: async ({ dataDirFiles }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sportello-e2e-'));
    for (const [name, content] of Object.entries(dataDirFiles)) fs.writeFileSync(path.join(dataDir, name), content);
    const { url, child } = await startHost(dataDir);
    await use({ url, dataDir });
    child.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
