import { z } from 'zod';

/** Every credential the app keeps. Only main ever sees their values. */
export const secretNameSchema = z.enum([
  'tokenx.clientId',
  'tokenx.clientSecret',
  'tosla.clientId',
  'tosla.apiUser',
  'tosla.apiPass',
]);
export type SecretName = z.infer<typeof secretNameSchema>;
export const SECRET_NAMES = secretNameSchema.options;

export const secretStatusSchema = z.object({
  /** The OS secret backend in use, e.g. `gnome_libsecret`, `dpapi`, `keychain`, `basic_text`. */
  backend: z.string(),
  /** True when the backend is a real keychain (or the user opted in to a weak one). */
  writable: z.boolean(),
  /** True when the backend is `basic_text` or unavailable. */
  weak: z.boolean(),
  /**
   * Secrets were saved under another backend and cannot be read here: the user must
   * enter them again.
   */
  needsReentry: z.boolean(),
  items: z.record(secretNameSchema, z.enum(['set', 'not-set'])),
});
export type SecretStatus = z.infer<typeof secretStatusSchema>;
