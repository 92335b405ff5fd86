import { z } from 'zod';
import { hostNamePattern } from '../endpoints';
import { settingsSchema, tunnelKindSchema } from '../settings';
import { bilingual } from '../validation';
import { pinSchema } from './users';
import { call } from './define';

/**
 * The settings that decide what the till runs and where credentials go. Each change
 * needs the settings permission and the signed-in user's PIN typed again, and is
 * written to the audit log.
 */
export const connectionsCalls = {
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
  /** Hosts outside the vendors' published ones that base URLs may name, for integrators. */
  'settings.setCustomHosts': call(
    z
      .object({
        hosts: z
          .array(
            z
              .string()
              .trim()
              .toLowerCase()
              .refine(
                (host) => hostNamePattern.test(host),
                bilingual('Enter a host name such as gateway.example.com, without https:// or a path.', 'gateway.ornek.com gibi bir sunucu adı girin; https:// ve yol olmadan.'),
              ),
          )
          .max(20),
        pin: pinSchema,
      })
      .strict(),
    settingsSchema,
  ),
};
