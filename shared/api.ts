// The object the renderer talks to. The Electron preload exposes it as `window.sportello`; the
// browser host's WebSocket client implements the same interface, so UI code never knows which
// transport carries it.
import type { CallName, CallParams, CallResult, EventName, EventPayload } from './contract';
import type { Outcome } from './outcome';

export interface SportelloApi {
  call<N extends CallName>(name: N, params: CallParams<N>): Promise<Outcome<CallResult<N>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** Channel names on Electron IPC. */
export const ipcChannels = { call: 'sportello:call', event: 'sportello:event' } as const;
