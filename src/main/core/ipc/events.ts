import type { EventName, Payload } from '../../../shared/contract';

export type EventListener = (name: EventName, payload: unknown) => void;

/** Typed fan-out of main→renderer events; the shell and the harness each subscribe once. */
export class EventBus {
  readonly #listeners = new Set<EventListener>();

  emit<E extends EventName>(name: E, payload: Payload<E>): void {
    for (const listener of this.#listeners) listener(name, payload);
  }

  subscribe(listener: EventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
