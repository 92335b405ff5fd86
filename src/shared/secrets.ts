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

/** Credentials that are identifiers rather than passwords: the screen may show them masked. */
export const IDENTIFIER_NAMES: readonly SecretName[] = ['tokenx.clientId', 'tosla.clientId'];

/**
 * An identifier as the screen shows it: enough to tell two apart (`7d3e…4a93`), not
 * enough to use. Short ones show their last three characters only.
 */
export function maskIdentifier(id: string): string {
  return id.length >= 12 ? `${id.slice(0, 4)}…${id.slice(-4)}` : `…${id.slice(-3)}`;
}

export const secretStatusSchema = z.object({
  /** The OS secret backend in use, e.g. `gnome_libsecret`, `dpapi`, `keychain`, `basic_text`. */
  backend: z.string(),
  /** True when the backend is a real keychain (or the user opted in to a weak one). */
  writable: z.boolean(),
  /** True when the backend is not a keychain (`basic_text`, the web harness's key file) or unavailable. */
  weak: z.boolean(),
  /**
   * Secrets were saved under another backend and cannot be read here: the user must
   * enter them again.
   */
  needsReentry: z.boolean(),
  items: z.record(secretNameSchema, z.enum(['set', 'not-set'])),
  /** The identifiers that are set, masked (`maskIdentifier`); never a secret, never a whole id. */
  masked: z.partialRecord(secretNameSchema, z.string()),
});
export type SecretStatus = z.infer<typeof secretStatusSchema>;
