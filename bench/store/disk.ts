// What the cache costs outside queries: bytes on disk (and which tables hold them), and how long
// openStore() takes on a database this size — it runs PRAGMA quick_check on every start.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { Logger } from '../../electron/core/logger';
import { openStore } from '../../electron/core/store/store';

export interface FileSizes {
  database: number;
  wal: number;
  shm: number;
}

export function fileSizes(file: string): FileSizes {
  const size = (candidate: string) => (fs.existsSync(candidate) ? fs.statSync(candidate).size : 0);
  return { database: size(file), wal: size(`${file}-wal`), shm: size(`${file}-shm`) };
}

/** Bytes per table, FTS shadow tables grouped under their index (dbstat is compiled into better-sqlite3). */
export function bytesByTable(db: Database.Database): Array<{ name: string; bytes: number }> {
  const rows = db.prepare('SELECT name, pgsize AS bytes FROM dbstat WHERE aggregate = TRUE').all() as Array<{ name: string; bytes: number }>;
  const grouped = new Map<string, number>();
  for (const { name, bytes } of rows) {
    const group = name.startsWith('message_search') ? 'message_search (FTS5, all shadow tables)' : name.startsWith('contact_search') ? 'contact_search (FTS5, all shadow tables)' : name;
    grouped.set(group, (grouped.get(group) ?? 0) + bytes);
  }
  return [...grouped].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

export interface StartupTiming {
  /** openStore() wall time, one entry per attempt. */
  openStoreMs: number[];
  /**
   * PRAGMA quick_check alone, on a connection opened like openStore's, once per attempt: the part
   * of start-up that grows with the file.
   */
  quickCheckMs: number[];
}

/** Opens the closed database as the app does at start, then runs quick_check on its own; repeated. */
export async function timeStartup(dataDir: string, file: string, attempts: number): Promise<StartupTiming> {
  const timing: StartupTiming = { openStoreMs: [], quickCheckMs: [] };
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    let began = performance.now();
    const store = await openStore({ dataDir, logger: silentLogger });
    timing.openStoreMs.push(performance.now() - began);
    store.close();
    const db = new Database(file);
    began = performance.now();
    db.pragma('quick_check');
    timing.quickCheckMs.push(performance.now() - began);
    db.close();
  }
  return timing;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Peak resident memory of this process (the generator included), from the kernel's high-water mark. */
export function peakRssBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}
