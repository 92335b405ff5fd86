import type { Basket, BasketLine } from '../../src/shared/basket/model';
import type { FiscalSection } from '../../src/shared/basket/departments';
import { emptyBasket } from '../../src/shared/basket/model';

export const BASKET_ID = '3b241101-e2bb-4255-8caf-4136c566a962';

/** A device programmed with the rates in force since July 2023. */
export const SECTIONS: FiscalSection[] = [
  { sectionNo: 1, name: 'Gıda %1', taxPercent: 100 },
  { sectionNo: 2, name: 'Gıda %10', taxPercent: 1000 },
  { sectionNo: 3, name: 'Genel %20', taxPercent: 2000 },
  { sectionNo: 4, name: 'Temizlik %20', taxPercent: 2000 },
];

export function line(id: string, change: Partial<BasketLine> = {}): BasketLine {
  return {
    id,
    productId: 1,
    name: `Ürün ${id}`,
    barcode: null,
    plu: null,
    unit: 'C62',
    quantity: 1000,
    unitPrice: 1000,
    catalogPrice: 1000,
    vatRate: 2000,
    department: null,
    discount: null,
    voided: false,
    ...change,
  };
}

export const basketWith = (lines: BasketLine[], change: Partial<Basket> = {}): Basket => ({ ...emptyBasket(BASKET_ID), lines, ...change });
