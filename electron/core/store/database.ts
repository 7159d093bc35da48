// Opens the local cache: the right pragmas, an integrity check, migrations (with a backup first),
// and clear errors for the ways a database folder goes wrong. A damaged file is handed to
// recovery (./recovery.ts) rather than deleted.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { CoreError } from '../core-error';
import type { Logger } from '../logger';
import { migrations } from './migrations';
import type { Migration } from './migrations/migration';

export const databaseFileName = 'sportello.db';

export interface OpenDatabaseOptions {
  file: string;
  /** Path to a better-sqlite3 addon built for the running runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
  logger: Logger;
  now?: () => number;
  /** How long to wait for another connection's lock before saying the database is locked. */
  busyTimeoutMs?: number;
  /**
   * The last session closed the database cleanly: check only the outbox (the one table whose loss
   * would cost the user something) instead of every page. A full quick_check reads the whole file,
   * seconds on a large cache (docs/performance.md), which an instant start cannot afford every time.
   */
  closedCleanly?: boolean;
}

/** Raised when the file is not a healthy SQLite database; recovery decides what to do with it. */
export class DatabaseCorruptError extends Error {
  constructor(readonly file: string, readonly detail: string) {
    super(`The database ${file} is damaged: ${detail}`);
    this.name = 'DatabaseCorruptError';
  }
}

const corruptCodes = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CORRUPT_INDEX', 'SQLITE_CORRUPT_SEQUENCE']);

export function isCorruptionError(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  return error instanceof DatabaseCorruptError || corruptCodes.has(code);
}

/**
 * Opens (creating if needed) and migrates the database. Throws DatabaseCorruptError for a damaged
 * file and CoreError for everything the user must act on (locked, read-only, newer version).
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database.Database> {
  const { file, logger } = options;
  let db: Database.Database;
  try {
    db = new Database(file, { nativeBinding: options.nativeBinding, timeout: options.busyTimeoutMs ?? 5_000 });
  } catch (error) {
    throw translateOpenError(error, file);
  }
  try {
    // Before anything writes to it: a newer version's file is refused untouched.
    refuseNewerSchema(db, file, migrations);
    configure(db);
    const scope = checkIntegrity(db, file, options.closedCleanly === true);
    logger.info('database integrity checked', { scope });
    await applyMigrations(db, migrations, { file, logger, now: options.now ?? Date.now });
    return db;
  } catch (error) {
    db.close();
    throw translateOpenError(error, file);
  }
}

function configure(db: Database.Database): void {
  // WAL: readers never block the writer, and a crash mid-write leaves the last commit intact.
  const mode = db.pragma('journal_mode = WAL', { simple: true });
  if (mode !== 'wal') throw Object.assign(new Error(`journal_mode is ${String(mode)}`), { code: 'SQLITE_READONLY' });
  db.pragma('foreign_keys = ON');
  // FULL for every commit, not only the outbox's: a lost "sent" mark means a duplicate reply to a
  // customer, and the cost is one fsync per transaction, which batched ingest amortises.
  db.pragma('synchronous = FULL');
}

function checkIntegrity(db: Database.Database, file: string, outboxOnly: boolean): 'outbox' | 'full' {
  const hasOutbox = db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'outbox'").get() !== undefined;
  const scope = outboxOnly && hasOutbox ? 'outbox' : 'full';
  const rows = db.pragma(scope === 'outbox' ? 'quick_check(outbox)' : 'quick_check', { simple: false }) as Array<{ quick_check: string }>;
  const problems = rows.map((row) => row.quick_check).filter((result) => result !== 'ok');
  if (problems.length > 0) throw new DatabaseCorruptError(file, problems.slice(0, 3).join('; '));
  return scope;
}

/**
 * Brings the database to the last of `steps`: each step in its own transaction with user_version
 * set inside it, so a failing step leaves the database exactly at the previous version.
 */
export async function applyMigrations(
  db: Database.Database,
  steps: readonly Migration[],
  context: { file: string; logger: Logger; now: () => number },
): Promise<void> {
  const { file, logger, now } = context;
  const latest = refuseNewerSchema(db, file, steps);
  const current = Number(db.pragma('user_version', { simple: true }));
  const pending = steps.filter((migration) => migration.version > current);
  if (pending.length === 0) return;
  if (current > 0) {
    const backup = `${file}.before-schema-${latest}-${now()}.bak`;
    await db.backup(backup);
    logger.info('database backed up before migrating', { backup, from: current, to: latest });
  }
  for (const migration of pending) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
    logger.info('database migrated', { version: migration.version, name: migration.name });
  }
}

/** Throws if the file's schema is newer than `steps` know; returns the latest known version. */
function refuseNewerSchema(db: Database.Database, file: string, steps: readonly Migration[]): number {
  const latest = steps.at(-1)?.version ?? 0;
  const current = Number(db.pragma('user_version', { simple: true }));
  if (current > latest) {
    throw new CoreError(
      'unavailable',
      `The database ${file} was written by a newer version of Sportello (schema ${current}; this version knows up to ${latest}). Update Sportello to open it; the file has not been changed.`,
    );
  }
  return latest;
}

function translateOpenError(error: unknown, file: string): Error {
  if (error instanceof CoreError || error instanceof DatabaseCorruptError) return error;
  const code = (error as { code?: string }).code ?? '';
  if (corruptCodes.has(code)) return new DatabaseCorruptError(file, code);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || code.startsWith('SQLITE_BUSY_')) {
    return new CoreError(
      'unavailable',
      `The database ${file} is locked by another program (perhaps another Sportello using the same data folder). Close it and try again.`,
    );
  }
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM' || code === 'SQLITE_IOERR') {
    return new CoreError(
      'unavailable',
      `Sportello cannot write its database ${file} (${code}). Check that the data folder ${path.dirname(file)} is writable and not full.`,
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** The database and its WAL companions, for moving a damaged file aside as one unit. */
export function databaseFiles(file: string): string[] {
  return [file, `${file}-wal`, `${file}-shm`].filter((candidate) => fs.existsSync(candidate));
}
