import { z } from 'zod';
import { formatTry } from '../money';
import { BANK_OPERATOR_CODES, MEAL_CARD_OPERATOR_CODES } from '../tokenx/paymentTypes';

/**
 * How the basket will be paid on the device. The ÖKC takes the money; the plan only
 * pre-selects the tender so the cashier does not pick it again on the device.
 * Operator ids are TokenX's routing codes, listed once in `tokenx/paymentTypes`; Token's
 * test meal-card app (1000) is not offered at the till.
 */
const TEST_MEAL_CARD_APP = 1000;

export const MEAL_CARD_OPERATORS = MEAL_CARD_OPERATOR_CODES.filter((operator) => operator.code !== TEST_MEAL_CARD_APP).map(
  (operator) => ({ id: operator.code, name: operator.tr }),
);

export const CARD_BANKS = BANK_OPERATOR_CODES.map((bank) => ({ id: bank.code, name: bank.tr }));

export const paymentMethodSchema = z.enum(['cash', 'card', 'meal-card']);
export type PaymentMethod = z.infer<typeof paymentMethodSchema>;

export const paymentPartSchema = z.object({
  method: paymentMethodSchema,
  amount: z.number().int().min(1),
  /** Bank for a card (null: the device asks), meal-card operator for a meal card, null for cash. */
  operatorId: z.number().int().nullable(),
});
export type PaymentPart = z.infer<typeof paymentPartSchema>;

export const paymentPlanSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('device-asks') }),
  z.object({ kind: z.literal('cash') }),
  z.object({ kind: z.literal('card'), bankOperatorId: z.number().int().nullable() }),
  z.object({ kind: z.literal('meal-card'), operatorId: z.number().int() }),
  z.object({ kind: z.literal('split'), parts: z.array(paymentPartSchema).min(2).max(10) }),
]);
export type PaymentPlan = z.infer<typeof paymentPlanSchema>;

/** TokenX `paymentItems[].type` for each tender (reference §3). */
export const WIRE_PAYMENT_TYPE: Readonly<Record<PaymentMethod, number>> = { cash: 1, card: 3, 'meal-card': 7 };

export interface PaymentProblem {
  code: 'payment.split-sum' | 'payment.unknown-bank' | 'payment.unknown-meal-operator' | 'payment.cash-operator';
  message: string;
  messageTr: string;
}

/** The plan as parts covering `total`, or null when the device asks. */
export function paymentParts(plan: PaymentPlan, total: number): PaymentPart[] | null {
  switch (plan.kind) {
    case 'device-asks':
      return null;
    case 'cash':
      return [{ method: 'cash', amount: total, operatorId: null }];
    case 'card':
      return [{ method: 'card', amount: total, operatorId: plan.bankOperatorId }];
    case 'meal-card':
      return [{ method: 'meal-card', amount: total, operatorId: plan.operatorId }];
    case 'split':
      return plan.parts;
  }
}

/** Every reason the plan cannot be sent with a basket of this total. */
export function checkPaymentPlan(plan: PaymentPlan, total: number): PaymentProblem[] {
  const parts = paymentParts(plan, total);
  if (parts === null) return [];
  const problems: PaymentProblem[] = [];
  for (const part of parts) problems.push(...checkPart(part));
  const sum = parts.reduce((acc, part) => acc + part.amount, 0);
  if (plan.kind === 'split' && sum !== total) {
    const difference = total - sum;
    problems.push({
      code: 'payment.split-sum',
      message: `The payments add up to ${formatTry(sum)} but the basket total is ${formatTry(total)}; ${difference > 0 ? `${formatTry(difference)} is still unassigned` : `${formatTry(-difference)} too much is assigned`}.`,
      messageTr: `Ödemelerin toplamı ${formatTry(sum)}, sepet toplamı ${formatTry(total)}; ${difference > 0 ? `${formatTry(difference)} henüz dağıtılmadı` : `${formatTry(-difference)} fazla dağıtıldı`}.`,
    });
  }
  return problems;
}

function checkPart(part: PaymentPart): PaymentProblem[] {
  if (part.method === 'cash' && part.operatorId !== null) {
    return [{ code: 'payment.cash-operator', message: 'A cash payment has no bank or operator.', messageTr: 'Nakit ödemede banka veya operatör seçilmez.' }];
  }
  if (part.method === 'card' && part.operatorId !== null && !CARD_BANKS.some((bank) => bank.id === part.operatorId)) {
    return [
      {
        code: 'payment.unknown-bank',
        message: `Bank code ${part.operatorId} is not one the device knows; choose a bank from the list or let the device ask.`,
        messageTr: `${part.operatorId} banka kodu cihazın tanıdığı bir banka değil; listeden banka seçin veya cihaza bırakın.`,
      },
    ];
  }
  if (part.method === 'meal-card' && !MEAL_CARD_OPERATORS.some((operator) => operator.id === part.operatorId)) {
    return [
      {
        code: 'payment.unknown-meal-operator',
        message: `Choose the meal-card company (Edenred, Multinet, Setcard, Pluxee, TokenFlex or Metropol); code ${String(part.operatorId)} is not one of them.`,
        messageTr: `Yemek kartı firmasını seçin (Edenred, Multinet, Setcard, Pluxee, TokenFlex veya Metropol); ${String(part.operatorId)} kodu bunlardan biri değil.`,
      },
    ];
  }
  return [];
}
