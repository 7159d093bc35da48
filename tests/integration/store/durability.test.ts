// What happens to the cache when things go wrong: a killed process, a damaged file, a lock held by
// someone else, a folder that cannot be written. Real SQLite files, real processes.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoreError } from '../../../electron/core/core-error';
import { databaseFileName, openDatabase } from '../../../electron/core/store/database';
import { migrations } from '../../../electron/core/store/migrations';
import { openStore } from '../../../electron/core/store/store';
import { capturingLogger, inbound, removeDir, seedWorkspace, tempDataDir } from './fixtures';


describe('durability', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDataDir();
  });
  afterEach(() => removeDir(dir));

  it('opens with WAL, foreign keys and synchronous=FULL', async () => {
    const store = await openStore({ dataDir: dir, logger: capturingLogger() });
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    store.close();
  });

  it('keeps every committed batch, and no half batch, when the writer is killed', async () => {
    // One process (node with tsx's loader), not the tsx wrapper: SIGKILL must hit the writer itself.
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'child/ingest-until-killed.ts'), dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const committed = await new Promise<number>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const batches = [...output.matchAll(/committed (\d+)/g)];
        if (batches.length >= 5) {
          child.kill('SIGKILL'); // mid-way through the next batch
          resolve(Number(batches.at(-1)![1]));
        }
      });
      child.once('exit', (code) => reject(new Error(`writer exited early (${code}): ${output}`)));
    });
    const signal = await new Promise((resolve) => child.once('exit', (_code, killedBy) => resolve(killedBy)));
    expect(signal).toBe('SIGKILL');

    const logger = capturingLogger();
    const store = await openStore({ dataDir: dir, logger });
    expect(store.recovery).toBeNull();
    // No clean close happened: the whole file was checked.
    expect(logger.lines.join('\n')).toContain('database integrity checked {"scope":"full"}');
    const count = store.db.prepare('SELECT count(*) FROM messages').pluck().get() as number;
    expect(count % 500).toBe(0);
    expect(count / 500).toBeGreaterThanOrEqual(committed);
    expect(store.search.messages('lorem').length).toBeGreaterThan(0);
    store.close();
  });

  it('moves a damaged database aside, rescues unsent replies, and starts fresh', async () => {
    const store = await openStore({ dataDir: dir, logger: capturingLogger() });
    const ws = seedWorkspace(store);
    store.messages.ingest(
      Array.from({ length: 3000 }, (_, i) => inbound(ws.ginoPage.id, `c${i % 300}`, `messaggio ${i} ${'testo '.repeat(30)}`, i)),
      1,
    );
    const conversationId = store.db.prepare("SELECT id FROM conversations WHERE external_id = 'c7'").pluck().get() as number;
    const enqueue = store.db.prepare(
      "INSERT INTO outbox (conversation_id, operation, payload, state, idempotency_key, created_at, updated_at) VALUES (?, 'reply', ?, ?, ?, 5, 5)",
    );
    enqueue.run(conversationId, JSON.stringify({ text: 'Ci scusiamo, la rimborsiamo subito' }), 'queued', 'k1');
    enqueue.run(conversationId, JSON.stringify({ text: 'Secondo tentativo' }), 'retry', 'k2');
    enqueue.run(conversationId, JSON.stringify({ text: 'Già inviata' }), 'sent', 'k3');
    // Find pages of the messages table, then close cleanly so everything is in the main file.
    const messagePages = store.db.prepare("SELECT pageno FROM dbstat WHERE name = 'messages' AND pagetype = 'leaf'").pluck().all() as number[];
    const pageSize = store.db.pragma('page_size', { simple: true }) as number;
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    store.close();

    const file = path.join(dir, databaseFileName);
    // The damage came with a crash: no clean-close marker, so the next start checks every page.
    fs.rmSync(`${file}.closed-cleanly`);
    const fd = fs.openSync(file, 'r+');
    const victim = messagePages[Math.floor(messagePages.length / 2)]!;
    fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (victim - 1) * pageSize);
    fs.closeSync(fd);

    const logger = capturingLogger();
    const reopened = await openStore({ dataDir: dir, logger });
    expect(reopened.recovery).toMatchObject({ unsentReplies: 2 });
    const recovery = reopened.recovery!;
    expect(fs.readdirSync(recovery.movedTo)).toContain(databaseFileName);
    const exported = JSON.parse(fs.readFileSync(recovery.exportedTo!, 'utf8')) as { replies: Array<{ payload: string; conversationExternalId: string }> };
    expect(exported.replies.map((r) => JSON.parse(r.payload).text).sort()).toEqual(['Ci scusiamo, la rimborsiamo subito', 'Secondo tentativo']);
    expect(exported.replies.every((r) => r.conversationExternalId === 'c7')).toBe(true);
    // The fresh cache holds the rescued replies and nothing else; sync refills the rest.
    expect(reopened.db.prepare('SELECT count(*) FROM messages').pluck().get()).toBe(0);
    expect(reopened.db.prepare('SELECT conversation_external_id, operation FROM recovered_replies').all()).toEqual([
      { conversation_external_id: 'c7', operation: 'reply' },
      { conversation_external_id: 'c7', operation: 'reply' },
    ]);
    expect(logger.lines.join('\n')).toContain('database damaged');
    reopened.close();
  });

  it('checks only the outbox after a clean close, and everything after any other end', async () => {
    (await openStore({ dataDir: dir, logger: capturingLogger() })).close();
    const afterClean = capturingLogger();
    const store = await openStore({ dataDir: dir, logger: afterClean });
    expect(afterClean.lines.join('\n')).toContain('database integrity checked {"scope":"outbox"}');
    // Not closed: as after a crash.
    const afterCrash = capturingLogger();
    (await openStore({ dataDir: dir, logger: afterCrash })).close();
    store.close();
    expect(afterCrash.lines.join('\n')).toContain('database integrity checked {"scope":"full"}');
  });

  it('replaces a file that is not a database at all', async () => {
    fs.writeFileSync(path.join(dir, databaseFileName), 'this is not SQLite, just some text that got here somehow'.repeat(100));
    const store = await openStore({ dataDir: dir, logger: capturingLogger() });
    expect(store.recovery).toMatchObject({ unsentReplies: 0, exportedTo: null });
    expect(store.db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    store.close();
  });

  it('says clearly when another program holds the database locked', async () => {
    const file = path.join(dir, databaseFileName);
    (await openDatabase({ file, logger: capturingLogger() })).close();
    const holder = new Database(file);
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const attempt = openDatabase({ file, logger: capturingLogger(), busyTimeoutMs: 100 });
      await expect(attempt).rejects.toThrow(CoreError);
      await expect(openDatabase({ file, logger: capturingLogger(), busyTimeoutMs: 100 })).rejects.toThrow(/locked by another program/);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });

  it('says clearly when the database cannot be created where it should be', async () => {
    const blocked = path.join(dir, 'not-a-folder');
    fs.writeFileSync(blocked, '');
    await expect(openStore({ dataDir: blocked, logger: capturingLogger() })).rejects.toThrow(/cannot write its database .*SQLITE_CANTOPEN/);
  });
});
