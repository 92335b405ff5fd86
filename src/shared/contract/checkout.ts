import { z } from 'zod';
import {
  checkoutDetailSchema,
  checkoutEntrySchema,
  checkoutTargetSchema,
  forcibleOutcomeSchema,
  recoveryDecisionSchema,
  recoveryStatusSchema,
} from '../checkout/checkoutState';
import { openBasketSchema, wireBasketBodySchema } from '../tokenx/basketModel';
import { call, domain, event } from './define';

const none = z.undefined();
const basketId = z.uuid();
const approvalToken = z.string().min(1).max(200);

export const openDeviceBasketSchema = openBasketSchema.extend({
  /** This till sent it (in the current environment). */
  ours: z.boolean(),
});

export const checkoutCalls = {
  /** Journals the basket, sends it once under a fresh id, and answers with its state after the send. */
  'checkout.send': call(
    z.object({ basket: wireBasketBodySchema, target: checkoutTargetSchema.optional() }).strict(),
    checkoutEntrySchema,
  ),
  'checkout.list': call(
    z
      .object({ unfinishedOnly: z.boolean().default(false), limit: z.number().int().min(1).max(500).default(100) })
      .strict()
      .default({ unfinishedOnly: false, limit: 100 }),
    z.array(checkoutEntrySchema),
  ),
  'checkout.get': call(z.object({ basketId }).strict(), checkoutDetailSchema),
  'checkout.checkAgain': call(z.object({ basketId }).strict(), checkoutEntrySchema),
  'checkout.cancel': call(z.object({ basketId }).strict(), checkoutEntrySchema),
  'checkout.forceOutcome': call(
    z
      .object({ basketId, outcome: forcibleOutcomeSchema, approvalToken, note: z.string().trim().min(3).max(500) })
      .strict(),
    checkoutEntrySchema,
  ),
  /** Start-up recovery asks: an old basket TokenX never saw is sent again or dropped, as the cashier decides. */
  'checkout.decide': call(z.object({ basketId, decision: recoveryDecisionSchema }).strict(), checkoutEntrySchema),
  /** A manager has checked a device-truth alert (possible double sale); needs a manager's approval. */
  'checkout.acknowledgeAlert': call(z.object({ basketId, approvalToken }).strict(), checkoutEntrySchema),
  'checkout.openBaskets': call(
    z.object({ terminalId: z.string().min(1).max(32).optional() }).strict().default({}),
    z.array(openDeviceBasketSchema),
  ),
  'checkout.unlockDeviceBasket': call(
    z.object({ basketId: z.string().min(1).max(64), branchId: z.string().min(1).max(64), approvalToken }).strict(),
    z.null(),
  ),
  'checkout.deleteDeviceBasket': call(
    z.object({ basketId: z.string().min(1).max(64), approvalToken }).strict(),
    z.null(),
  ),
  'checkout.recoveryStatus': call(none, recoveryStatusSchema),
};

export const checkoutEvents = {
  'checkout.changed': event(checkoutEntrySchema),
  'checkout.recovery': event(recoveryStatusSchema),
};

export const checkoutContract = domain({ calls: checkoutCalls, events: checkoutEvents });
