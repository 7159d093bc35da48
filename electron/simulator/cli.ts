// `npm run sim`: the Meta Graph API simulator on its own, seeded with the demo workspace and with
// chatter on, for trying a connector by hand or pointing a dev build at it. The tokens it prints
// are fake and open nothing but this simulator.
import { controlRoutes } from './meta/control';
import { defaultGraphVersion, startMetaSimulator } from './meta/index';

function readNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  const parsed = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(parsed) || parsed < 0) {
    console.error(`${name} must be a non-negative integer, not "${raw}".`);
    process.exit(1);
  }
  return parsed;
}

async function main(): Promise<void> {
  const port = readNumber('SPORTELLO_SIM_PORT', 0);
  const chatterSeconds = readNumber('SPORTELLO_SIM_CHATTER_SECONDS', 20);
  const simulator = await startMetaSimulator({ port, ...(chatterSeconds > 0 ? { chatterIntervalMs: chatterSeconds * 1000 } : {}) });
  const { seed } = simulator;

  // Tests and scripts read this line to find the simulator.
  console.log(`Meta Graph API simulator running at ${simulator.url} (Graph: ${simulator.url}/${defaultGraphVersion}/…)`);
  console.log(`User "${seed.user.name}" ${seed.user.id}  token ${seed.user.token}`);
  for (const page of seed.pages) {
    console.log(`Page "${page.name}" ${page.id}  token ${page.token}  Instagram @${page.instagram.username} ${page.instagram.id}`);
  }
  console.log(chatterSeconds > 0 ? `Chatter: a customer writes every ${chatterSeconds} s.` : 'Chatter: off.');
  console.log('Control API (JSON, no token):');
  for (const route of controlRoutes) console.log(`  ${route}`);
  console.log('Press Ctrl+C to stop.');

  const stop = () => {
    void simulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
