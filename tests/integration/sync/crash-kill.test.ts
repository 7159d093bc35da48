// "Nothing written is ever lost or sent twice", tested the hard way: a process flushing 500
// replies to the simulator is SIGKILLed at random moments 50 times and restarted each time. At the
// end the simulator has received every reply exactly once, and every outbox row is "sent".
import { spawn } from 'node:child_process';
import path from 'node:path';
import keytar from 'keytar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keychainService } from '../../../electron/core/secrets/keytar-secret-store';
import { startTestCore } from '../core-fixture';
import { startMetaSimulator, type MetaSimulator } from '../../../electron/simulator/meta';
import { removeDir, tempDataDir } from '../store/fixtures';

const replies = 500;
const conversations = 50;
const kills = 50;
const child = path.join(__dirname, 'child/flush-outbox.ts');

/** Starts the flushing child; resolves with how it ended, killing it `killAfterMs` after it starts flushing. */
function runChild(dataDir: string, killAfterMs: number | null): Promise<{ signal: NodeJS.Signals | null; code: number | null; output: string }> {
  // node with tsx's loader, one process: SIGKILL must hit the process that writes.
  const proc = spawn(process.execPath, ['--import', 'tsx', child, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (killAfterMs !== null && output.includes('flushing')) {
      killAfterMs = null;
      setTimeout(() => proc.kill('SIGKILL'), Math.random() * 40);
    }
  };
  proc.stdout.on('data', collect);
  proc.stderr.on('data', collect);
  return new Promise((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal, output })));
}

describe('crash-kill of a process flushing the outbox', () => {
  let sim: MetaSimulator;
  let dataDir: string;
  const texts: string[] = [];

  beforeAll(async () => {
    sim = await startMetaSimulator();
    dataDir = tempDataDir();
    const core = await startTestCore(dataDir, { version: 'crash-test' });
    const call = async (name: string, params: unknown) => {
      const outcome = await core.dispatch(name, params);
      if (!outcome.ok) throw new Error(`${name}: ${outcome.error.message}`);
      return outcome.value;
    };
    await call('accounts.connect', { platform: 'meta', token: sim.seed.user.token, baseUrl: sim.url });
    for (let i = 0; i < conversations; i += 1) {
      sim.control.injectMessage({ pageId: sim.seed.daGino.id, platform: 'messenger', author: { name: `Crash Test ${i}` }, text: `domanda ${i}` } as never);
    }
    await core.sync.syncNow();
    const targets = core.store.db
      .prepare("SELECT DISTINCT conversation_id AS id FROM messages WHERE text LIKE 'domanda %' ORDER BY conversation_id")
      .all() as Array<{ id: number }>;
    expect(targets).toHaveLength(conversations);
    // Queue the replies with the loops stopped, so the children do all the sending.
    await core.sync.stop();
    for (let i = 0; i < replies; i += 1) {
      const text = `risposta ${i} — ordine garantito`;
      texts.push(text);
      core.store.outbox.enqueueReply(
        { conversationId: targets[i % conversations]!.id, operation: 'reply', text, authorName: 'Da Gino', replyToExternalId: null, idempotencyKey: `crash-${i}` },
        Date.now(),
      );
    }
    await core.close();
    // A few milliseconds per send: the 500 replies take longer than 50 short runs, so every run is
    // killed mid-way, and kills often land while a request is in flight.
    sim.control.addFault({ kind: 'latency', method: 'POST', path: '/**', latencyMs: 4 });
  }, 120_000);

  afterAll(async () => {
    await sim.close();
    for (const account of await keytar.findCredentials(keychainService)) {
      if (account.account.startsWith('account:')) await keytar.deletePassword(keychainService, account.account);
    }
    removeDir(dataDir);
  });

  it('delivers every reply exactly once across 50 kills', async () => {
    let killed = 0;
    for (let round = 0; round < kills; round += 1) {
      const result = await runChild(dataDir, 0);
      if (result.signal === 'SIGKILL') killed += 1;
      else expect(result.output, `round ${round}`).toContain('done');
      if (result.output.includes('done')) break; // everything went out before the kill landed
    }
    const last = await runChild(dataDir, null);
    expect(last.code, last.output).toBe(0);

    const sent = sim.control.sent();
    const counts = texts.map((text) => sent.countsByText[text] ?? 0);
    expect(counts.filter((count) => count !== 1)).toEqual([]);
    expect(sent.total).toBe(replies);
    // Each run is killed within 40 ms of starting to flush, before the 500 replies can all go out.
    expect(killed).toBe(kills);
    console.log(`crash-kill: ${killed} kills, ${sent.total} replies delivered once each`);

    const check = await startTestCore(dataDir, { version: 'crash-test' });
    const states = check.store.db.prepare('SELECT state, count(*) AS n FROM outbox GROUP BY state').all();
    expect(states).toEqual([{ state: 'sent', n: replies }]);
    await check.close();
  }, 600_000);
});
