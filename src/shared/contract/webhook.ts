import { z } from 'zod';
import { webhookStatusSchema } from '../checkout/webhookStatus';
import { tunnelKindSchema, settingsSchema } from '../settings';
import { pinSchema } from './users';
import { call, domain, event } from './define';

/**
 * The webhook path of the TokenX account in use: the receiver, the tunnel and the
 * registration of this till's callback URL. Changing the tunnel needs the settings
 * permission and the signed-in user's PIN typed again, and is written to the audit log.
 */
export const webhookCalls = {
  'webhook.status': call(z.undefined(), webhookStatusSchema),
  /** Reads TokenX's client settings and registers this till's callback URL; another till's only when confirmed. */
  'webhook.register': call(z.object({ confirmOverwrite: z.boolean() }).strict(), webhookStatusSchema),
  /** The tunnel program (cloudflared, ngrok) by path, or none; the app builds its arguments. */
  'webhook.setTunnel': call(
    z.object({ kind: tunnelKindSchema, program: z.string().trim().max(1024), pin: pinSchema }).strict(),
    settingsSchema,
  ),
  /**
   * Opens the desktop app's file dialog in main to pick the tunnel program; null when
   * cancelled. In the web harness there is no dialog: the path is typed instead.
   */
  'webhook.chooseTunnelProgram': call(
    z.object({ kind: tunnelKindSchema.exclude(['none']) }).strict(),
    z.object({ available: z.boolean(), path: z.string().nullable() }),
  ),
};

export const webhookEvents = {
  'webhook.changed': event(webhookStatusSchema),
};

export const webhookContract = domain({ calls: webhookCalls, events: webhookEvents });
