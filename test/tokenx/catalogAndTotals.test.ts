import { describe, expect, it } from 'vitest';
import { wireBasketTotal } from '../../src/shared/tokenx/basketTotal';
import { STATUS_CATALOG, statusEntry } from '../../src/shared/tokenx/statusCatalog';

const VENDOR_TABLE = [
  '0001', '0002', '0003', '0004', '0005', '0', '-1', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13',
  '1001', '1002', '1003', '1004', '1005', '1006', '1007', '1008', '1009', '1010', '1011', '1012', '1013', '1014',
  '5001', '5002', '5003', '5004', '5005', '5006', '5008', '5009', '5101', '5102', '5104', '5105', '5106', '5107', '5108', '5109', '5110', '5111', '5112',
];
const REFERENCE_EXTRA = ['0006', '0007', '201', '401', '403', '404', '1018', '1100', '1101', '1102', '1103', '1104', '1105', '1106'];

describe('status catalog', () => {
  it('has every code of the vendor table and the reference, each with both languages and a next step', () => {
    for (const code of [...VENDOR_TABLE, ...REFERENCE_EXTRA]) {
      const entry = STATUS_CATALOG.get(code);
      expect(entry, code).toBeDefined();
      for (const text of [entry?.en, entry?.tr, entry?.nextEn, entry?.nextTr]) expect(text?.length ?? 0, code).toBeGreaterThan(5);
    }
  });

  it('keeps undocumented codes visible, bank ones as declines', () => {
    expect(statusEntry(5999)).toMatchObject({ code: '5999', action: 'fix-basket' });
    expect(statusEntry('7777').tr).toContain('7777');
    expect(statusEntry(1007).action).toBe('check');
  });
});

describe('wire basket total', () => {
  const item = { name: 'Armut', price: 6000, sectionNo: 2, taxPercent: 1000, quantity: 1500 };
  it('rounds price × quantity / 1000 half up and applies adjusts and the tax-free amount', () => {
    expect(wireBasketTotal({ items: [item] })).toBe(9000);
    expect(wireBasketTotal({ items: [{ ...item, price: 333, quantity: 1500 }] })).toBe(500);
    expect(wireBasketTotal({ items: [{ ...item, adjust: { description: 'indirim', discountOrSurcharge: 0, type: 0, value: 1000 } }] })).toBe(7500);
    expect(wireBasketTotal({ items: [{ ...item, quantity: 2000, adjust: { description: 'toplam', discountOrSurcharge: 0, type: 0, totalValue: 5000 } }] })).toBe(7000);
    expect(wireBasketTotal({ items: [item], adjust: { description: '%10', discountOrSurcharge: 0, type: 1, value: 1000 } })).toBe(8100);
    expect(wireBasketTotal({ items: [item], adjust: { description: 'servis', discountOrSurcharge: 1, type: 0, value: 500 } })).toBe(9500);
    expect(wireBasketTotal({ items: [{ name: 'İLAÇ', price: 1000, sectionNo: 2, taxPercent: 1000, quantity: 1000 }], taxFreeAmount: 5000, documentType: 9008 })).toBe(6000);
  });
});
