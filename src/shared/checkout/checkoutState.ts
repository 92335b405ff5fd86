import { z } from 'zod';

/**
 * Where a basket is in its life, as the journal records it and the cashier sees it.
 * What decides each state is written down in `src/main/core/checkout/stateMachine.ts`
 * (the truth model) and, for TokenX's codes, in `deviceTruth.ts` beside this file.
 *
 * * `unknown`: TokenX has not said what became of the basket (no answer, or a refusal
 *   not yet confirmed by a read). Never "failed", never "send again".
 * * `awaiting-decision`: start-up recovery found a basket TokenX never saw that is too
 *   old to send again on its own; the cashier decides (send again / drop).
 * * `rejected` / `device-busy`: TokenX refused the create and a read confirmed the
 *   basket is not there.
 * * `dropped`: never reached TokenX, and the cashier chose not to send it.
 */
export const CHECKOUT_STATES = [
  'draft',
  'sending',
  'on-device',
  'unknown',
  'awaiting-decision',
  'paid',
  'cancelled-on-device',
  'receipt-voided',
  'declined',
  'device-busy',
  'deleted',
  'rejected',
  'dropped',
] as const;
export const checkoutStateSchema = z.enum(CHECKOUT_STATES);
export type CheckoutState = z.infer<typeof checkoutStateSchema>;

export const FINAL_STATES: ReadonlySet<CheckoutState> = new Set([
  'paid',
  'cancelled-on-device',
  'receipt-voided',
  'declined',
  'device-busy',
  'deleted',
  'rejected',
  'dropped',
]);
export const isFinalState = (state: CheckoutState): boolean => FINAL_STATES.has(state);

/** Not yet known to TokenX as far as this till can tell. */
export const BEFORE_DEVICE_STATES: ReadonlySet<CheckoutState> = new Set(['draft', 'sending', 'unknown', 'awaiting-decision']);

/** Outcomes a manager may record by hand after a communication error. */
export const forcibleOutcomeSchema = z.enum(['paid', 'cancelled-on-device', 'declined']);
export type ForcibleOutcome = z.infer<typeof forcibleOutcomeSchema>;

export const checkoutTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('terminal'), terminalId: z.string().min(1) }),
  z.object({ kind: z.literal('branch'), branchId: z.string().min(1) }),
]);
export type CheckoutTarget = z.infer<typeof checkoutTargetSchema>;

/**
 * What the device reported for a finished basket: every field of TokenX's sale object
 * (reference §3 `ReceiptInfo`, §2.8), normalised. The e-document's UUID and the bank's
 * batch and transaction numbers are what a bank's end of day, a card dispute and a
 * return need. Entries journaled before these were kept read them back as null.
 */
export const saleResultSchema = z.object({
  status: z.number().int(),
  message: z.string(),
  receiptNo: z.number().int().nullable(),
  zNo: z.number().int().nullable(),
  /** TokenX `UUID`: the e-document's handle (e-Arşiv / e-Fatura). */
  uuid: z.string().nullable().default(null),
  /** TokenX `invoiceID`. */
  invoiceId: z.string().nullable().default(null),
  /** The document the device made (0 receipt, 9006 e-Fatura slip, 9007 e-Arşiv slip…). */
  documentType: z.number().int().nullable().default(null),
  /** How many payments the device counted. */
  paymentCount: z.number().int().nullable().default(null),
  /** TokenX `InstanceIdentifier`. */
  instanceIdentifier: z.string().nullable().default(null),
  paymentItems: z.array(
    z.object({
      type: z.number().int(),
      amount: z.number().int(),
      description: z.string().nullable(),
      /** The bank (card) or the meal-card operator. */
      operatorId: z.number().int().nullable(),
      /** The payment's own status; a bank decline code (5xxx) sits here in some answers. */
      status: z.number().int().nullable().default(null),
      /** The bank's batch (end-of-day) number, as the device wrote it. */
      batchNo: z.string().nullable().default(null),
      /** The bank's transaction number, as the device wrote it. */
      txnNo: z.string().nullable().default(null),
      currencyId: z.number().int().nullable().default(null),
      taxRate: z.number().int().nullable().default(null),
    }),
  ),
});
export type SaleResult = z.infer<typeof saleResultSchema>;

export const rejectionSchema = z.object({
  code: z.string(),
  description: z.string(),
  httpStatus: z.number().int().nullable(),
});
export type Rejection = z.infer<typeof rejectionSchema>;

/**
 * A loud notice that the device's truth overruled what the till had recorded: a
 * payment reported after the basket was marked declined, deleted…, or a device outcome
 * that contradicts one a manager recorded by hand. Shown on the till and written to the
 * audit log; it stays on the entry until a manager acknowledges it.
 */
export const checkoutAlertSchema = z.object({
  kind: z.enum(['paid-after-final', 'voided-after-final', 'forced-overruled', 'amount-mismatch']),
  /** The state the till had recorded before the device's report. */
  previous: checkoutStateSchema,
  /** ISO-8601 in UTC. */
  at: z.string(),
  acknowledgedBy: z.string().nullable(),
});
export type CheckoutAlert = z.infer<typeof checkoutAlertSchema>;

export const transitionSchema = z.object({
  from: checkoutStateSchema.nullable(),
  to: checkoutStateSchema,
  cause: z.string(),
  detail: z.string().nullable(),
  /** ISO-8601 in UTC. */
  at: z.string(),
});
export type Transition = z.infer<typeof transitionSchema>;

export const checkoutEntrySchema = z.object({
  basketId: z.uuid(),
  environment: z.string(),
  target: checkoutTargetSchema,
  checkNumber: z.number().int(),
  totalKurus: z.number().int(),
  state: checkoutStateSchema,
  final: z.boolean(),
  lockedBy: z.string().nullable(),
  sale: saleResultSchema.nullable(),
  rejection: rejectionSchema.nullable(),
  cancelRequested: z.boolean(),
  /** Why the last exchange with TokenX gave no answer; null once an answer came. */
  communicationError: z.string().nullable(),
  forced: z.boolean(),
  /** TokenX could not settle it after many reads: a manager should look (and may record the outcome). */
  escalated: z.boolean(),
  alert: checkoutAlertSchema.nullable(),
  /** The user signed in at the till who sent it; null for baskets journaled before sign-in was required. */
  cashierId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CheckoutEntry = z.infer<typeof checkoutEntrySchema>;

/** A line of the basket as it was sent, for showing a journaled basket again (read-only). */
export const sentLineSchema = z.object({
  name: z.string(),
  /** Unit price in kuruş, VAT included. */
  price: z.number().int(),
  /** Thousandths. */
  quantity: z.number().int(),
  unit: z.string().nullable(),
  taxPercent: z.number().int(),
  /** Line total in kuruş after its own discount. */
  totalKurus: z.number().int(),
});
export type SentLine = z.infer<typeof sentLineSchema>;

export const checkoutDetailSchema = checkoutEntrySchema.extend({
  transitions: z.array(transitionSchema),
  lines: z.array(sentLineSchema),
  /** Basket discount in kuruş (0 when none). */
  basketDiscountKurus: z.number().int(),
});
export type CheckoutDetail = z.infer<typeof checkoutDetailSchema>;

/**
 * Start-up recovery: every unfinished basket of the last session is read once (a few
 * times if TokenX does not answer) before selling resumes. Each entry is recovered on
 * its own; one that cannot be settled is set aside for a manager, never holding up the
 * rest, and an old basket TokenX never saw waits for the cashier's decision.
 */
export const recoveryStatusSchema = z.object({
  phase: z.enum(['recovering', 'ready']),
  /** Unfinished baskets found at start-up. */
  found: z.number().int(),
  /** Of those, how many are known again. */
  known: z.number().int(),
  /** Of those, how many TokenX could not be asked about yet. */
  unresolved: z.number().int(),
  /** Of those, old baskets TokenX never saw: send again or drop? */
  awaitingDecision: z.number().int(),
  /** Of those, set aside for a manager (unreadable entry, or TokenX never settled it). */
  escalated: z.number().int(),
});
export type RecoveryStatus = z.infer<typeof recoveryStatusSchema>;

export const recoveryDecisionSchema = z.enum(['resend', 'drop']);
export type RecoveryDecision = z.infer<typeof recoveryDecisionSchema>;
