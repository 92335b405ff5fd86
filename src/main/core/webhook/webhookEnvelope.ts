import { z } from 'zod';

/**
 * What TokenX POSTs to the registered callback URL (reference §4, third-party shape).
 * Only the fields the checkout acts on are required; the rest is let through so a
 * richer payload from a newer TokenX never turns into a rejected delivery.
 */

const saleSchema = z.object({
  basketID: z.string().min(1),
  status: z.number().int(),
  message: z.string().nullish(),
  receiptNo: z.number().int().nullish(),
  zNo: z.number().int().nullish(),
  paymentItems: z
    .array(
      z.object({
        type: z.number().int(),
        amount: z.number().int(),
        description: z.string().nullish(),
        operatorId: z.number().int().nullish(),
      }),
    )
    .nullish(),
});

const envelope = {
  terminalId: z.string().nullish(),
  clientId: z.string().nullish(),
  operationDate: z.string().nullish(),
};

export const webhookEnvelopeSchema = z.discriminatedUnion('operation', [
  z.object({ ...envelope, operation: z.literal('BASKET_COMPLETED'), data: saleSchema }),
  z.object({
    ...envelope,
    operation: z.literal('BASKET_LOCKED'),
    data: z.object({ basketID: z.string().min(1), lockedBy: z.string().nullish() }),
  }),
  z.object({
    ...envelope,
    operation: z.literal('BASKET_UNLOCKED'),
    data: z.object({ basketID: z.string().min(1) }),
  }),
]);
export type WebhookEnvelope = z.infer<typeof webhookEnvelopeSchema>;
