import { z } from 'zod';
import { bilingual } from '../validation';

/**
 * What the manager screens see of Tosla orders and of this till's void/refund journal.
 * Amounts are integer kuruş throughout.
 */

/** Which Tosla the journal rows belong to; rows of one never show in another. */
export const toslaEnvironmentSchema = z.enum(['training', 'test', 'production']);
export type ToslaEnvironment = z.infer<typeof toslaEnvironmentSchema>;

const kurus = z.number().int().min(0);
const text = z.object({ en: z.string(), tr: z.string() });

export const toslaOrderSchema = z.object({
  orderId: z.string(),
  transactionType: z.number().int(),
  requestStatus: z.number().int(),
  amountKurus: kurus,
  refundedKurus: kurus,
  /** What can still be refunded: the sale less what was refunded, 0 once voided. */
  refundableKurus: kurus,
  installmentCount: z.number().int(),
  cardNo: z.string().nullable(),
  /** `yyyyMMddHHmmss`, Istanbul time, as Tosla reports it. */
  createDate: z.string().nullable(),
  /** `YYYY-MM-DD` in Istanbul; the day whose end-of-day closes the void window. */
  businessDate: z.string().nullable(),
  canVoid: z.boolean(),
  canRefund: z.boolean(),
  suggestion: z.enum(['void', 'refund', 'none']),
  /** Why neither void nor refund is possible, when that is the case. */
  blockedReason: text.nullable(),
  /** An operation of this till whose outcome is still being checked. */
  openOperationId: z.string().nullable(),
});
export type ToslaOrder = z.infer<typeof toslaOrderSchema>;

export const toslaDayRecordSchema = z.object({
  orderId: z.string().nullable(),
  transactionId: z.string().nullable(),
  transactionType: z.number().int(),
  requestStatus: z.number().int(),
  amountKurus: kurus,
  refundedKurus: kurus,
  installmentCount: z.number().int(),
  cardNo: z.string().nullable(),
  createDate: z.string().nullable(),
});
export type ToslaDayRecord = z.infer<typeof toslaDayRecordSchema>;

export const toslaDayPageSchema = z.object({
  date: z.string(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Every record of the day, not just this page. */
  count: z.number().int(),
  records: z.array(toslaDayRecordSchema),
});
export type ToslaDayPage = z.infer<typeof toslaDayPageSchema>;

export const toslaOperationStatusSchema = z.enum([
  /** Journaled and sent; no answer yet. */
  'sending',
  'succeeded',
  /** Tosla answered with a refusal: nothing happened. */
  'rejected',
  /** The answer was lost; the order is checked before anything else is sent. */
  'unknown',
  /** The answer was lost and Tosla's records show it never happened. */
  'not-applied',
]);
export type ToslaOperationStatus = z.infer<typeof toslaOperationStatusSchema>;

export const toslaOperationSchema = z.object({
  id: z.string(),
  environment: toslaEnvironmentSchema,
  orderId: z.string(),
  kind: z.enum(['void', 'refund']),
  amountKurus: kurus,
  status: toslaOperationStatusSchema,
  approverId: z.string(),
  approverName: z.string(),
  actorId: z.string().nullable(),
  reason: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  responseCode: z.number().int().nullable(),
  responseMessage: z.string().nullable(),
  transactionId: z.string().nullable(),
  /** Whether the outcome came from Tosla's answer or from an inquiry after a lost answer. */
  resolvedBy: z.enum(['answer', 'inquiry']).nullable(),
});
export type ToslaOperation = z.infer<typeof toslaOperationSchema>;

export const toslaStatusSchema = z.object({
  environment: toslaEnvironmentSchema,
  mode: z.enum(['simulator', 'live']),
  baseUrl: z.string(),
  /** Tosla's clock minus ours at the last answer; null before the first. */
  clockSkewMs: z.number().int().nullable(),
  /** Training only: the embedded simulator's control token (for trainers and tests); null when live. */
  simulatorToken: z.string().nullable(),
});
export type ToslaStatus = z.infer<typeof toslaStatusSchema>;

export const orderIdSchema = z
  .string()
  .trim()
  .refine((value) => value.length > 0, bilingual('Enter the order number.', 'Sipariş numarasını girin.'))
  .refine(
    (value) => value.length <= 20,
    bilingual('A Tosla order number has at most 20 characters.', 'Tosla sipariş numarası en fazla 20 karakterdir.'),
  );

/** Whole kuruş above zero; the upper bound (what is left to refund) is checked against Tosla. */
export const refundAmountSchema = z
  .number()
  .refine(Number.isSafeInteger, bilingual('The amount must be whole kuruş.', 'Tutar tam kuruş olmalı.'))
  .refine((value) => value > 0, bilingual('The refund amount must be above zero.', 'İade tutarı sıfırdan büyük olmalı.'));

export const reasonSchema = z.string().trim().max(200).default('');
