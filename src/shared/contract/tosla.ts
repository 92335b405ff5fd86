import { z } from 'zod';
import {
  orderIdSchema,
  reasonSchema,
  refundAmountSchema,
  toslaDayPageSchema,
  toslaOperationSchema,
  toslaOrderSchema,
  toslaStatusSchema,
} from '../tosla/views';
import { bilingual } from '../validation';
import { call, domain, event } from './define';

const approvalToken = z.string().min(1).max(512);
const isoDate = z
  .string()
  .refine(
    (value) => /^\d{4}-\d{2}-\d{2}$/u.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)),
    bilingual('Use a date like 2025-03-14.', '2025-03-14 gibi bir tarih girin.'),
  );

/** Manager screens for Tosla İşim card-not-present orders: look up, list a day, void, refund. */
export const toslaCalls = {
  'tosla.status': call(z.undefined(), toslaStatusSchema),
  'tosla.lookup': call(z.object({ orderId: orderIdSchema }).strict(), toslaOrderSchema),
  'tosla.listByDate': call(
    z
      .object({
        date: isoDate,
        page: z.number().int().min(1).default(1),
        pageSize: z.number().int().min(1).max(100).default(20),
      })
      .strict(),
    toslaDayPageSchema,
  ),
  'tosla.void': call(
    z.object({ orderId: orderIdSchema, approvalToken, reason: reasonSchema }).strict(),
    toslaOperationSchema,
  ),
  'tosla.refund': call(
    z.object({ orderId: orderIdSchema, amountKurus: refundAmountSchema, approvalToken, reason: reasonSchema }).strict(),
    toslaOperationSchema,
  ),
  /** This till's journal for the current environment, newest first. */
  'tosla.operations': call(
    z
      .object({
        orderId: orderIdSchema.optional(),
        limit: z.number().int().min(1).max(200).default(50),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    z.array(toslaOperationSchema),
  ),
  /** Asks Tosla again about an operation whose answer was lost. */
  'tosla.checkAgain': call(z.object({ operationId: z.string().min(1).max(64) }).strict(), toslaOperationSchema),
};

export const toslaEvents = {
  'tosla.operationChanged': event(toslaOperationSchema),
  /** The workstation clock is minutes away from Tosla's: fix it before every call fails with 998. */
  'tosla.clockSkew': event(z.object({ skewMs: z.number().int() })),
};

export const toslaContract = domain({ calls: toslaCalls, events: toslaEvents });
