import { describe, expect, it } from 'vitest';
import { TRAINING_CATALOG } from '../../src/main/core/catalog/trainingCatalog';
import { checkGtin } from '../../src/shared/barcode/gtin';
import { parseScaleLabel } from '../../src/shared/barcode/scaleLabel';
import type { Basket } from '../../src/shared/basket/model';
import { emptyBasket } from '../../src/shared/basket/model';
import { line } from '../basket/basketFixtures';
import { MANAGER_TOKEN, openCatalog, productInput } from './catalogHarness';

describe('product edits', () => {
  it('creates and updates with an approval, auditing before and after', () => {
    const catalog = openCatalog();
    const created = catalog.service.upsert(productInput(), MANAGER_TOKEN);
    const updated = catalog.service.upsert({ ...created, priceKurus: 3990 }, MANAGER_TOKEN);
    expect(updated).toMatchObject({ id: created.id, priceKurus: 3990 });
    expect(catalog.audit.map((entry) => entry.action)).toEqual(['catalog.product-create', 'catalog.product-update']);
    expect(catalog.audit[1]).toMatchObject({ actorId: 'cashier-1', approverId: 'manager-1', details: { before: { priceKurus: 3750 }, after: { priceKurus: 3990 } } });
    expect(catalog.changes).toEqual([
      { reason: 'product', count: 1 },
      { reason: 'product', count: 1 },
    ]);
  });

  it('changes nothing without an approval', () => {
    const catalog = openCatalog();
    expect(() => catalog.service.upsert(productInput(), undefined)).toThrow(/manager/u);
    expect(catalog.store.count()).toBe(0);
    expect(catalog.audit).toEqual([]);
  });

  it('refuses clashes and bad fields with the field named', () => {
    const catalog = openCatalog();
    catalog.service.upsert(productInput({ plu: 5, quickKey: 3 }), MANAGER_TOKEN);
    const attempt = (change: Parameters<typeof productInput>[0]) => {
      try {
        catalog.service.upsert(productInput({ name: 'Başka', barcodes: ['8690000000029'], ...change }), MANAGER_TOKEN);
        return null;
      } catch (error) {
        return (error as { appError?: unknown }).appError;
      }
    };
    expect(attempt({ barcodes: ['8690000000012'] })).toMatchObject({ path: 'barcodes', messageTr: expect.stringContaining('"Süt Tam Yağlı 1 L" ürününde') });
    expect(attempt({ plu: 5 })).toMatchObject({ path: 'plu', message: expect.stringContaining('PLU 5') });
    expect(attempt({ quickKey: 3 })).toMatchObject({ path: 'quickKey' });
    expect(attempt({ vatRate: 1800 })).toMatchObject({ path: 'vatRate', message: expect.stringContaining('18%') });
    expect(attempt({ barcodes: [] })).toMatchObject({ path: 'barcodes', message: expect.stringContaining('barcode or a PLU') });
    expect(attempt({ id: 999 })).toMatchObject({ code: 'catalog.no-such-product' });
    expect(catalog.store.count()).toBe(1);
  });
});

describe('parked baskets', () => {
  const basket = (id: string): Basket => ({ ...emptyBasket(id), lines: [line('a', { unitPrice: 2500 }), line('b', { voided: true })] });
  const ID1 = '0b7e7c2a-4c1f-4e41-9a55-2f1d5c3e8a01';
  const ID2 = '0b7e7c2a-4c1f-4e41-9a55-2f1d5c3e8a02';

  it('parks, lists and recalls, and survives reopening the database', () => {
    const catalog = openCatalog();
    expect(catalog.parked.park(basket(ID1), 'Mavi ceketli müşteri')).toMatchObject({ basketId: ID1, lineCount: 1, totalKurus: 2500 });
    catalog.parked.park(basket(ID2), '');
    expect(catalog.parked.list().map((summary) => summary.basketId)).toEqual([ID1, ID2]);
    expect(catalog.parked.recall(ID1)).toEqual(basket(ID1));
    expect(catalog.parked.list().map((summary) => summary.basketId)).toEqual([ID2]);
    expect(() => catalog.parked.recall(ID1)).toThrow(/no longer parked/u);
  });

  it('never parks or recalls a basket that went to a device', () => {
    const catalog = openCatalog();
    catalog.sentIds.add(ID1);
    expect(() => catalog.parked.park(basket(ID1), '')).toThrow(/already sent to the fiscal device/u);
    catalog.parked.park(basket(ID2), '');
    catalog.sentIds.add(ID2);
    expect(() => catalog.parked.recall(ID2)).toThrow(/already sent/u);
    expect(catalog.parked.list()).toHaveLength(1);
  });

  it('refuses an empty basket and leaves an unreadable one in place', () => {
    const catalog = openCatalog();
    expect(() => catalog.parked.park(emptyBasket(ID1), '')).toThrow(/empty basket/u);
    catalog.parked.park(basket(ID1), '');
    catalog.db.prepare("UPDATE parked_baskets SET basket_json = '{\"id\":1}'").run();
    expect(() => catalog.parked.recall(ID1)).toThrow(/could not be read back/u);
    expect(catalog.parked.list()).toHaveLength(1);
  });
});

describe('training catalog', () => {
  it('has a few hundred sellable products with valid, unique codes', () => {
    expect(TRAINING_CATALOG.length).toBeGreaterThanOrEqual(250);
    const barcodes = TRAINING_CATALOG.flatMap((product) => product.barcodes);
    expect(new Set(barcodes).size).toBe(barcodes.length);
    for (const code of barcodes) {
      expect(checkGtin(code)).toEqual({ ok: true, kind: 'EAN-13' });
      expect(parseScaleLabel(code)).toBeNull();
    }
    const weighed = TRAINING_CATALOG.filter((product) => product.unit === 'KGM');
    expect(weighed.length).toBeGreaterThan(20);
    expect(weighed.every((product) => product.plu !== null)).toBe(true);
    expect(new Set(TRAINING_CATALOG.map((product) => product.vatRate))).toEqual(new Set([0, 100, 1000, 2000]));
    expect(TRAINING_CATALOG.filter((product) => product.quickKey !== null)).toHaveLength(10);
  });

  it('fills only an empty catalog', () => {
    const catalog = openCatalog();
    expect(catalog.seedTrainingCatalog()).toBe(TRAINING_CATALOG.length);
    expect(catalog.seedTrainingCatalog()).toBe(0);
    expect(catalog.service.search('domates', 5)[0]).toMatchObject({ unit: 'KGM', plu: 1 });
  });
});
