import { z } from 'zod';

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
  }, 'must be an http(s) URL');

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

export const settingsSchema = z.object({
  language: languageSchema.default('tr'),
  /** auto: training whenever a service has no credentials; on: always; off: never. */
  trainingMode: trainingModeSchema.default('auto'),
  /** Opt-in to store secrets with Linux's `basic_text` safeStorage backend (not a keychain). */
  allowWeakSecretStorage: z.boolean().default(false),
  tokenx: z
    .object({
      environment: serviceEnvironmentSchema.default('test'),
      baseUrls: tokenxBaseUrlsSchema.default(TOKENX_PRESETS.test),
      terminalId: z.string().trim().max(32).default(''),
      branchId: z.string().trim().max(64).default(''),
      /** Instant basket to this counter's terminal, or list basket to every device of the branch. */
      target: z.enum(['terminal', 'branch']).default('terminal'),
      webhookPort: z.number().int().min(0).max(65535).default(8787),
      publicUrl: optionalHttpUrl.default(''),
      tunnelCommand: z.string().max(1000).default(''),
      pollIntervalMs: z.number().int().min(250).max(60_000).default(1500),
    })
    .default({
      environment: 'test',
      baseUrls: TOKENX_PRESETS.test,
      terminalId: '',
      branchId: '',
      target: 'terminal',
      webhookPort: 8787,
      publicUrl: '',
      tunnelCommand: '',
      pollIntervalMs: 1500,
    }),
  tosla: z
    .object({
      environment: serviceEnvironmentSchema.default('test'),
      baseUrl: httpUrl.default(TOSLA_PRESETS.test),
    })
    .default({ environment: 'test', baseUrl: TOSLA_PRESETS.test }),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings = (): Settings => settingsSchema.parse({});

/** A partial update as the renderer sends it: any subset of fields, nested objects merged. */
export const settingsPatchSchema = z
  .object({
    language: languageSchema,
    trainingMode: trainingModeSchema,
    allowWeakSecretStorage: z.boolean(),
    tokenx: settingsSchema.shape.tokenx.unwrap().partial().extend({ baseUrls: tokenxBaseUrlsSchema.partial().optional() }),
    tosla: settingsSchema.shape.tosla.unwrap().partial(),
  })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
