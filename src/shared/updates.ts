import { z } from 'zod';
import { appErrorSchema } from './result';

/** Where the app's own update stands, as the settings screen shows it. */
export const updateStateSchema = z.enum([
  /** This host cannot update itself (see `unavailable`). */
  'unavailable',
  /** Configured; no check has finished yet. */
  'idle',
  'checking',
  'up-to-date',
  'downloading',
  /** Downloaded; installs as soon as the till is idle and no sale is under way (see `blockedBy`). */
  'waiting',
  'installing',
  'failed',
]);
export type UpdateState = z.infer<typeof updateStateSchema>;

export const updateUnavailableSchema = z.enum([
  /** The browser test host: nothing to install. */
  'web-harness',
  /** An unpackaged development build. */
  'development',
  /** No feed file: IT has not configured updates on this workstation. */
  'no-feed',
  /** The feed file exists but is not valid (see `error`). */
  'feed-invalid',
]);
export type UpdateUnavailable = z.infer<typeof updateUnavailableSchema>;

/** Why a downloaded update has not installed yet. */
export const installBlockerSchema = z.enum([
  /** A basket was sent to the device and its outcome is not final. */
  'basket-in-flight',
  /** The cashier has lines in a basket not sent yet (or the till screen has not said it is empty). */
  'basket-open',
  /** Someone used the keyboard, mouse or scanner within the last minutes. */
  'till-in-use',
  /** The checkout journal could not be read, so a sale may be under way. */
  'checkout-unknown',
]);
export type InstallBlocker = z.infer<typeof installBlockerSchema>;

export const updateStatusSchema = z.object({
  state: updateStateSchema,
  unavailable: updateUnavailableSchema.nullable(),
  currentVersion: z.string(),
  availableVersion: z.string().nullable(),
  downloadPercent: z.number().int().min(0).max(100).nullable(),
  feed: z.object({
    /** The HTTPS feed in use; null when none. */
    url: z.string().nullable(),
    /** Where IT puts the feed file on this workstation; null where updates do not apply. */
    file: z.string().nullable(),
  }),
  /** Epoch ms of the last finished check. */
  lastCheckedAt: z.number().int().nullable(),
  blockedBy: z.array(installBlockerSchema),
  error: appErrorSchema.nullable(),
});
export type UpdateStatus = z.infer<typeof updateStatusSchema>;
