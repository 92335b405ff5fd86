import { z } from 'zod';

/**
 * A failure as it crosses a boundary: a stable machine code, the English and Turkish
 * text a person can act on, and where in the input the problem was, if anywhere.
 */
export const appErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  messageTr: z.string(),
  path: z.string().optional(),
});
export type AppError = z.infer<typeof appErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: AppError): Result<never> => ({ ok: false, error });
