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
