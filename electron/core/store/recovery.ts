// What happens when the cache is damaged: rescue every unsent reply first (to a JSON file and then
// into the new database), move the damaged files aside (never delete them), and start a fresh cache
// that sync fills again from the platforms. The user is told through a notice.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { writeFileDurably } from '../durable-file';
import type { Logger } from '../logger';
import { databaseFiles } from './database';

export interface DatabaseRecovery {
  at: number;
  /** Folder that now holds the damaged files. */
  movedTo: string;
  /** JSON export of the unsent replies, or null when there were none to rescue. */
  exportedTo: string | null;
  unsentReplies: number;
  detail: string;
}

export interface RescuedReply {
  outboxId: number;
  channelExternalId: string | null;
  conversationExternalId: string | null;
  operation: string;
  payload: string;
  createdAt: number;
}

const unsentStates = "('queued', 'sending', 'retry', 'failed', 'unknown')";
const rescueQuery = `
  SELECT o.id AS outboxId, ch.external_id AS channelExternalId, c.external_id AS conversationExternalId,
         o.operation, o.payload, o.created_at AS createdAt
  FROM outbox o
  LEFT JOIN conversations c ON c.id = o.conversation_id
  LEFT JOIN channels ch ON ch.id = c.channel_id
  WHERE o.state IN ${unsentStates}`;

/** Reads what it can of the outbox; a damaged page loses only the rows on it. */
export function rescueUnsentReplies(file: string, nativeBinding: string | undefined, logger: Logger): RescuedReply[] {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
  } catch (error) {
    logger.warn('damaged database cannot be opened to rescue the outbox', { error: String(error) });
    return [];
  }
  try {
    return db.prepare(rescueQuery).all() as RescuedReply[];
  } catch (error) {
    logger.warn('outbox cannot be read whole; rescuing row by row', { error: String(error) });
    return rescueRowByRow(db);
  } finally {
    db.close();
  }
}

function rescueRowByRow(db: Database.Database): RescuedReply[] {
  let maxId: number;
  try {
    maxId = Number((db.prepare('SELECT max(id) AS maxId FROM outbox').get() as { maxId: number | null }).maxId ?? 0);
  } catch {
    return [];
  }
  const one = db.prepare(`${rescueQuery} AND o.id = ?`);
  const rescued: RescuedReply[] = [];
  for (let id = 1; id <= maxId; id += 1) {
    try {
      const row = one.get(id) as RescuedReply | undefined;
      if (row) rescued.push(row);
    } catch {
      // This row sat on a damaged page; the rest may still be readable.
    }
  }
  return rescued;
}

/** Exports the rescued replies, then moves the damaged files into damaged/<time>/. */
export function setDamagedDatabaseAside(
  file: string,
  rescued: readonly RescuedReply[],
  detail: string,
  at: number,
): DatabaseRecovery {
  const dataDir = path.dirname(file);
  let exportedTo: string | null = null;
  if (rescued.length > 0) {
    const folder = path.join(dataDir, 'recovered');
    fs.mkdirSync(folder, { recursive: true });
    exportedTo = path.join(folder, `unsent-replies-${at}.json`);
    writeFileDurably(exportedTo, `${JSON.stringify({ recoveredAt: at, source: file, replies: rescued }, null, 2)}\n`);
  }
  const movedTo = path.join(dataDir, 'damaged', String(at));
  fs.mkdirSync(movedTo, { recursive: true });
  for (const damaged of databaseFiles(file)) fs.renameSync(damaged, path.join(movedTo, path.basename(damaged)));
  return { at, movedTo, exportedTo, unsentReplies: rescued.length, detail };
}

/** Puts the rescued replies into the fresh database, where the console can offer them again. */
export function storeRescuedReplies(db: Database.Database, rescued: readonly RescuedReply[], recovery: DatabaseRecovery): void {
  const insert = db.prepare(
    `INSERT INTO recovered_replies (recovered_at, source_file, channel_external_id, conversation_external_id, operation, payload, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (const reply of rescued) {
      const payload = isJson(reply.payload) ? reply.payload : JSON.stringify({ unreadable: reply.payload });
      insert.run(recovery.at, recovery.movedTo, reply.channelExternalId, reply.conversationExternalId, reply.operation, payload, reply.createdAt);
    }
  })();
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
