// Run in a child process by durability.test.ts: ingests batches forever, printing each committed
// batch, until the test kills it with SIGKILL.
import { openStore } from '../../../../electron/core/store/store';
import { inbound, seedWorkspace } from '../fixtures';

const [dataDir] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: ingest-until-killed <dataDir>');
const silent = { info: () => {}, warn: () => {}, error: () => {} };

async function main(dir: string): Promise<never> {
  const store = await openStore({ dataDir: dir, logger: silent });
  const { ginoPage } = seedWorkspace(store);
  for (let batch = 1; ; batch += 1) {
    const messages = Array.from({ length: 500 }, (_, i) =>
      inbound(ginoPage.id, `c${i % 50}`, `batch ${batch} message ${i}: ${'lorem ipsum '.repeat(20)}`, batch * 1000 + i),
    );
    store.messages.ingest(messages, Date.now());
    process.stdout.write(`committed ${batch}\n`);
  }
}

void main(dataDir);
