// The contract over the browser host's WebSocket: the same SportelloApi the Electron preload gives.
import type { SportelloApi } from '../../../shared/api';
import type { CallName, CallParams, CallResult, EventName, EventPayload } from '../../../shared/contract';
import { failure, type Outcome } from '../../../shared/outcome';
import { tokenProtocolPrefix, wirePath, wireProtocol, type WireMessage } from '../../../shared/wire';

type Listener = (payload: unknown) => void;

export function openWebSocketApi(origin: string, token: string): Promise<SportelloApi> {
  const socketUrl = `${origin.replace(/^http/, 'ws')}${wirePath}`;
  const socket = new WebSocket(socketUrl, [wireProtocol, `${tokenProtocolPrefix}${token}`]);
  const pending = new Map<number, (outcome: Outcome<unknown>) => void>();
  const listeners = new Map<string, Set<Listener>>();
  let nextId = 1;

  const lost = () => failure('unavailable', 'The connection to Sportello was lost. Restart it and reload this page.');

  socket.addEventListener('message', (message) => {
    const data = JSON.parse(String(message.data)) as WireMessage;
    if (data.type === 'event') {
      for (const listener of listeners.get(data.event) ?? []) listener(data.payload);
    } else if (data.id !== null) {
      pending.get(data.id)?.(data.outcome);
      pending.delete(data.id);
    }
  });
  socket.addEventListener('close', () => {
    for (const resolve of pending.values()) resolve(lost());
    pending.clear();
  });

  const api: SportelloApi = {
    call<N extends CallName>(name: N, params: CallParams<N>) {
      if (socket.readyState !== WebSocket.OPEN) return Promise.resolve(lost());
      const id = nextId++;
      return new Promise<Outcome<CallResult<N>>>((resolve) => {
        pending.set(id, resolve as (outcome: Outcome<unknown>) => void);
        socket.send(JSON.stringify({ id, call: name, params }));
      });
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      set.add(listener as Listener);
      return () => set.delete(listener as Listener);
    },
  };

  return new Promise((resolve, reject) => {
    socket.addEventListener('open', () => resolve(api), { once: true });
    socket.addEventListener('error', () => reject(new Error('Could not connect to Sportello.')), { once: true });
  });
}
