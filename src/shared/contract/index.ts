import type { AppError, Result } from '../result';
import { appCalls, appEvents } from './app';
import { auditCalls } from './audit';
import { catalogCalls, catalogEvents } from './catalog';
import { checkoutCalls, checkoutEvents } from './checkout';
import { connectionsCalls } from './connections';
import type { CallArgs, CallOutput, EventPayload } from './define';
import { tillCalls } from './till';
import { supportCalls, supportEvents } from './support';
import { toslaCalls, toslaEvents } from './tosla';
import { usersCalls, usersEvents } from './users';

/**
 * The whole renderer↔main contract. Each domain declares its calls and events in its
 * own module; this table is the single list the preload exposes and main enforces.
 */
export const calls = {
  ...appCalls,
  ...usersCalls,
  ...auditCalls,
  ...catalogCalls,
  ...checkoutCalls,
  ...toslaCalls,
  ...tillCalls,
  ...connectionsCalls,
  ...supportCalls,
};

export const events = {
  ...appEvents,
  ...usersEvents,
  ...catalogEvents,
  ...checkoutEvents,
  ...toslaEvents,
  ...supportEvents,
};

export type Calls = typeof calls;
export type Events = typeof events;
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
