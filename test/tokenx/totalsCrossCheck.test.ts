import { describe, expect, it } from 'vitest';
import type { WireBasketBody, WireItem } from '../../src/shared/tokenx/basketModel';
import { wireBasketTotal } from '../../src/shared/tokenx/basketTotal';
import { basketAmount } from '../../src/main/simulators/tokenx/totals';
import { seededRandom } from '../../src/shared/seededRandom';

/**
 * The client's basket total (what it makes paymentItems add up to) and the TokenX
 * simulator's (what it checks them against, code 1103) are written apart, each from
 * reference §2.4/§2.5; here they must agree on Token's published examples and on
 * thousands of seeded baskets. Where they disagree, the reference decides.
 */

const item = (price: number, quantity: number, extra: Partial<WireItem> = {}): WireItem => ({
  name: 'Ürün',
  price,
  quantity,
  sectionNo: 1,
  taxPercent: 1000,
  ...extra,
});

const PUBLISHED: readonly [string, WireBasketBody, number][] = [
  ['§2.4 list basket (Pizza + Cola)', { items: [item(15000, 1000), item(7500, 1000, { taxPercent: 1800 })] }, 22500],
  ['§2.5 instant basket (Cheesecake + 2 × Filtre Kahve)', { items: [item(15000, 1000), item(10000, 2000)] }, 35000],
  ['§2.4 weighed Armut, 1.5 kg at 60.00 TL/kg', { items: [item(6000, 1500, { unit: 'KGM' })] }, 9000],
  [
    '§2.4 item adjust with totalValue on two units',
    { items: [item(10000, 2000, { adjust: { description: 'ürüne toplam indirim', discountOrSurcharge: 0, type: 0, totalValue: 5000 } })] },
    15000,
  ],
  [
    '§2.4 item adjust per unit',
    { items: [item(10000, 2000, { adjust: { description: 'ürüne indirim', discountOrSurcharge: 0, type: 0, value: 2500 } })] },
    15000,
  ],
  ['§3 basket adjust of 20 TL', { items: [item(15000, 1000)], adjust: { description: '20 tl indirim', discountOrSurcharge: 0, type: 0, value: 2000 } }, 13000],
  ['§2.5 9008 with İLAÇ and taxFreeAmount', { documentType: 9008, items: [item(1000, 1000)], taxFreeAmount: 5000 }, 6000],
  ['§2.5 9008 without items', { documentType: 9008, items: [], taxFreeAmount: 5000 }, 5000],
  ['§2.5 9002 cari tahsilat', { documentType: 9002, items: [], taxFreeAmount: 10000 }, 10000],
];

describe('basket totals: the client and the TokenX simulator agree', () => {
  it.each(PUBLISHED)('on the published example %s', (_name, basket, expected) => {
    expect(wireBasketTotal(basket)).toBe(expected);
    expect(basketAmount(basket, 'half-up')).toBe(expected);
  });

  it('on 5000 seeded baskets with weighed lines, per-unit, whole-line and percent adjusts, basket adjusts and tax-free amounts', () => {
    const random = seededRandom(14_2026);
    const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
    const disagreements: string[] = [];
    for (let round = 0; round < 5000; round += 1) {
      const items = Array.from({ length: int(0, 12) }, () => {
        const quantity = random() < 0.4 ? int(1, 30_000) : int(1, 20) * 1000;
        const price = int(0, 2_000_000);
        const roll = random();
        const adjust =
          roll < 0.6
            ? undefined
            : roll < 0.75
              ? { description: 'x', discountOrSurcharge: int(0, 1) as 0 | 1, type: 0 as const, value: int(0, price) }
              : roll < 0.9
                ? { description: 'x', discountOrSurcharge: int(0, 1) as 0 | 1, type: 0 as const, totalValue: int(0, 50_000) }
                : { description: 'x', discountOrSurcharge: int(0, 1) as 0 | 1, type: 1 as const, value: int(0, 10_000) };
        return item(price, quantity, adjust === undefined ? {} : { adjust });
      });
      const basket: WireBasketBody = { items };
      if (random() < 0.3) basket.adjust = { description: 'y', discountOrSurcharge: int(0, 1) as 0 | 1, type: 0, value: int(0, 100_000) };
      else if (random() < 0.2) basket.adjust = { description: 'y', discountOrSurcharge: 0, type: 1, value: int(0, 10_000) };
      if (random() < 0.1) basket.taxFreeAmount = int(0, 100_000);
      const client = wireBasketTotal(basket);
      const simulator = basketAmount(basket, 'half-up');
      if (client !== simulator) disagreements.push(`${JSON.stringify(basket)}: client ${client}, simulator ${simulator}`);
    }
    expect(disagreements).toEqual([]);
  });
});
