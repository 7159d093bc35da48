// Starts the real browser host (the built console: core under Node, renderer over HTTP, contract
// over WebSocket) on a fresh data folder, and hands its URL to the test.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';

export interface ConsoleHost {
  url: string;
  dataDir: string;
  /** The demo workspace's simulator (its control API is under /__control/), when the demo is on. */
  simulatorUrl: string | null;
}

const hostEntry = path.resolve(__dirname, '../../out/main/host.js');
export const screenshotDir = path.resolve(__dirname, '../../test-results/screenshots');

async function startHost(dataDir: string, demo: boolean): Promise<{ url: string; simulatorUrl: string | null; child: ChildProcess }> {
  if (!fs.existsSync(hostEntry)) throw new Error(`Build the console first (npm run build): ${hostEntry} is missing.`);
  const child = spawn(process.execPath, [hostEntry], {
    env: {
      ...process.env,
      SPORTELLO_DATA_DIR: dataDir,
      SPORTELLO_PORT: '0',
      SPORTELLO_SYNC_INTERVAL_MS: '700',
      ...(demo ? {} : { SPORTELLO_NO_DEMO: '1' }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The host did not start:\n${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Sportello is running at (\S+)/.exec(output);
      // The demo line follows the address; without a demo, the data folder line ends the start.
      const ready = demo ? /Demo workspace: simulated platform at (\S+)/.test(output) : /Data folder:/.test(output);
      if (match?.[1] && ready) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`The host exited with ${code}:\n${output}`)));
  });
  return { url, simulatorUrl: /Demo workspace: simulated platform at (\S+)/.exec(output)?.[1] ?? null, child };
}

export const test = base.extend<{
  dataDirFiles: Record<string, string>;
  prepareDataDir: ((dataDir: string) => Promise<void>) | null;
  demo: boolean;
  consoleHost: ConsoleHost;
}>({
  /** Every test's page must run without a console error or uncaught exception (React key clashes,
      CSP violations, failed requests all show up there). */
  page: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    await use(page);
    expect(errors).toEqual([]);
  },
  /** Files (name → content) planted in the fresh data folder before the host starts. */
  dataDirFiles: [{}, { option: true }],
  /** Writes into the fresh data folder before the host starts (e.g. a large cache made with the store's code). */
  prepareDataDir: [null, { option: true }],
  /** Whether the host opens the demo workspace (off: the console as a new user with no demo sees it). */
  demo: [false, { option: true }],
  consoleHost: async ({ dataDirFiles, prepareDataDir, demo }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sportello-e2e-'));
    for (const [name, content] of Object.entries(dataDirFiles)) fs.writeFileSync(path.join(dataDir, name), content);
    await prepareDataDir?.(dataDir);
    const { url, simulatorUrl, child } = await startHost(dataDir, demo);
    await use({ url, dataDir, simulatorUrl });
    child.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };
