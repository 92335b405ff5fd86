import { checkGtin } from '../../../../../shared/barcode/gtin';
import type { Product } from '../../../../../shared/contract/catalog';
import { useAppStore } from '../../../state/appStore';
import { useCheckoutStore } from './checkoutStore';
import { useSaleStore } from './saleStore';

/**
 * Whether the basket may change: not while it (or one left by the last session) is on
 * its way to a device or there, and not while start-up recovery is still asking TokenX.
 */
export function basketLocked(): boolean {
  const { current, sending, unfinished, recovery } = useCheckoutStore.getState();
  return current !== null || sending || unfinished.length > 0 || recovery?.phase === 'recovering';
}

function refuseLocked(code: string): boolean {
  if (!basketLocked()) return false;
  useSaleStore.getState().notify({
    code: 'cashier.basket-locked',
    message: `The basket is on the device; ${code} was not added. Wait for the outcome or cancel the sale first.`,
    messageTr: `Sepet cihazda; ${code} eklenmedi. Önce sonucu bekleyin veya satışı iptal edin.`,
  });
  return true;
}

/** Lookups run one after another, so back-to-back scans become lines in the order they were scanned. */
let lookups: Promise<void> = Promise.resolve();

/** A scanned or typed barcode: a product, a weighed scale label, or an error row saying why not. */
export function enterBarcode(code: string): Promise<void> {
  lookups = lookups.then(() => lookUp(code));
  return lookups;
}

async function lookUp(code: string): Promise<void> {
  const api = useAppStore.getState().api;
  if (!api || refuseLocked(code)) return;
  const sale = useSaleStore.getState();
  const result = await api.call('catalog.lookup', { code });
  if (!result.ok) {
    sale.notify(result.error);
    return;
  }
  const found = result.value;
  // The lookup may have taken a moment; a send started meanwhile wins and the scan is refused.
  if (refuseLocked(code)) return;
  switch (found.kind) {
    case 'product':
      sale.addProduct(found.product, found.code);
      return;
    case 'scale-label':
      sale.addScaleLabel(found.product, found.label, found.code);
      return;
    case 'unknown':
      sale.notifyUnknown({ code: 'catalog.unknown', message: found.message, messageTr: found.messageTr }, found.code);
      return;
    case 'invalid':
      sale.notify({ code: 'catalog.invalid', message: found.message, messageTr: found.messageTr });
  }
}

/** A product picked from search results or a quick key, or one just created for a scanned barcode. */
export function addProduct(product: Product, barcode: string | null = null): void {
  if (refuseLocked(product.name)) return;
  useSaleStore.getState().addProduct(product, barcode);
}

/**
 * Opens "add product" for the unknown barcode the last error row named (Enter in the
 * empty entry field, or the row's button). False when there is no live offer.
 */
export function offerAddProduct(noticeId?: string): boolean {
  const sale = useSaleStore.getState();
  const id = noticeId ?? sale.offeredNoticeId;
  const notice = sale.notices.find((candidate) => candidate.id === id);
  if (notice?.unknownBarcode === undefined || basketLocked()) return false;
  sale.openDialog({ kind: 'add-product', barcode: notice.unknownBarcode, noticeId: notice.id });
  return true;
}

/**
 * A burst at scanner speed that did not end as a clean scan. One case is still a whole
 * code: the digits arrived with a short pause inside or before the Enter (a USB hiccup,
 * a busy machine) and form a full EAN-13 whose check digit holds. Thirteen digits is
 * the longest retail code, so it cannot be the front of a longer one, and the check
 * digit refuses nine corruptions in ten. Anything else is an error row asking for a
 * rescan, never a guessed item.
 */
export function partialScan(chars: string): void {
  const check = checkGtin(chars);
  if (check.ok && check.kind === 'EAN-13') {
    void enterBarcode(chars);
    return;
  }
  useSaleStore.getState().notify({
    code: 'cashier.partial-scan',
    message: `The scan stopped part-way (${chars}); scan the item again.`,
    messageTr: `Okuma yarım kaldı (${chars}); ürünü yeniden okutun.`,
  });
}
