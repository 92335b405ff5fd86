import { z } from 'zod';
import { hostNamePattern } from '../endpoints';
import { isLoopbackHttpUrl } from '../loopbackUrl';
import { secretNameSchema, secretStatusSchema } from '../secrets';
import { settingsPatchSchema, settingsSchema } from '../settings';
import { bilingual } from '../validation';
import { call, domain, event } from './define';
import { pinSchema } from './users';

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  /** `electron` for the desktop app, `web-harness` for the browser test host. */
  host: z.enum(['electron', 'web-harness']),
  platform: z.string(),
  nodeVersion: z.string(),
  electronVersion: z.string().nullable(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const serviceModeSchema = z.enum(['simulator', 'live']);

export const trainingStatusSchema = z.object({
  /** True when any service runs against its embedded simulator. */
  active: z.boolean(),
  reason: z.enum(['forced-on', 'missing-credentials', 'off']),
  services: z.object({ tokenx: serviceModeSchema, tosla: serviceModeSchema }),
});
export type TrainingStatus = z.infer<typeof trainingStatusSchema>;

const none = z.undefined();

const loopbackUrl = z
  .string()
  .trim()
  .max(2000)
  .refine(isLoopbackHttpUrl, bilingual('must be an http address on this computer (127.0.0.1)', 'bu bilgisayardaki bir http adresi (127.0.0.1) olmalı'));

export const appCalls = {
  'app.info': call(none, appInfoSchema),
  'settings.get': call(none, settingsSchema),
  'settings.update': call(settingsPatchSchema, settingsSchema),
  /**
   * Hosts outside the vendors' published ones that base URLs may name, for integrators.
   * Needs the settings permission and the signed-in user's PIN typed again; audited.
   */
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
  'secrets.status': call(none, secretStatusSchema),
  'secrets.set': call(
    z.object({ name: secretNameSchema, value: z.string().trim().min(1).max(4096) }).strict(),
    secretStatusSchema,
  ),
  'secrets.clear': call(z.object({ name: secretNameSchema }).strict(), secretStatusSchema),
  'training.status': call(none, trainingStatusSchema),
  /**
   * Opens a page of this computer (the training simulator's virtual ÖKC) in the system
   * browser. `opened: false` where the host cannot (the web harness): the page opens it.
   */
  'app.openExternal': call(z.object({ url: loopbackUrl }).strict(), z.object({ opened: z.boolean() })),
};

export const appEvents = {
  'settings.changed': event(settingsSchema),
  'secrets.changed': event(secretStatusSchema),
  'training.changed': event(trainingStatusSchema),
};

export const appContract = domain({ calls: appCalls, events: appEvents });
