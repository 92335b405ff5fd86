import { allocateByLargestRemainder, mulDivRoundHalfUp } from './arithmetic';
import type { Basket, BasketLine, Discount } from './model';

/**
 * Basket totals in kuruş. Every figure is an integer and every split is exact:
 * lines add up to the total, VAT buckets add up to the total, and nothing is rounded
 * twice. A line's gross is round-half-up(unit price × quantity ÷ 1000), as TokenX
 * computes it from the wire basket.
 */

export interface LineTotals {
  lineId: string;
  /** Before any discount. */
  gross: number;
  lineDiscount: number;
  /** This line's part of the basket discount (for the VAT breakdown; the device gets one basket adjust). */
  basketDiscountShare: number;
  /** What the customer pays for the line. */
  payable: number;
}

export interface VatBucket {
  vatRate: number;
  /** VAT-included amount at this rate after every discount. */
  gross: number;
  vat: number;
  net: number;
}

export interface BasketTotals {
  /** Σ line gross of live lines, before discounts. */
  gross: number;
  lineDiscounts: number;
  /** After line discounts, before the basket discount. */
  subtotal: number;
  basketDiscount: number;
  total: number;
  /** Live (not voided) lines only, in basket order. */
  lines: LineTotals[];
  /** One bucket per VAT rate present, lowest rate first. */
  vat: VatBucket[];
}

export const lineGross = (line: Pick<BasketLine, 'unitPrice' | 'quantity'>): number =>
  mulDivRoundHalfUp(line.unitPrice, line.quantity, 1000);

/** The kuruş a discount takes off `base`; never more than `base`. */
export function discountAmount(discount: Discount | null, base: number): number {
  if (discount === null) return 0;
  const amount = discount.kind === 'amount' ? discount.kurus : mulDivRoundHalfUp(base, discount.basisPoints, 10_000);
  return Math.min(amount, base);
}

/** The VAT inside a VAT-included amount: round-half-up(gross × rate ÷ (10000 + rate)). */
export const vatIncluded = (gross: number, vatRate: number): number => mulDivRoundHalfUp(gross, vatRate, 10_000 + vatRate);

export function basketTotals(basket: Pick<Basket, 'lines' | 'discount'>): BasketTotals {
  const live = basket.lines.filter((line) => !line.voided);
  const grosses = live.map(lineGross);
  const lineDiscounts = live.map((line, index) => discountAmount(line.discount, grosses[index] ?? 0));
  const afterLine = grosses.map((gross, index) => gross - (lineDiscounts[index] ?? 0));
  const subtotal = afterLine.reduce((sum, amount) => sum + amount, 0);
  const basketDiscount = discountAmount(basket.discount, subtotal);
  const shares = allocateByLargestRemainder(basketDiscount, afterLine);

  const lines: LineTotals[] = live.map((line, index) => {
    const share = shares[index] ?? 0;
    return {
      lineId: line.id,
      gross: grosses[index] ?? 0,
      lineDiscount: lineDiscounts[index] ?? 0,
      basketDiscountShare: share,
      payable: (afterLine[index] ?? 0) - share,
    };
  });

  const byRate = new Map<number, number>();
  live.forEach((line, index) => byRate.set(line.vatRate, (byRate.get(line.vatRate) ?? 0) + (lines[index]?.payable ?? 0)));
  const vat = [...byRate.entries()]
    .sort(([a], [b]) => a - b)
    .map(([vatRate, gross]) => {
      const tax = vatIncluded(gross, vatRate);
      return { vatRate, gross, vat: tax, net: gross - tax };
    });

  const gross = grosses.reduce((sum, amount) => sum + amount, 0);
  const lineDiscountTotal = lineDiscounts.reduce((sum, amount) => sum + amount, 0);
  return { gross, lineDiscounts: lineDiscountTotal, subtotal, basketDiscount, total: subtotal - basketDiscount, lines, vat };
}
