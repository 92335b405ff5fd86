import type { z } from 'zod';
import type { Result } from '../result';

/**
 * One call the renderer may make: the schema its argument must satisfy (checked in
 * main, the argument is `unknown` until then) and the schema of its value.
 */
export interface CallSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
}

/** One event main may push to the renderer. */
export interface EventSpec<P extends z.ZodType = z.ZodType> {
  readonly payload: P;
}

export const call = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): CallSpec<I, O> => ({
  input,
  output,
});
export const event = <P extends z.ZodType>(payload: P): EventSpec<P> => ({ payload });

export type CallTable = Record<string, CallSpec>;
export type EventTable = Record<string, EventSpec>;

export type CallInput<C extends CallSpec> = z.input<C['input']>;
export type CallArg<C extends CallSpec> = z.output<C['input']>;
export type CallOutput<C extends CallSpec> = z.output<C['output']>;
export type EventPayload<E extends EventSpec> = z.output<E['payload']>;

/** Calls whose argument may be left out are called with none. */
export type CallArgs<C extends CallSpec> = undefined extends CallInput<C> ? [arg?: CallInput<C>] : [arg: CallInput<C>];

export type CallResult<C extends CallSpec> = Result<CallOutput<C>>;

/** One domain's part of the contract: the calls it answers and the events it pushes. */
export interface DomainContract<C extends CallTable = CallTable, E extends EventTable = EventTable> {
  readonly calls: C;
  readonly events: E;
}

/** A domain without events adds nothing to the event table. */
export const domain = <C extends CallTable, E extends EventTable = Record<never, never>>(parts: { calls: C; events?: E }): DomainContract<C, E> => ({
  calls: parts.calls,
  events: parts.events ?? ({} as E),
});

type UnionToIntersection<U> = (U extends unknown ? (part: U) => void : never) extends (part: infer I) => void ? I : never;
/** The tables of several parts (a union of table types) as one table: `Merged<A | B>` has the entries of both. */
export type Merged<T> = { [K in keyof UnionToIntersection<T>]: UnionToIntersection<T>[K] };
/** Every call (or event) of every domain in `D`, as one table. */
export type MergedTable<D extends Record<string, DomainContract>, Part extends keyof DomainContract> = Merged<D[keyof D][Part]>;

/**
 * Joins the domains' tables into one. A name two domains declare would silently keep
 * only the later one, so it stops the app at start instead.
 */
export function mergeDomains<D extends Record<string, DomainContract>>(domains: D): { calls: MergedTable<D, 'calls'>; events: MergedTable<D, 'events'> } {
  const calls: Record<string, CallSpec> = {};
  const events: Record<string, EventSpec> = {};
  for (const [domainName, part] of Object.entries(domains)) {
    for (const [name, spec] of Object.entries(part.calls)) {
      if (Object.hasOwn(calls, name)) throw new Error(`The call "${name}" is declared twice in the contract (again by ${domainName}).`);
      calls[name] = spec;
    }
    for (const [name, spec] of Object.entries(part.events)) {
      if (Object.hasOwn(events, name)) throw new Error(`The event "${name}" is declared twice in the contract (again by ${domainName}).`);
      events[name] = spec;
    }
  }
  return { calls, events } as { calls: MergedTable<D, 'calls'>; events: MergedTable<D, 'events'> };
}
