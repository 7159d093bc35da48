// Messages on the browser host's WebSocket. Electron IPC needs no framing of its own (invoke pairs
// requests with results); the socket does, so requests carry an id that the result echoes.
// No zod here: the renderer imports this file; the host validates requests with its own schema.
import type { Outcome } from './outcome';

export interface WireRequest {
  id: number;
  call: string;
  params: unknown;
}

export type WireMessage =
  | { type: 'result'; id: number | null; outcome: Outcome<unknown> }
  | { type: 'event'; event: string; payload: unknown };

/** The WebSocket subprotocol; the per-run token travels as a second subprotocol, `token.<value>`. */
export const wireProtocol = 'sportello.v1';
export const tokenProtocolPrefix = 'token.';
export const wirePath = '/rpc';
