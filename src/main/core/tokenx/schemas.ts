import { z } from 'zod';

/**
 * Shapes of TokenX answers outside the basket model (reference §2). Loose objects with
 * nullable fields, so a field TokenX adds later never fails a good answer.
 */

/** `{status, description, result?}`; status is an int, but the JWT codes read like "0002". */
export const envelopeSchema = z.looseObject({
  status: z.union([z.number().int(), z.string().regex(/^-?\d+$/)]),
  description: z.string().nullish(),
  result: z.unknown().optional(),
});
export type Envelope = z.infer<typeof envelopeSchema>;

/** Auth answers body status 201 on HTTP 200 (reference §2.1). */
export const authResultSchema = z.looseObject({
  accessToken: z.string().min(1),
  expiresIn: z.number().int().positive(),
  tokenType: z.string().nullish(),
});
export type AuthResult = z.infer<typeof authResultSchema>;

export const clientSettingsSchema = z.looseObject({
  callbackUrl: z.string().nullish(),
  callbackAuthHeader: z.string().nullish(),
});
export type ClientSettings = z.infer<typeof clientSettingsSchema>;

export interface ClientSettingsInput {
  callbackUrl: string;
  /** The full Authorization header value TokenX sends with each webhook. */
  callbackAuthHeader?: string;
}

const maybeInt = z.number().int().nullish();

export const fiscalSectionSchema = z.looseObject({
  sectionNo: z.number().int(),
  name: z.string(),
  taxPercent: z.number().int(),
  limit: maybeInt,
  price: maybeInt,
  status: maybeInt,
  type: maybeInt,
  plus: z.array(z.looseObject({})).nullish(),
});
export type FiscalSection = z.infer<typeof fiscalSectionSchema>;

export const fiscalParametersSchema = z.looseObject({
  sections: z.array(fiscalSectionSchema),
  receiptLimit: maybeInt,
  /** `rate` is TRY × 10 000 [guess, reference §2.3]. */
  currencies: z.array(z.looseObject({ id: z.number().int(), name: z.string(), rate: z.number().int() })).nullish(),
  terminal: z.string().nullish(),
  createdAt: z.string().nullish(),
  updatedAt: z.string().nullish(),
});
export type FiscalParameters = z.infer<typeof fiscalParametersSchema>;

/** Sale mode of a terminal: 0 list (picks from the branch list), 1 instant [guess, reference §2.11]. */
export const SALE_MODE = { list: 0, instant: 1 } as const;

export const terminalSchema = z.looseObject({
  id: z.string().min(1),
  branchId: z.string().nullish(),
  mode: maybeInt,
});
export type Terminal = z.infer<typeof terminalSchema>;

export const terminalOrganizationSchema = z.looseObject({
  terminalId: z.string().min(1),
  branchId: z.string().nullish(),
  merchantId: z.string().nullish(),
});
export type TerminalOrganization = z.infer<typeof terminalOrganizationSchema>;

/** Exactly one routing header filters the terminal list. */
export type TerminalFilter = { terminalId: string } | { branchId: string } | { merchantId: string };
