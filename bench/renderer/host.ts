// The browser host as the benchmark runs it: the built console (out/main/host.js) in its own Node
// process on a prepared data folder, no demo workspace, stopped and awaited at the end.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const hostEntry = path.resolve(__dirname, '../../out/main/host.js');

export interface RunningHost {
  url: string;
  /** From spawning the process to its "running at" line: core open, store checked, server up. */
  startMs: number;
  stop(): Promise<void>;
}

export async function startHost(dataDir: string): Promise<RunningHost> {
  if (!fs.existsSync(hostEntry)) throw new Error(`Build the console first (npx electron-vite build): ${hostEntry} is missing.`);
  const began = performance.now();
  const child = spawn(process.execPath, [hostEntry], {
    env: { ...process.env, SPORTELLO_DATA_DIR: dataDir, SPORTELLO_PORT: '0', SPORTELLO_NO_DEMO: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The host did not start within 60 s:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Sportello is running at (\S+)/.exec(output);
      if (match?.[1] && /Data folder:/.test(output)) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`The host exited with ${code}:\n${output}`)));
  });
  return {
    url,
    startMs: performance.now() - began,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
