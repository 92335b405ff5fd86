import { z } from 'zod';
import { hostNamePattern } from './endpoints';
import { bilingual } from './validation';

/**
 * Non-secret settings, shared by main (which owns and persists them) and the renderer
 * (which shows and edits them). Credentials are never here: see `secrets.ts`.
 */

export const languageSchema = z.enum(['tr', 'en']);
export type Language = z.infer<typeof languageSchema>;

const httpUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, bilingual('must be an http(s) address such as https://api.example.com', 'https://api.ornek.com gibi bir http(s) adresi olmalı'));

const optionalHttpUrl = z.union([z.literal(''), httpUrl]);

export const tokenxBaseUrlsSchema = z.object({
  auth: optionalHttpUrl,
  clientSettings: optionalHttpUrl,
  basket: optionalHttpUrl,
});
export type TokenxBaseUrls = z.infer<typeof tokenxBaseUrlsSchema>;

/**
 * The only public TokenX test base (reference §1, third-party); production URLs are
 * handed out by Token per integrator, so that preset starts empty and must be typed.
 */
export const TOKENX_PRESETS: Record<'test' | 'production', TokenxBaseUrls> = {
  test: {
    auth: 'https://test-api.devtokeninc.com/app-store/external',
    clientSettings: 'https://test-api.devtokeninc.com/app-store/external',
    basket: 'https://test-api.devtokeninc.com/app-store/external',
  },
  production: { auth: '', clientSettings: '', basket: '' },
};

export const TOSLA_PRESETS = {
  test: 'https://prepentegrasyon.tosla.com/api/Payment',
  production: 'https://entegrasyon.tosla.com/api/Payment',
} as const;

export const serviceEnvironmentSchema = z.enum(['test', 'production']);
export type ServiceEnvironment = z.infer<typeof serviceEnvironmentSchema>;

export const trainingModeSchema = z.enum(['auto', 'on', 'off']);

/**
 * The tunnel programs the app knows how to start: the program is chosen by its path
 * (a file dialog in the desktop app) and the app builds its arguments itself, so no
 * setting can make the till run an arbitrary command. `none`: the user runs their own
 * reverse proxy (or nothing) and types the public URL.
 */
export const TUNNEL_KINDS = ['none', 'cloudflared', 'ngrok'] as const;
export const tunnelKindSchema = z.enum(TUNNEL_KINDS);
export type TunnelKind = z.infer<typeof tunnelKindSchema>;
export const tunnelSchema = z.object({ kind: tunnelKindSchema, program: z.string().max(1024) }).strict();
export type TunnelSetting = z.infer<typeof tunnelSchema>;

const tokenxFields = z.object({
  environment: serviceEnvironmentSchema,
  baseUrls: tokenxBaseUrlsSchema,
  terminalId: z.string().trim().max(32),
  branchId: z.string().trim().max(64),
  /** Instant basket to this counter's terminal, or list basket to every device of the branch. */
  target: z.enum(['terminal', 'branch']),
  /**
   * This till's number within the business (1–999). It leads every check number the
   * till hands out, so tills sharing a TokenX account never collide (TokenX refuses a
   * second open basket with the same check number).
   */
  tillNumber: z.number().int().min(1).max(999),
  webhookPort: z.number().int().min(0).max(65535),
  publicUrl: optionalHttpUrl,
  /** Changed only through `webhook.setTunnel`, behind a fresh PIN. */
  tunnel: tunnelSchema,
  pollIntervalMs: z.number().int().min(250).max(60_000),
});

const toslaFields = z.object({
  environment: serviceEnvironmentSchema,
  baseUrl: httpUrl,
});

const percent = z.number().int().min(0).max(100);

const tillFields = z.object({
  /** A manager or admin signed in at the till is signed out after this many minutes without activity. */
  elevatedIdleMinutes: z.number().int().min(1).max(240),
  /**
   * The largest discount, in percent of what it is taken off, each role gives on its own;
   * admins are not limited. Above it a manager's approval bound to the amount is needed.
   */
  discountLimitPercent: z.object({ cashier: percent, manager: percent }).strict(),
});
export type TillSettings = z.infer<typeof tillFields>;

const settingsFields = z.object({
  language: languageSchema,
  /** auto: training whenever a service has no credentials; on: always; off: never. */
  trainingMode: trainingModeSchema,
  /** Opt-in to store secrets with a backend that is not a keychain (Linux `basic_text`, the web harness's key file). */
  allowWeakSecretStorage: z.boolean(),
  /**
   * Hosts outside the vendors' published ones that base URLs may name (an integrator's
   * gateway); changed only through `settings.setCustomHosts`, behind a fresh PIN.
   */
  customHosts: z.array(z.string().regex(hostNamePattern)).max(20),
  tokenx: tokenxFields,
  tosla: toslaFields,
  till: tillFields,
});
export type Settings = z.infer<typeof settingsFields>;

export const defaultSettings = (): Settings => ({
  language: 'tr',
  trainingMode: 'auto',
  allowWeakSecretStorage: false,
  customHosts: [],
  tokenx: {
    environment: 'test',
    baseUrls: { ...TOKENX_PRESETS.test },
    terminalId: '',
    branchId: '',
    target: 'terminal',
    tillNumber: 1,
    webhookPort: 8787,
    publicUrl: '',
    tunnel: { kind: 'none', program: '' },
    pollIntervalMs: 1500,
  },
  tosla: { environment: 'test', baseUrl: TOSLA_PRESETS.test },
  till: { elevatedIdleMinutes: 5, discountLimitPercent: { cashier: 10, manager: 50 } },
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Lays `overlay` over `base` field by field, merging the nested groups, so a partial
 * object (an older stored file, or an update from the screen) keeps every other value.
 */
export function overlaySettings(base: Settings, overlay: Record<string, unknown>): Record<string, unknown> {
  const tokenx = isRecord(overlay.tokenx) ? overlay.tokenx : {};
  const till = isRecord(overlay.till) ? overlay.till : {};
  return {
    ...base,
    ...overlay,
    tokenx: {
      ...base.tokenx,
      ...tokenx,
      baseUrls: { ...base.tokenx.baseUrls, ...(isRecord(tokenx.baseUrls) ? tokenx.baseUrls : {}) },
    },
    tosla: { ...base.tosla, ...(isRecord(overlay.tosla) ? overlay.tosla : {}) },
    till: {
      ...base.till,
      ...till,
      discountLimitPercent: {
        ...base.till.discountLimitPercent,
        ...(isRecord(till.discountLimitPercent) ? till.discountLimitPercent : {}),
      },
    },
  };
}

/**
 * Settings as stored: fields missing from an older file take their defaults, so adding
 * a setting never invalidates what a till already saved.
 */
export const settingsSchema = z.preprocess(
  (raw) => (isRecord(raw) ? overlaySettings(defaultSettings(), raw) : raw),
  settingsFields,
);

/**
 * A partial update as the renderer sends it: any subset of fields, nested objects
 * merged. The tunnel and the custom hosts are not here: they have their own calls.
 */
export const settingsPatchSchema = settingsFields
  .omit({ customHosts: true })
  .extend({
    tokenx: tokenxFields
      .omit({ tunnel: true })
      .partial()
      .extend({ baseUrls: tokenxBaseUrlsSchema.partial().optional() })
      .strict(),
    tosla: toslaFields.partial().strict(),
    till: tillFields
      .partial()
      .extend({ discountLimitPercent: tillFields.shape.discountLimitPercent.partial().optional() })
      .strict(),
  })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
