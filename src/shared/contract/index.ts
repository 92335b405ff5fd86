import type { AppError, Result } from '../result';
import type { CallArgs, CallOutput, EventPayload, MergedTable } from './define';
import { mergeDomains } from './define';
import * as domains from './domains';

/**
 * The whole renderer↔main contract. Each domain declares its calls and events in its
 * own file, registered in `domains.ts`; this table is the single list the preload
 * exposes and main enforces.
 */
export type Calls = MergedTable<typeof domains, 'calls'>;
export type Events = MergedTable<typeof domains, 'events'>;
export const { calls, events }: { calls: Calls; events: Events } = mergeDomains(domains);

export type CallName = keyof Calls & string;
export type EventName = keyof Events & string;

export const CALL_NAMES = Object.keys(calls) as CallName[];
export const EVENT_NAMES = Object.keys(events) as EventName[];

export const isCallName = (name: unknown): name is CallName => typeof name === 'string' && Object.hasOwn(calls, name);

/** The answer to a name that is not a call; only a string is ever echoed (`String()` of an object can throw or run code). */
export function unknownCall(name: unknown): AppError {
  const shown = typeof name === 'string' ? name.slice(0, 80) : `(${typeof name})`;
  return { code: 'contract.unknown-call', message: `Unknown call: ${shown}`, messageTr: `Bilinmeyen çağrı: ${shown}` };
}
export const isEventName = (name: unknown): name is EventName =>
  typeof name === 'string' && Object.hasOwn(events, name);

export type Output<N extends CallName> = CallOutput<Calls[N]>;
export type Payload<E extends EventName> = EventPayload<Events[E]>;

/** What `window.pos` is, in Electron (preload) and in the web harness (bridge) alike. */
export interface PosApi {
  call<N extends CallName>(name: N, ...args: CallArgs<Calls[N]>): Promise<Result<Output<N>>>;
  on<E extends EventName>(name: E, listener: (payload: Payload<E>) => void): () => void;
}

/** The IPC channels the preload and the shell agree on. */
export const IPC_CALL_CHANNEL = 'pos:call';
export const IPC_EVENT_CHANNEL = 'pos:event';
