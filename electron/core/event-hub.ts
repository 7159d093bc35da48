// Core → UI pushes. Payloads are validated against the contract when emitted, so a transport
// only ever forwards events the renderer knows how to read.
import { events, type EventName, type EventPayload } from '../../shared/contract';

export type EventListener = (event: EventName, payload: unknown) => void;

export class EventHub {
  private readonly listeners = new Set<EventListener>();

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    const valid = events[event].parse(payload);
    for (const listener of this.listeners) listener(event, valid);
  }

  /** Every event: what transports use to forward them all. */
  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** One event, typed: what core's own parts and the shell use. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    return this.subscribe((name, payload) => {
      if (name === event) listener(payload as EventPayload<E>);
    });
  }
}
