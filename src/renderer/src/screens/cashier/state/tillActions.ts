import { isMeasuredUnit } from '../../../../../shared/basket/units';
import type { Product } from '../../../../../shared/contract/catalog';
import type { AppError } from '../../../../../shared/result';
import type { StringKey } from '../../../i18n/texts';
import { inBothLanguages, translator } from '../../../i18n/translate';
import { useAppStore } from '../../../state/appStore';
import { call } from '../../../state/call';
import { useFailures } from '../../../state/failures';
import { useCheckoutStore } from './checkoutStore';
import { useSaleStore } from './saleStore';
import { basketLocked, isPaid } from './selectors';

/**
 * What the till does with what the cashier scans, types or picks: the basket changes,
 * or one failure says why not, shown at the entry field until acknowledged.
 */

const refuse = (error: AppError) => useFailures.getState().report(error, 'till');

/** The till refuses by itself, in both languages from the string table. */
export const refuseWith = (code: string, key: StringKey, params?: Record<string, string | number>): void =>
  refuse({ code, message: translator('en')(key, params), messageTr: translator('tr')(key, params) });

/** Leaves the settled basket and starts an empty one; nothing from the last sale stays on screen. */
export function startNewSale(): void {
  const checkout = useCheckoutStore.getState();
  checkout.dismiss();
  if (useCheckoutStore.getState().current === null) useSaleStore.getState().newSale();
  useFailures.getState().acknowledge();
}

/** Before anything joins the basket: a paid basket makes way for the next sale; a locked one refuses, saying why. */
function readyForItem(what: string): boolean {
  if (isPaid(useCheckoutStore.getState().current)) startNewSale();
  if (!basketLocked(useCheckoutStore.getState())) return true;
  refuseWith('cashier.basket-locked', 'cashier.refused.lockedItem', { what });
  return false;
}

/**
 * A product picked from search, a quick key or a PLU, or one just created for a
 * scanned barcode. A weighed product without a `1,5*` quantity asks for its weight.
 */
export function addProduct(product: Product, barcode: string | null = null): void {
  if (!readyForItem(product.name)) return;
  const sale = useSaleStore.getState();
  if (isMeasuredUnit(product.unit) && sale.pendingQuantity === null) {
    sale.openDialog({ kind: 'weight', product, barcode });
    return;
  }
  addCounted(product, barcode, sale.pendingQuantity ?? 1000);
}

/** Adds `quantity` (thousandths) of a product; repeats raise one line when the till is set so. */
export function addCounted(product: Product, barcode: string | null, quantity: number): void {
  const merge = useAppStore.getState().settings?.till.mergeRepeatScans ?? true;
  useSaleStore.getState().addProduct(product, barcode, quantity, merge);
}

/** Lookups run one after another, so back-to-back scans become lines in the order they were scanned. */
let lookups: Promise<void> = Promise.resolve();

const queue = (work: () => Promise<void>): Promise<void> => {
  lookups = lookups.then(work);
  return lookups;
};

/**
 * Resolves once every scan so far has become a line (or a warning). A send waits for
 * it: the item scanned just before F10 is in the basket that goes to the device.
 */
export const scansSettled = (): Promise<void> => lookups;

/** A scanned or typed barcode: a product, a weighed scale label, or a failure saying why not. */
export const enterBarcode = (code: string): Promise<void> => queue(() => lookUp(code));

async function lookUp(code: string): Promise<void> {
  // A scan while a warning is on screen is not added: the cashier has not seen the warning yet.
  if (useFailures.getState().current !== null) {
    useFailures.getState().refuse(code);
    return;
  }
  if (!readyForItem(code)) return;
  const result = await call('catalog.lookup', { code });
  if (!result.ok) return;
  const found = result.value;
  // The lookup may have taken a moment; a send started meanwhile wins and the scan is refused.
  if (!readyForItem(code)) return;
  switch (found.kind) {
    case 'product':
      addProduct(found.product, found.code);
      return;
    case 'scale-label':
      useSaleStore.getState().addScaleLabel(found.product, found.label, found.code);
      return;
    case 'unknown':
      useFailures.getState().report({ code: 'catalog.unknown', message: found.message, messageTr: found.messageTr }, 'till', {
        label: inBothLanguages('cashier.addProduct.offer'),
        run: () => useSaleStore.getState().openDialog({ kind: 'add-product', barcode: found.code }),
      });
      return;
    case 'invalid':
      refuse({ code: 'catalog.invalid', message: found.message, messageTr: found.messageTr });
  }
}

/** A PLU typed and Enter: the product with exactly that PLU, else whatever the barcode lookup says about the digits. */
export const enterPlu = (digits: string): Promise<void> => queue(() => lookUpPlu(digits));

async function lookUpPlu(digits: string): Promise<void> {
  if (useFailures.getState().current !== null || !readyForItem(digits)) return;
  const found = await call('catalog.search', { query: digits, limit: 5 });
  const product = found.ok ? found.value.find((candidate) => candidate.plu === Number(digits)) : undefined;
  if (product) addProduct(product);
  else await lookUp(digits);
}
