import type { SimAdjust, SimBasketBody, SimItem } from './wire';

/**
 * What TokenX asks the device to collect for a basket, the sum it checks the payment
 * items against (code 1103, reference §2.4 [T] and §5 [G]). Written from the reference,
 * not from the app: a line is price × quantity / 1000 (§2.5, the arithmetic of Token's
 * own examples), an item adjust applies per unit (`value`) or to the whole line
 * (`totalValue`) (§2.4 [G]), a percent adjust is percent × 100 of the line, the basket
 * adjust applies to the sum of the lines, and collection documents add `taxFreeAmount`
 * (§2.5, the 9008 example: 1000 + 5000 paid with 6000).
 *
 * How a fraction of a kuruş is rounded is not documented; the simulator offers the
 * plausible rules and the app's suites run against them.
 */
export type Rounding = 'half-up' | 'half-even' | 'truncate';

/** numerator / denominator in whole kuruş, BigInt so price × quantity × percent never loses a digit. */
function divide(numerator: bigint, denominator: bigint, rounding: Rounding): number {
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  if (rounding === 'truncate' || remainder === 0n) return Number(quotient);
  const twice = remainder * 2n;
  if (twice > denominator) return Number(quotient + 1n);
  if (twice < denominator) return Number(quotient);
  return Number(rounding === 'half-up' || quotient % 2n === 1n ? quotient + 1n : quotient);
}

function adjusted(base: number, quantity: number, adjust: SimAdjust | undefined, rounding: Rounding): number {
  if (adjust === undefined) return base;
  let amount: number;
  if (adjust.type === 1) amount = divide(BigInt(base) * BigInt(adjust.value ?? adjust.totalValue ?? 0), 10_000n, rounding);
  else if (adjust.totalValue !== undefined) amount = adjust.totalValue;
  else amount = divide(BigInt(adjust.value ?? 0) * BigInt(quantity), 1000n, rounding);
  return adjust.discountOrSurcharge === 1 ? base + amount : Math.max(0, base - amount);
}

export function lineAmount(item: SimItem, rounding: Rounding): number {
  return adjusted(divide(BigInt(item.price) * BigInt(item.quantity), 1000n, rounding), item.quantity, item.adjust, rounding);
}

export function basketAmount(basket: SimBasketBody, rounding: Rounding): number {
  const lines = basket.items.reduce((sum, item) => sum + lineAmount(item, rounding), 0);
  // The basket adjust is a whole amount: its `value` is not per unit.
  return adjusted(lines, 1000, basket.adjust, rounding) + (basket.taxFreeAmount ?? 0);
}

export const paymentAmount = (basket: SimBasketBody): number =>
  (basket.paymentItems ?? []).reduce((sum, payment) => sum + payment.amount, 0);
