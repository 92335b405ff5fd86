import type { CallName, Calls } from '../../../shared/contract';
import { calls, isCallName, unknownCall } from '../../../shared/contract';
import type { CallArg, CallOutput } from '../../../shared/contract/define';
import type { AppError, Result } from '../../../shared/result';
import type { ValidationFailure } from '../../../shared/validation';
import { validate } from '../../../shared/validation';
import { isAppFailure } from '../failure';
import type { Logger } from '../ports';
import { errorMessage } from '../../../shared/errorMessage';

export type Handler<N extends CallName> = (arg: CallArg<Calls[N]>) => Promise<CallOutput<Calls[N]>> | CallOutput<Calls[N]>;
export type HandlerTable = { [N in CallName]: Handler<N> };

export type Invoke = (name: unknown, arg: unknown) => Promise<Result<unknown>>;

export function invalidArgument({ path, message, messageTr }: ValidationFailure): AppError {
  return {
    code: 'contract.invalid-argument',
    message: path ? `Invalid value at "${path}": ${message}` : `Invalid argument: ${message}`,
    messageTr: path ? `"${path}" alanındaki değer geçersiz: ${messageTr}` : `Geçersiz değer: ${messageTr}`,
    ...(path ? { path } : {}),
  };
}

/**
 * The single entry for every call from the renderer (Electron IPC and the web harness
 * alike): checks the name, validates the argument, runs the handler, validates the
 * answer, and never throws.
 */
export function createInvoke(handlers: HandlerTable, log: Logger, gate?: (name: CallName, arg: unknown) => void): Invoke {
  return async (name, arg) => {
    if (!isCallName(name)) return { ok: false, error: unknownCall(name) };
    const spec = calls[name];
    const parsed = validate(spec.input, arg);
    if (!parsed.ok) return { ok: false, error: invalidArgument(parsed.failure) };
    try {
      gate?.(name, parsed.data);
      const handler = handlers[name] as (arg: unknown) => unknown;
      const value = await handler(parsed.data);
      const checked = spec.output.safeParse(value);
      if (!checked.success) {
        log.error('handler answered outside its contract', { call: name, issues: checked.error.issues.slice(0, 3) });
        return { ok: false, error: internalError() };
      }
      return { ok: true, value: checked.data };
    } catch (error) {
      if (isAppFailure(error)) return { ok: false, error: error.appError };
      log.error('handler failed', { call: name, error: errorMessage(error) });
      return { ok: false, error: internalError() };
    }
  };
}

const internalError = (): AppError => ({
  code: 'internal',
  message: 'Something went wrong inside the app. The details are in the log.',
  messageTr: 'Uygulamada beklenmeyen bir hata oluştu. Ayrıntılar kayıtta.',
});
