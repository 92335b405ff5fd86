import { z } from 'zod';
import { forcibleOutcomeSchema } from './checkout/checkoutState';
import { orderIdSchema } from './tosla/views';

/** Every action that needs a permission or a manager's approval; the one list main and the screens use. */
export const PRIVILEGED_ACTIONS = [
  'price-override',
  'line-void',
  'discount',
  'device-basket-unlock',
  'device-basket-delete',
  'force-outcome',
  'tosla-void',
  'tosla-refund',
  'settings',
] as const;
export const privilegedActionSchema = z.enum(PRIVILEGED_ACTIONS);
export type PrivilegedAction = z.infer<typeof privilegedActionSchema>;

const basketId = z.string().min(1).max(64);
const lineId = z.string().min(1).max(64);
const kurus = z.number().int().min(0).max(10_000_000_000);

/** Back-office changes a `settings` approval can be given for, each bound to its target. */
export const SETTINGS_OPERATIONS = [
  'users.create',
  'users.update',
  'users.deactivate',
  'users.setPin',
  'catalog.upsert',
  'catalog.importConfirm',
] as const;

/**
 * What exactly an approval is for. Main keeps the subject with the token and refuses
 * the token for any other subject: a refund approved for one order and amount cannot
 * refund another, a price approved for one line cannot set another.
 */
export const approvalRequestSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('price-override'), subject: z.object({ basketId, lineId, priceKurus: kurus }).strict() }).strict(),
  z.object({ action: z.literal('line-void'), subject: z.object({ basketId, lineId, amountKurus: kurus }).strict() }).strict(),
  z
    .object({
      action: z.literal('discount'),
      /** `lineId` null: a discount on the whole basket. */
      subject: z.object({ basketId, lineId: lineId.nullable(), discountKurus: kurus, baseKurus: kurus }).strict(),
    })
    .strict(),
  z.object({ action: z.literal('device-basket-unlock'), subject: z.object({ basketId }).strict() }).strict(),
  z.object({ action: z.literal('device-basket-delete'), subject: z.object({ basketId }).strict() }).strict(),
  z
    .object({
      action: z.literal('force-outcome'),
      /** An outcome set by hand, or `alert-acknowledged`: a manager has checked a device-truth alert. */
      subject: z.object({ basketId, outcome: z.union([forcibleOutcomeSchema, z.literal('alert-acknowledged')]) }).strict(),
    })
    .strict(),
  z.object({ action: z.literal('tosla-void'), subject: z.object({ orderId: orderIdSchema, amountKurus: kurus }).strict() }).strict(),
  z.object({ action: z.literal('tosla-refund'), subject: z.object({ orderId: orderIdSchema, amountKurus: kurus }).strict() }).strict(),
  z
    .object({
      action: z.literal('settings'),
      subject: z.object({ operation: z.enum(SETTINGS_OPERATIONS), target: z.string().trim().min(1).max(200) }).strict(),
    })
    .strict(),
]);
export type ApprovalRequest = z.output<typeof approvalRequestSchema>;
export type ApprovalRequestOf<A extends PrivilegedAction> = Extract<ApprovalRequest, { action: A }>;
export type SettingsOperation = (typeof SETTINGS_OPERATIONS)[number];

/** The subject of a `settings` approval: the operation and what it changes (a user id, a name, an import). */
export const settingsApproval = (operation: SettingsOperation, target: string): ApprovalRequestOf<'settings'> => ({
  action: 'settings',
  subject: { operation, target: target.trim() },
});
