import { z } from 'zod';

/**
 * Where the vendor is silent, the simulator must not simply agree with the app: every
 * fact `reference/tokenx-protocol.md` tags guessed [G] or third-party [T] that the app
 * relies on is an option here, with its plausible variants. The checkout's fault and
 * kill suites run under each profile below; together the profiles use every variant.
 */
export const tokenxDialectSchema = z.object({
  /** §5 [G]: a create whose id exists is refused 1007 before any other check, or only after them (so a retry may see 1100/1101 first). */
  duplicateCheck: z.enum(['first', 'last']),
  /** §5 [G]: the id of a deleted basket stays taken (1007), or may be created again. */
  deletedIds: z.enum(['refused', 'reusable']),
  /** §1, §7.4 [C both forms seen]: the body's `status` as a number (1100) or a string ("1100"). */
  codeForm: z.enum(['number', 'string']),
  /** §2.8 [C both seen]: "no such basket" as `{status:404}` or `{status:1006}`. */
  notFoundForm: z.enum(['404', '1006']),
  /** §2.8 [G]: a read of a deleted basket answers "not found", or the record with `deletedAt`. */
  deletedRead: z.enum(['not-found', 'soft-record']),
  /**
   * §2.10 [G]: deleting a basket a device holds is refused 1018, or allowed: the record
   * is soft-deleted while the device may still finish it, and then keeps its sale.
   */
  deleteLocked: z.enum(['refused', 'allowed-keeps-sale']),
  /**
   * §3 [G] and the vendor's POS codes ("will be added to the documentation"): the
   * device reports only 0 / −1 / 99, or also 5 (offline invoice, a success) and 4
   * (network error, settled later by a second report).
   */
  saleStatuses: z.enum(['basic', 'extended']),
  /** §3/§4 [G]: where a bank decline's 5xxx code is: in the message, on the payment item, or on the payment with message CANCELLED. */
  declineFormat: z.enum(['code-in-message', 'code-on-payment', 'cancelled-with-code']),
  /** §4 [G]: TokenX sends `callbackAuthHeader` verbatim as Authorization, puts "Bearer " before it, or sends no Authorization. */
  webhookAuth: z.enum(['verbatim', 'bearer-prefixed', 'none']),
  /** §4 [G]: a failed delivery is retried, or sent once. */
  webhookRetries: z.enum(['retry', 'once']),
  /** §2.11 [G]: which `mode` number means instant sale mode. */
  instantMode: z.union([z.literal(1), z.literal(0)]),
  /** §2.8 [C, old example]: `checkNumber` in a read as a number or as a string. */
  checkNumberForm: z.enum(['number', 'string']),
  /** §2.5 arithmetic [C], rounding of fractions [G]: see `totals.ts`. */
  rounding: z.enum(['half-up', 'half-even', 'truncate']),
  /**
   * §2.3 [C null in the example], the unit [G]: the device's receipt limit (the yearly
   * invoice threshold) is not set, or set, in kuruş like every amount (₺9.900,00).
   */
  receiptLimit: z.enum(['none', 'kurus-9900-tl']),
});
export type TokenxDialect = z.infer<typeof tokenxDialectSchema>;

/** The reading closest to Token's own examples: what the app was built against. */
export const DOCUMENTED_DIALECT: TokenxDialect = {
  duplicateCheck: 'first',
  deletedIds: 'refused',
  codeForm: 'number',
  notFoundForm: '404',
  deletedRead: 'not-found',
  deleteLocked: 'refused',
  saleStatuses: 'basic',
  declineFormat: 'code-in-message',
  webhookAuth: 'verbatim',
  webhookRetries: 'retry',
  instantMode: 1,
  checkNumberForm: 'number',
  rounding: 'half-up',
  receiptLimit: 'none',
};

/** Named profiles; each variant of each option appears in at least one. */
export const DIALECT_PROFILES: Readonly<Record<string, TokenxDialect>> = {
  documented: DOCUMENTED_DIALECT,
  'every-alternative': {
    duplicateCheck: 'last',
    deletedIds: 'reusable',
    codeForm: 'string',
    notFoundForm: '1006',
    deletedRead: 'soft-record',
    deleteLocked: 'allowed-keeps-sale',
    saleStatuses: 'extended',
    declineFormat: 'code-on-payment',
    webhookAuth: 'bearer-prefixed',
    webhookRetries: 'once',
    instantMode: 0,
    checkNumberForm: 'string',
    rounding: 'half-even',
    receiptLimit: 'kurus-9900-tl',
  },
  'silent-webhooks': {
    duplicateCheck: 'last',
    deletedIds: 'refused',
    codeForm: 'string',
    notFoundForm: '404',
    deletedRead: 'not-found',
    deleteLocked: 'allowed-keeps-sale',
    saleStatuses: 'extended',
    declineFormat: 'cancelled-with-code',
    webhookAuth: 'none',
    webhookRetries: 'once',
    instantMode: 1,
    checkNumberForm: 'number',
    rounding: 'truncate',
    receiptLimit: 'none',
  },
};
