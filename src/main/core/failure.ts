import type { AppError } from '../../shared/result';

/**
 * The one exception type the core throws on purpose. The dispatcher turns it into an
 * `{ ok: false, error }` answer; anything else becomes a generic internal error.
 */
export class AppFailure extends Error {
  readonly appError: AppError;

  constructor(code: string, message: string, messageTr: string, path?: string) {
    super(message);
    this.name = 'AppFailure';
    this.appError = path === undefined ? { code, message, messageTr } : { code, message, messageTr, path };
  }
}

export const isAppFailure = (error: unknown): error is AppFailure => error instanceof AppFailure;
