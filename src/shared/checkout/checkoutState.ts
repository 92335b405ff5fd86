import { z } from 'zod';

/**
 * Where a basket is in its life, as the journal records it and the cashier sees it.
 * `rejected` is not in the list: it is TokenX refusing the basket outright
 * (bad data, total mismatch, duplicate check number), which is final and distinct
 * from a device that is busy or in the wrong sale mode.
 */
export const CHECKOUT_STATES = [
  'draft',
  'sending',
  'on-device',
  'unknown',
  'paid',
  'cancelled-on-device',
  'receipt-voided',
  'declined',
  'device-busy',
  'deleted',
  'rejected',
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
]);
export const isFinalState = (state: CheckoutState): boolean => FINAL_STATES.has(state);

/** Outcomes a manager may record by hand after a communication error. */
export const forcibleOutcomeSchema = z.enum(['paid', 'cancelled-on-device', 'declined']);
export type ForcibleOutcome = z.infer<typeof forcibleOutcomeSchema>;

export const checkoutTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('terminal'), terminalId: z.string().min(1) }),
  z.object({ kind: z.literal('branch'), branchId: z.string().min(1) }),
]);
export type CheckoutTarget = z.infer<typeof checkoutTargetSchema>;

/** What the device reported for a finished basket (TokenX `sale`, normalised). */
export const saleResultSchema = z.object({
  status: z.number().int(),
  message: z.string(),
  receiptNo: z.number().int().nullable(),
  zNo: z.number().int().nullable(),
  paymentItems: z.array(
    z.object({
      type: z.number().int(),
      amount: z.number().int(),
      description: z.string().nullable(),
      operatorId: z.number().int().nullable(),
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
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CheckoutEntry = z.infer<typeof checkoutEntrySchema>;

export const checkoutDetailSchema = checkoutEntrySchema.extend({ transitions: z.array(transitionSchema) });
export type CheckoutDetail = z.infer<typeof checkoutDetailSchema>;

/**
 * Selling is blocked until every unfinished basket of the last session is known again:
 * final, or seen on the device. A basket TokenX cannot be asked about keeps recovery
 * going (it is retried) until it answers or a manager records the outcome.
 */
export const recoveryStatusSchema = z.object({
  phase: z.enum(['recovering', 'ready']),
  /** Unfinished baskets found at start-up. */
  found: z.number().int(),
  /** Of those, how many are known again. */
  known: z.number().int(),
  /** Of those, how many TokenX could not be asked about yet. */
  unresolved: z.number().int(),
});
export type RecoveryStatus = z.infer<typeof recoveryStatusSchema>;
