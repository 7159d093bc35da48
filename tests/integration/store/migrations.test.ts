import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoreError } from '../../../electron/core/core-error';
import { applyMigrations, databaseFileName, openDatabase } from '../../../electron/core/store/database';
import { migrations } from '../../../electron/core/store/migrations';
import { initialSchema } from '../../../electron/core/store/migrations/0001-initial-schema';
import type { Migration } from '../../../electron/core/store/migrations/migration';
import { capturingLogger, removeDir, tempDataDir } from './fixtures';

const now = () => 1_700_000_000_000;
const latest = migrations.at(-1)!.version;

/** The schema as SQLite sees it, in a stable order, for comparisons and the docs snapshot. */
function schemaOf(db: Database.Database): string {
  const rows = db
    .prepare("SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all() as Array<{ type: string; name: string; sql: string }>;
  return `${rows.map((row) => `${row.sql.replace(/\s+\n/g, '\n').trim()};`).join('\n\n')}\n`;
}

function createAtVersion(file: string, version: number): Database.Database {
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  for (const migration of migrations.filter((m) => m.version <= version)) {
    migration.up(db);
    db.pragma(`user_version = ${migration.version}`);
  }
  return db;
}

describe('migrations', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = tempDataDir();
    file = path.join(dir, databaseFileName);
  });
  afterEach(() => removeDir(dir));

  it('are numbered 1, 2, 3… with no gap', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, index) => index + 1));
  });

  it('0001 creates STRICT tables that enforce their types and references', () => {
    const db = createAtVersion(file, 1);
    const loose = db.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND strict = 0 AND name NOT LIKE 'sqlite_%'").pluck().all();
    expect(loose).toEqual([]);
    expect(() => db.prepare("INSERT INTO brands (name, created_at) VALUES ('x', 'yesterday')").run()).toThrow(/cannot store TEXT value in INTEGER column/);
    expect(() => db.prepare("INSERT INTO channels (account_id, brand_id, kind, external_id, name) VALUES (1, 1, 'facebook_page', 'p', 'p')").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO brands (name, color, created_at) VALUES ('x', 'red', 1)").run()).toThrow(/CHECK/);
    db.close();
  });

  it('0002 indexes the messages and contacts already in the database', async () => {
    const db = createAtVersion(file, 1);
    db.exec(`
      INSERT INTO brands (id, name, created_at) VALUES (1, 'Gino', 1);
      INSERT INTO accounts (id, platform, external_id, display_name, created_at) VALUES (1, 'meta', 'u', 'Meta', 1);
      INSERT INTO channels (id, account_id, brand_id, kind, external_id, name) VALUES (1, 1, 1, 'facebook_page', 'p', 'Page');
      INSERT INTO contacts (id, display_name, created_at) VALUES (1, 'Niccolò Bianchi', 1);
      INSERT INTO contact_identities (contact_id, channel_id, external_id, handle) VALUES (1, 1, 'psid', 'nicco.b');
      INSERT INTO conversations (id, channel_id, brand_id, contact_id, external_id, kind, created_at, updated_at) VALUES (1, 1, 1, 1, 't', 'dm', 1, 1);
      INSERT INTO messages (conversation_id, external_id, direction, visibility, author_name, text, created_at) VALUES (1, 'm', 'inbound', 'private', 'N', 'Perché è chiuso?', 1);
    `);
    db.close();
    const migrated = await openDatabase({ file, logger: capturingLogger(), now });
    expect(migrated.pragma('user_version', { simple: true })).toBe(latest);
    expect(migrated.prepare("SELECT rowid FROM message_search WHERE message_search MATCH 'perche'").pluck().all()).toEqual([1]);
    expect(migrated.prepare("SELECT rowid FROM contact_search WHERE contact_search MATCH 'niccolo'").pluck().all()).toEqual([1]);
    expect(migrated.prepare("SELECT rowid FROM contact_search WHERE contact_search MATCH '\"nicco.b\"'").pluck().all()).toEqual([1]);
    migrated.close();
  });

  it('0003 adds the answered-elsewhere mark, empty, to existing conversations', async () => {
    const db = createAtVersion(file, 2);
    db.exec(`
      INSERT INTO brands (id, name, created_at) VALUES (1, 'Gino', 1);
      INSERT INTO accounts (id, platform, external_id, display_name, created_at) VALUES (1, 'meta', 'u', 'Meta', 1);
      INSERT INTO channels (id, account_id, brand_id, kind, external_id, name) VALUES (1, 1, 1, 'facebook_page', 'p', 'Page');
      INSERT INTO conversations (id, channel_id, brand_id, external_id, kind, created_at, updated_at) VALUES (1, 1, 1, 't', 'dm', 1, 1);
    `);
    db.close();
    const migrated = await openDatabase({ file, logger: capturingLogger(), now });
    expect(migrated.prepare('SELECT answered_elsewhere_at FROM conversations WHERE id = 1').pluck().get()).toBeNull();
    migrated.close();
  });

  it('0004 keeps running clocks, which get their start on the next recompute, and begins an empty alert log', async () => {
    const db = createAtVersion(file, 3);
    db.exec(`
      INSERT INTO brands (id, name, created_at) VALUES (1, 'Gino', 1);
      INSERT INTO accounts (id, platform, external_id, display_name, created_at) VALUES (1, 'meta', 'u', 'Meta', 1);
      INSERT INTO channels (id, account_id, brand_id, kind, external_id, name) VALUES (1, 1, 1, 'facebook_page', 'p', 'Page');
      INSERT INTO conversations (id, channel_id, brand_id, external_id, kind, created_at, updated_at, sla_stage, sla_warning_at, sla_due_at)
        VALUES (1, 1, 1, 't', 'dm', 1, 1, 'first_response', 2700001, 3600001);
    `);
    db.close();
    const migrated = await openDatabase({ file, logger: capturingLogger(), now });
    expect(migrated.prepare('SELECT sla_started_at, sla_alerted, sla_next_alert_at FROM conversations').get()).toEqual({
      sla_started_at: null,
      sla_alerted: null,
      sla_next_alert_at: 2700001,
    });
    expect(migrated.prepare('SELECT count(*) FROM alert_log').pluck().get()).toBe(0);
    migrated.close();
  });

  it('0006 adds an empty saved-views table whose names are unique whatever their case', async () => {
    createAtVersion(file, 5).close();
    const migrated = await openDatabase({ file, logger: capturingLogger(), now });
    expect(migrated.prepare('SELECT count(*) FROM saved_views').pluck().get()).toBe(0);
    migrated.prepare("INSERT INTO saved_views (name, filter, created_at, updated_at) VALUES ('Breached', '{\"slaState\":\"breached\"}', 1, 1)").run();
    expect(() => migrated.prepare("INSERT INTO saved_views (name, filter, created_at, updated_at) VALUES ('breached', '{}', 1, 1)").run()).toThrow(/UNIQUE/);
    expect(() => migrated.prepare("INSERT INTO saved_views (name, filter, created_at, updated_at) VALUES ('  ', '{}', 1, 1)").run()).toThrow(/CHECK/);
    expect(() => migrated.prepare("INSERT INTO saved_views (name, filter, created_at, updated_at) VALUES ('Odd', '[1]', 1, 1)").run()).toThrow(/CHECK/);
    migrated.close();
  });

  it('back up the database before migrating it, and not when creating it', async () => {
    (await openDatabase({ file: path.join(dir, 'fresh.db'), logger: capturingLogger(), now })).close();
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.bak'))).toEqual([]);

    createAtVersion(file, 1).close();
    (await openDatabase({ file, logger: capturingLogger(), now })).close();
    const backups = fs.readdirSync(dir).filter((name) => name.endsWith('.bak'));
    expect(backups).toEqual([`${databaseFileName}.before-schema-${latest}-${now()}.bak`]);
    const backup = new Database(path.join(dir, backups[0]!), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    backup.close();
  });

  it('leave the database at the previous version when a step fails', async () => {
    const db = createAtVersion(file, 1);
    const broken: Migration = {
      version: 2,
      name: 'broken',
      up(target) {
        target.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY) STRICT');
        throw new Error('disk on fire');
      },
    };
    await expect(applyMigrations(db, [initialSchema, broken], { file, logger: capturingLogger(), now })).rejects.toThrow('disk on fire');
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'").pluck().get()).toBe(0);
    db.close();
  });

  it('refuse a database written by a newer version, and leave it untouched', async () => {
    const db = createAtVersion(file, latest);
    db.pragma('user_version = 99');
    db.close();
    const before = fs.readFileSync(file);
    const attempt = openDatabase({ file, logger: capturingLogger(), now });
    await expect(attempt).rejects.toThrow(CoreError);
    await expect(openDatabase({ file, logger: capturingLogger(), now })).rejects.toThrow(new RegExp(`newer version of Sportello \\(schema 99; this version knows up to ${latest}\\)`));
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('give a fresh database the same schema as one migrated step by step (docs/schema.sql)', async () => {
    const fresh = await openDatabase({ file: path.join(dir, 'fresh.db'), logger: capturingLogger(), now });
    createAtVersion(file, 1).close();
    const migrated = await openDatabase({ file, logger: capturingLogger(), now });
    expect(schemaOf(migrated)).toBe(schemaOf(fresh));
    await expect(schemaOf(fresh)).toMatchFileSnapshot('../../../docs/schema.sql');
    fresh.close();
    migrated.close();
  });
});
