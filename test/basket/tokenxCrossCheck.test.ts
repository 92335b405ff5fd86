import { describe, expect, it } from 'vitest';
import type { Basket, BasketLine, Discount } from '../../src/shared/basket/model';
import type { PaymentPlan } from '../../src/shared/basket/payment';
import { basketTotals } from '../../src/shared/basket/totals';
import { prepareForDevice } from '../../src/shared/basket/wire';
import { SECTIONS, basketWith, line } from './basketFixtures';
import type { SeededRandom } from './seededRandom';
import { seededRandom } from './seededRandom';
import { basketAmount } from '../../src/main/simulators/tokenx/totals';

function randomDiscount(random: SeededRandom, base: number): Discount | null {
  const roll = random.next();
  if (roll < 0.6 || base === 0) return null;
  if (roll < 0.8) return { kind: 'percent', basisPoints: random.int(1, 10_000) };
  return { kind: 'amount', kurus: random.int(1, base) };
}

function randomLine(random: SeededRandom, index: number): BasketLine {
  const weighed = random.next() < 0.3;
  const unitPrice = random.pick([1, 99, 100, 1299, 4999, random.int(1, 500_000), random.int(1, 100_000_000)]);
  const quantity = weighed ? random.int(1, 25_000) : random.int(1, 50) * 1000;
  const base = line(`l${index}`, {
    unit: weighed ? 'KGM' : 'C62',
    unitPrice,
    catalogPrice: unitPrice,
    quantity,
    vatRate: random.pick([100, 1000, 2000]),
    voided: random.next() < 0.05,
  });
  return { ...base, discount: randomDiscount(random, Math.round((unitPrice * quantity) / 1000)) };
}

function randomPlan(random: SeededRandom, total: number): PaymentPlan {
  const roll = random.int(0, 4);
  if (roll === 0) return { kind: 'device-asks' };
  if (roll === 1) return { kind: 'cash' };
  if (roll === 2) return { kind: 'card', bankOperatorId: random.pick([null, 46, 62]) };
  if (roll === 3) return { kind: 'meal-card', operatorId: random.pick([1001, 1004, 1006]) };
  if (total < 2) return { kind: 'cash' };
  const cash = random.int(1, total - 1);
  return {
    kind: 'split',
    parts: [
      { method: 'cash', amount: cash, operatorId: null },
      { method: 'card', amount: total - cash, operatorId: null },
    ],
  };
}

function randomBasket(random: SeededRandom): Basket {
  const lines = Array.from({ length: random.int(1, 40) }, (_, index) => randomLine(random, index));
  const draft = basketWith(lines);
  const subtotal = basketTotals(draft).subtotal;
  const discount = randomDiscount(random, subtotal);
  const withDiscount = { ...draft, discount };
  return { ...withDiscount, payment: randomPlan(random, basketTotals(withDiscount).total) };
}

describe('totals equal what TokenX computes from the mapped wire basket', () => {
  it('over 1000 seeded random baskets', () => {
    const random = seededRandom(20240710);
    let sent = 0;
    for (let round = 0; round < 1000; round += 1) {
      const basket = randomBasket(random);
      const totals = basketTotals(basket);
      const prepared = prepareForDevice(basket, SECTIONS, round + 1);
      if (!prepared.ok) {
        // Only an all-voided or fully discounted basket may be refused here.
        expect(prepared.problems.map((p) => p.code).every((code) => code === 'basket.empty' || code === 'basket.zero-total')).toBe(true);
        expect(totals.total).toBe(0);
        continue;
      }
      sent += 1;
      const { wire } = prepared;
      // The TokenX simulator's own arithmetic, written from the reference, not from the app's.
      expect(basketAmount(wire, 'half-up')).toBe(totals.total);
      expect(prepared.totals).toEqual(totals);
      if (wire.paymentItems !== undefined) {
        expect(wire.paymentItems.reduce((sum, item) => sum + item.amount, 0)).toBe(totals.total);
      }

      // Nothing lost or invented: every split of the total adds back up.
      expect(totals.lines.reduce((sum, l) => sum + l.payable, 0)).toBe(totals.total);
      expect(totals.vat.reduce((sum, bucket) => sum + bucket.gross, 0)).toBe(totals.total);
      expect(totals.lines.reduce((sum, l) => sum + l.basketDiscountShare, 0)).toBe(totals.basketDiscount);
      for (const bucket of totals.vat) {
        expect(bucket.vat + bucket.net).toBe(bucket.gross);
        expect(Math.abs(bucket.vat - (bucket.gross * bucket.vatRate) / (10_000 + bucket.vatRate))).toBeLessThanOrEqual(0.5);
      }
      for (const lineTotals of totals.lines) {
        expect(lineTotals.payable).toBeGreaterThanOrEqual(0);
        expect(lineTotals.lineDiscount).toBeLessThanOrEqual(lineTotals.gross);
      }
      if (basket.discount?.kind === 'percent') {
        const exact = (totals.subtotal * basket.discount.basisPoints) / 10_000;
        expect(Math.abs(totals.basketDiscount - exact)).toBeLessThanOrEqual(0.5);
      }
      expect(wire.items).toHaveLength(basket.lines.filter((l) => !l.voided).length);
      for (const item of wire.items) expect(SECTIONS.find((s) => s.sectionNo === item.sectionNo)?.taxPercent).toBe(item.taxPercent);
    }
    expect(sent).toBeGreaterThan(950);
  });
});
