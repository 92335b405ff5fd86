import { z } from 'zod';
import type { ApprovalRequest } from '../approvals';
import { call, domain } from './define';

const basketId = z.string().min(1).max(64);
const lineId = z.string().min(1).max(64);
const kurus = z.number().int().min(0).max(10_000_000_000);
/** The product's name as the line shows it, for the audit log. */
const lineName = z.string().trim().max(120);

/**
 * An edit of the basket that needs an owner: main checks who may make it, consumes a
 * manager's approval bound to exactly this edit where the role needs one, and writes
 * it to the audit log before the screen applies it.
 */
export const tillEditSchema = z.discriminatedUnion('kind', [
  /** The line's total before the void. */
  z.object({ kind: z.literal('line-void'), lineId, name: lineName, amountKurus: kurus }).strict(),
  /** Unit price before and after. */
  z.object({ kind: z.literal('price'), lineId, name: lineName, fromKurus: kurus, toKurus: kurus }).strict(),
  /**
   * A discount on one line (`lineId`) or on the whole basket (null): `baseKurus` is what
   * it is taken off, `discountKurus` how much.
   */
  z
    .object({ kind: z.literal('discount'), lineId: lineId.nullable(), name: lineName, baseKurus: kurus, discountKurus: kurus })
    .strict()
    .refine((edit) => edit.discountKurus <= edit.baseKurus, {
      params: { en: 'A discount cannot be more than the amount.', tr: 'İndirim tutardan büyük olamaz.' },
      path: ['discountKurus'],
    }),
]);
export type TillEdit = z.output<typeof tillEditSchema>;

export const tillEditRecordSchema = z.object({
  /** Who is signed in at the till; null only in training before any user exists. */
  actorId: z.string().nullable(),
  approverId: z.string().nullable(),
  approverName: z.string().nullable(),
});
export type TillEditRecord = z.infer<typeof tillEditRecordSchema>;

/** Discount limits as they apply to the signed-in user, for the screen to say when approval will be asked. */
export const discountLimitSchema = z.object({
  /** Percent of the amount the signed-in user may take off on their own. */
  ownPercent: z.number().int().min(0).max(100),
});

export const tillCalls = {
  /**
   * Call before applying a line void, price change or discount. Fails with
   * `auth.approval-required` when the signed-in user needs a manager's approval for it:
   * request one for `approvalForEdit(basketId, edit)` and call again with its token.
   */
  'till.authorizeEdit': call(
    z.object({ basketId, edit: tillEditSchema, approvalToken: z.string().min(16).max(128).optional() }).strict(),
    tillEditRecordSchema,
  ),
  'till.discountLimit': call(z.undefined(), discountLimitSchema),
};

/** The approval an edit needs when the signed-in user may not make it alone; main and the screen build it alike. */
export function approvalForEdit(basketId: string, edit: TillEdit): ApprovalRequest {
  switch (edit.kind) {
    case 'line-void':
      return { action: 'line-void', subject: { basketId, lineId: edit.lineId, amountKurus: edit.amountKurus } };
    case 'price':
      return { action: 'price-override', subject: { basketId, lineId: edit.lineId, priceKurus: edit.toKurus } };
    case 'discount':
      return {
        action: 'discount',
        subject: { basketId, lineId: edit.lineId, discountKurus: edit.discountKurus, baseKurus: edit.baseKurus },
      };
  }
}

export const tillContract = domain({ calls: tillCalls });
