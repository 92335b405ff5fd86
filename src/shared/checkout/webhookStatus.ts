import { z } from 'zod';
import { appErrorSchema } from '../result';

/**
 * The webhook path as the settings screen shows it. Polling works whatever this says;
 * webhooks only make outcomes arrive sooner.
 */
export const webhookStatusSchema = z.object({
  receiver: z.object({
    listening: z.boolean(),
    port: z.number().int().nullable(),
    error: appErrorSchema.nullable(),
  }),
  tunnel: z.object({
    state: z.enum(['off', 'starting', 'running', 'failed']),
    publicUrl: z.string().nullable(),
    error: appErrorSchema.nullable(),
  }),
  registration: z.object({
    state: z.enum(['no-public-url', 'checking', 'registered', 'conflict', 'failed']),
    /** The address this workstation wants TokenX to call. */
    ourUrl: z.string().nullable(),
    /** What TokenX has on record, when it was read; another workstation's address on a conflict. */
    registeredUrl: z.string().nullable(),
    error: appErrorSchema.nullable(),
  }),
});
export type WebhookStatus = z.infer<typeof webhookStatusSchema>;
