// The demo workspace's platform: the Meta simulator, embedded in the console's own process and
// listening on loopback, with customers who keep writing in.
import type { DemoBrandProfile, DemoPlatform } from '../core/demo/demo-workspace';
import { startMetaSimulator, type MetaSimulator } from '../simulator/meta';

export function embeddedDemoPlatform(chatterIntervalMs = 45_000): DemoPlatform {
  let simulator: MetaSimulator | null = null;
  return {
    async start() {
      simulator ??= await startMetaSimulator({ chatterIntervalMs });
      return { baseUrl: simulator.url, token: simulator.seed.user.token, brands: demoBrands(simulator) };
    },
    async stop() {
      await simulator?.close();
      simulator = null;
    },
  };
}

/**
 * The two demo brands differ as a freelancer's clients do: the pizzeria answers within 15 minutes
 * (Facebook's "Very responsive"), the outdoor shop within an hour. Tone notes are the brand's own
 * words, in its language.
 */
function demoBrands(simulator: MetaSimulator): Record<string, DemoBrandProfile> {
  return {
    [simulator.seed.daGino.name]: { slaPreset: 'very_responsive', toneNotes: 'Caloroso e alla mano: dai del tu, usa il nome del cliente, firma con il tuo nome.' },
    [simulator.seed.alpine.name]: { slaPreset: 'one_hour', toneNotes: 'Friendly and precise: British spelling, no exclamation marks, offer a next step.' },
  };
}
