import type { CallName, Calls, Output } from '../../../shared/contract';
import type { CallArgs } from '../../../shared/contract/define';
import type { Result } from '../../../shared/result';
import { pos } from '../pos';
import { useFailures } from './failures';

/** Answers that ask for something rather than refuse: the caller handles them (the approval dialog). */
const QUESTIONS: ReadonlySet<string> = new Set(['auth.approval-required']);

/**
 * Every contract call the screens make goes through here: a refusal is reported to the
 * failure store (one place, shown where the cashier is looking) and a success clears a
 * failure of the same call, so an error disappears once it is fixed. The result comes
 * back for the caller's flow; callers never show errors themselves.
 */
export async function call<N extends CallName>(name: N, ...args: CallArgs<Calls[N]>): Promise<Result<Output<N>>> {
  const result = await pos.call(name, ...args);
  if (result.ok) useFailures.getState().settled(name);
  else if (!QUESTIONS.has(result.error.code)) useFailures.getState().report(result.error, name);
  return result;
}

/**
 * A call the app makes on its own, not at anyone's request (a report to main, a read
 * of the device's departments): its refusal is not news to interrupt the cashier with.
 * Whatever it leaves missing is shown in its own place (the send panel names missing
 * departments), so nothing is reported here.
 */
export function callInBackground<N extends CallName>(name: N, ...args: CallArgs<Calls[N]>): Promise<Result<Output<N>>> {
  return pos.call(name, ...args);
}
