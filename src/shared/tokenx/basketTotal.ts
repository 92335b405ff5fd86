import type { WireAdjust, WireBasketBody, WireItem } from './basketModel';

/**
 * The amount a wire basket asks the device to collect, as TokenX checks it against the
 * payment items (code 1103): Σ round(price × quantity / 1000) with item adjusts, then
 * the basket adjust, plus the non-VAT `taxFreeAmount`. Halves round up; BigInt keeps
 * price × quantity × percent exact past 2^53.
 */

const roundHalfUp = (a: number, b: number, d: number): number => {
  const divisor = BigInt(d);
  return Number((BigInt(a) * BigInt(b) * 2n + divisor) / (divisor * 2n));
};

function adjustAmount(adjust: WireAdjust, base: number, quantity: number): number {
  if (adjust.type === 1) return roundHalfUp(base, adjust.value ?? adjust.totalValue ?? 0, 10_000);
  if (adjust.totalValue !== undefined) return adjust.totalValue;
  return roundHalfUp(adjust.value ?? 0, quantity, 1000);
}

const applyAdjust = (base: number, adjust: WireAdjust | undefined, quantity: number): number => {
  if (adjust === undefined) return base;
  const amount = adjustAmount(adjust, base, quantity);
  return adjust.discountOrSurcharge === 1 ? base + amount : Math.max(0, base - amount);
};

export const wireLineTotal = (item: WireItem): number =>
  applyAdjust(roundHalfUp(item.price, item.quantity, 1000), item.adjust, item.quantity);

export function wireBasketTotal(basket: WireBasketBody): number {
  const items = basket.items.reduce((sum, item) => sum + wireLineTotal(item), 0);
  // A basket-level amount adjust is a whole amount, so its quantity is one unit (1000).
  return applyAdjust(items, basket.adjust, 1000) + (basket.taxFreeAmount ?? 0);
}

export const wirePaymentTotal = (basket: WireBasketBody): number =>
  (basket.paymentItems ?? []).reduce((sum, payment) => sum + payment.amount, 0);
