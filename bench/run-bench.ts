// What every benchmark does around its measures: a temporary folder deleted at the end (on an
// error and on Ctrl-C too), the machine it ran on, the PASS/FAIL verdict and exit code, the time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { formatBytes, formatMs, type ReportRow } from './store/report';

/** Runs `body` in a fresh temporary folder, which is always removed. */
export async function inTempRoot(prefix: string, body: (root: string) => Promise<void>): Promise<void> {
  const began = performance.now();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const removeRoot = () => fs.rmSync(root, { recursive: true, force: true });
  // Databases of most of a gigabyte: never leave one behind, even on Ctrl-C.
  process.once('SIGINT', () => {
    removeRoot();
    process.exit(130);
  });
  try {
    await body(root);
  } finally {
    removeRoot();
    console.log(`Total elapsed: ${formatMs(performance.now() - began)}`);
  }
}

/** Prints the verdict and sets the exit code: 1 if any budget was missed. */
export function concludeBudgets(rows: readonly ReportRow[]): void {
  const missed = rows.filter((row) => row.pass === false);
  console.log(missed.length > 0 ? `FAIL: ${missed.length} budget(s) missed: ${missed.map((row) => row.measure.trim()).join('; ')}` : 'PASS: every budget met');
  process.exitCode = missed.length > 0 ? 1 : 0;
}

export function printMachine(): void {
  const memory = new Database(':memory:');
  const sqlite = memory.prepare('SELECT sqlite_version()').pluck().get() as string;
  memory.close();
  const cpus = os.cpus();
  console.log(`Machine: ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${formatBytes(os.totalmem())} RAM, Node ${process.version}, SQLite ${sqlite}`);
}
