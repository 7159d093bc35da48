// The local cache as core sees it: one database, repositories by domain, and how it was opened
// (including a recovery from a damaged file, which the console tells the user about).
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Logger } from '../logger';
import { databaseFileName, DatabaseCorruptError, isCorruptionError, openDatabase } from './database';
import { rescueUnsentReplies, setDamagedDatabaseAside, storeRescuedReplies, type DatabaseRecovery } from './recovery';
import { AccountRepository } from './repositories/accounts';
import { AuditRepository } from './repositories/audit';
import { BrandRepository } from './repositories/brands';
import { ContactRepository } from './repositories/contacts';
import { ConversationRepository } from './repositories/conversations';
import { MessageRepository } from './repositories/messages';
import { OutboxRepository } from './repositories/outbox';
import { SavedViewRepository } from './repositories/saved-views';
import { SearchRepository } from './repositories/search';

export interface Store {
  db: Database.Database;
  file: string;
  accounts: AccountRepository;
  audit: AuditRepository;
  brands: BrandRepository;
  contacts: ContactRepository;
  conversations: ConversationRepository;
  messages: MessageRepository;
  outbox: OutboxRepository;
  savedViews: SavedViewRepository;
  search: SearchRepository;
  /** Set when this start found the database damaged and replaced it. */
  recovery: DatabaseRecovery | null;
  close(): void;
}

export interface OpenStoreOptions {
  dataDir: string;
  nativeBinding?: string;
  logger: Logger;
  now?: () => number;
}

export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const file = path.join(options.dataDir, databaseFileName);
  const now = options.now ?? Date.now;
  // Present only between a clean close and the next open: its absence means a crash, a kill or a
  // first start, and then the whole file is checked.
  const cleanMarker = `${file}.closed-cleanly`;
  const closedCleanly = fs.existsSync(cleanMarker);
  const open = () => openDatabase({ file, nativeBinding: options.nativeBinding, logger: options.logger, now, closedCleanly });
  let db: Database.Database;
  let recovery: DatabaseRecovery | null = null;
  try {
    db = await open();
  } catch (error) {
    if (!isCorruptionError(error)) throw error;
    const detail = error instanceof DatabaseCorruptError ? error.detail : String(error);
    options.logger.error('database damaged; rescuing unsent replies and starting a fresh cache', { file, detail });
    const rescued = rescueUnsentReplies(file, options.nativeBinding, options.logger);
    recovery = setDamagedDatabaseAside(file, rescued, detail, now());
    db = await open();
    storeRescuedReplies(db, rescued, recovery);
  }
  fs.rmSync(cleanMarker, { force: true });
  return {
    db,
    file,
    accounts: new AccountRepository(db),
    audit: new AuditRepository(db),
    brands: new BrandRepository(db),
    contacts: new ContactRepository(db),
    conversations: new ConversationRepository(db),
    messages: new MessageRepository(db),
    outbox: new OutboxRepository(db),
    savedViews: new SavedViewRepository(db),
    search: new SearchRepository(db),
    recovery,
    close: () => {
      db.close();
      try {
        fs.writeFileSync(cleanMarker, '');
      } catch {
        // Without the marker the next start checks the whole file: slower, never wrong.
      }
    },
  };
}
