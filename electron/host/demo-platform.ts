// The demo workspace's platform: the Meta simulator, embedded in the console's own process and
// listening on loopback, with customers who keep writing in.
import type { DemoPlatform } from '../core/demo/demo-workspace';
import { startMetaSimulator, type MetaSimulator } from '../simulator/meta';

export function embeddedDemoPlatform(chatterIntervalMs = 45_000): DemoPlatform {
  let simulator: MetaSimulator | null = null;
  return {
    async start() {
      simulator ??= await startMetaSimulator({ chatterIntervalMs });
      return { baseUrl: simulator.url, token: simulator.seed.user.token };
    },
    async stop() {
      await simulator?.close();
      simulator = null;
    },
  };
}
