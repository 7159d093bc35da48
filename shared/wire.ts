// Messages on the browser host's WebSocket. Electron IPC needs no framing of its own (invoke pairs
// requests with results); the socket does, so requests carry an id that the result echoes.
import { z } from 'zod';
import type { Outcome } from './outcome';

export const WireRequest = z.object({
  id: z.number().int().nonnegative(),
  call: z.string(),
  params: z.unknown(),
});
export type WireRequest = z.infer<typeof WireRequest>;

export type WireMessage =
  | { type: 'result'; id: number | null; outcome: Outcome<unknown> }
  | { type: 'event'; event: string; payload: unknown };

/** The WebSocket subprotocol; the per-run token travels as a second subprotocol, `token.<value>`. */
export const wireProtocol = 'sportello.v1';
export const tokenProtocolPrefix = 'token.';
export const wirePath = '/rpc';
