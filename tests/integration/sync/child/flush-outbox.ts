// Run in a child process by crash-kill.test.ts: the real core on the test's data folder flushes
// the outbox until it is empty, printing progress, unless the test kills it first.
import { startTestCore } from '../../core-fixture';

async function main(dataDir: string): Promise<void> {
  const silent = { info: () => {}, warn: () => {}, error: () => {} };
  const core = await startTestCore(dataDir, { version: 'crash-test', logger: silent });
  process.stdout.write('flushing\n');
  while (core.store.outbox.pendingCount() > 0) {
    core.store.db.prepare("UPDATE outbox SET next_attempt_at = 0 WHERE state = 'retry'").run();
    await core.sync.outbox.flush();
  }
  process.stdout.write('done\n');
  await core.close();
}

const [dataDir] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: flush-outbox <dataDir>');
void main(dataDir);
