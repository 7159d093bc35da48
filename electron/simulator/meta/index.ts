// The Meta Graph API simulator: a local server that speaks Graph's wire format for Pages,
// Messenger, Instagram messaging and comments, seeded with the demo workspace, with a control API
// for tests and the demo. See README.md (one folder up) for what it covers and how to drive it.

import { createControl, SimulatorState, type MetaSimulatorControl } from './control';
import { startGraphServer } from './server';
import type { SeedInfo } from './seed';

export type { MetaSimulatorControl, SentReport, TokenFailure } from './control';
export type { Author, InboundComment, InboundMessage, ReceivedComment, ReceivedMessage } from './customer-activity';
export type { Fault, FaultKind, FaultSpec } from './faults';
export type { SeedComment, SeedConversation, SeedInfo, SeedPage } from './seed';
export type { SentKind, SentRecord } from './world';
export { defaultGraphVersion } from './server';

export interface MetaSimulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The simulator's clock, epoch milliseconds; Date.now by default. */
  now?: () => number;
  /** Customers keep writing every this many milliseconds; off when omitted. */
  chatterIntervalMs?: number;
}

export interface MetaSimulator {
  /** Origin, e.g. http://127.0.0.1:43125; Graph paths go below it, with or without /vXX.X. */
  url: string;
  /** Ids and tokens of the seeded workspace, as of the last reset. */
  readonly seed: SeedInfo;
  control: MetaSimulatorControl;
  close(): Promise<void>;
}

export async function startMetaSimulator(options: MetaSimulatorOptions = {}): Promise<MetaSimulator> {
  const state = new SimulatorState(options.now ?? Date.now);
  const control = createControl(state);
  const server = await startGraphServer(state, control, options.port ?? 0);
  if (options.chatterIntervalMs !== undefined) control.setChatter(options.chatterIntervalMs);
  return {
    url: server.url,
    get seed() {
      return state.seed;
    },
    control,
    close: async () => {
      control.setChatter(undefined);
      await server.close();
    },
  };
}
