import { z } from 'zod';

/**
 * What the settings screen and the onboarding wizard learn about the TokenX account in
 * use: whether it answers, its terminals, the departments of a device, and in training
 * where the embedded simulator and its virtual ÖKC are.
 */

export const saleModeSchema = z.enum(['instant', 'list', 'unknown']);
export type SaleMode = z.infer<typeof saleModeSchema>;

export const terminalInfoSchema = z.object({
  id: z.string(),
  branchId: z.string().nullable(),
  /** instant: takes baskets sent to it; list: picks from the branch's list. */
  mode: saleModeSchema,
});
export type TerminalInfo = z.infer<typeof terminalInfoSchema>;

export const CONNECTION_OUTCOMES = [
  'ok',
  'credentials-missing',
  'auth-failed',
  'unreachable',
  'terminal-missing',
  'terminal-unknown',
  'terminal-foreign',
  'wrong-sale-mode',
  'branch-unknown',
  'refused',
] as const;

export const connectionCheckSchema = z.object({
  outcome: z.enum(CONNECTION_OUTCOMES),
  /** The journal's account key: `training`, `test:<clientId>` or `production:<clientId>`. */
  environment: z.string(),
  message: z.string(),
  messageTr: z.string(),
  /** The counter's terminal as TokenX reports it, when it could be read. */
  terminal: terminalInfoSchema.nullable(),
});
export type ConnectionCheck = z.infer<typeof connectionCheckSchema>;

export const fiscalParametersViewSchema = z.object({
  terminalId: z.string(),
  sections: z.array(z.object({ sectionNo: z.number().int(), name: z.string(), taxPercent: z.number().int() })),
  receiptLimit: z.number().int().nullable(),
  currencies: z.array(z.object({ id: z.number().int(), name: z.string(), rate: z.number().int() })),
});
export type FiscalParametersView = z.infer<typeof fiscalParametersViewSchema>;

/** Training only: the embedded TokenX simulator, so a trainer (or a test) can drive its devices. */
export const tokenxSimulatorInfoSchema = z.object({
  baseUrl: z.string(),
  okcUrl: z.string(),
  clientId: z.string(),
  branchId: z.string(),
  terminalId: z.string(),
  terminalIds: z.array(z.string()),
});
export type TokenxSimulatorInfo = z.infer<typeof tokenxSimulatorInfoSchema>;
