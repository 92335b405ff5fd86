import { create } from 'zustand';
import type { ScaleLabel } from '../../../../../shared/barcode/scaleLabel';
import type { SellableProduct } from '../../../../../shared/basket/edits';
import {
  addLine,
  lineFromProduct,
  lineFromScaleLabel,
  overridePrice,
  setBasketDiscount,
  setCustomer,
  setLineDiscount,
  setPaymentPlan,
  setQuantity,
  voidLine,
} from '../../../../../shared/basket/edits';
import type { Basket, BasketLine, Discount } from '../../../../../shared/basket/model';
import { MAX_QUANTITY, emptyBasket } from '../../../../../shared/basket/model';
import type { PaymentPlan } from '../../../../../shared/basket/payment';
import { isMeasuredUnit } from '../../../../../shared/basket/units';
import type { Product } from '../../../../../shared/contract/catalog';
import type { Customer } from '../../../../../shared/customer/customer';
import type { Result } from '../../../../../shared/result';
import { useFailures } from '../../../state/failures';

export type CashierDialog =
  | { kind: 'quantity'; lineId: string }
  | { kind: 'price'; lineId: string }
  | { kind: 'discount'; lineId: string | null }
  | { kind: 'payment' }
  | { kind: 'customer' }
  | { kind: 'parked' }
  | { kind: 'add-product'; barcode: string }
  /** A weighed product picked by search, quick key or PLU: how much is on the scale. */
  | { kind: 'weight'; product: Product; barcode: string | null }
  | { kind: 'force-outcome' }
  /** Starting afresh would drop lines that were never paid: asked first. */
  | { kind: 'drop-basket' }
  /** A receipt above the device's receipt limit, where the law wants an invoice: the cashier adds one, or confirms. */
  | { kind: 'over-receipt-limit'; totalKurus: number; limitKurus: number }
  /** Not sending an old basket the last session left (it never reached TokenX): asked first. */
  | { kind: 'drop-old-basket'; basketId: string };

interface SaleState {
  basket: Basket;
  selectedLineId: string | null;
  /** Set by typing `3*` in the entry: the next item comes in that many times. */
  pendingQuantity: number | null;
  dialog: CashierDialog | null;

  /** `merge`: a repeat of a product already in the basket raises that line instead of adding one. */
  addProduct(product: SellableProduct, barcode: string | null, quantity: number, merge: boolean): boolean;
  addScaleLabel(product: SellableProduct, label: ScaleLabel, barcode: string): boolean;
  select(lineId: string | null): void;
  moveSelection(step: 1 | -1): void;
  setPendingQuantity(quantity: number | null): void;
  changeQuantity(lineId: string, quantity: number): boolean;
  changePrice(lineId: string, unitPrice: number): boolean;
  changeLineDiscount(lineId: string, discount: Discount | null): boolean;
  changeBasketDiscount(discount: Discount | null): boolean;
  voidLine(lineId: string): boolean;
  setPayment(plan: PaymentPlan): void;
  setCustomer(customer: Customer | null): void;
  openDialog(dialog: CashierDialog): void;
  closeDialog(): void;
  /** Replaces the basket (a recalled one, or the same lines under a fresh id to send again). */
  load(basket: Basket): void;
  newSale(): void;
}

const newId = (): string => crypto.randomUUID();

/** A line a repeat scan may add to: the same product, untouched by hand (a discount or override must not spread). */
const mergeable = (line: BasketLine, product: SellableProduct, quantity: number): boolean =>
  !line.voided &&
  !isMeasuredUnit(product.unit) &&
  line.productId === product.id &&
  line.discount === null &&
  line.unitPrice === line.catalogPrice &&
  line.unitPrice === product.priceKurus &&
  line.quantity + quantity <= MAX_QUANTITY;

/** The basket being built at this till: lines, discounts, payment plan, customer, and what is selected. */
export const useSaleStore = create<SaleState>()((set, get) => {
  /** Applies an edit; a refusal goes to the failure store instead of leaving a silently unchanged basket. */
  const apply = (edit: Result<Basket>, selectedLineId?: string): boolean => {
    if (!edit.ok) {
      useFailures.getState().report(edit.error, 'till');
      return false;
    }
    set((state) => ({ basket: edit.value, selectedLineId: selectedLineId ?? state.selectedLineId }));
    return true;
  };

  return {
    basket: emptyBasket(newId()),
    selectedLineId: null,
    pendingQuantity: null,
    dialog: null,

    addProduct(product, barcode, quantity, merge) {
      const { basket } = get();
      set({ pendingQuantity: null });
      const same = merge ? basket.lines.find((line) => mergeable(line, product, quantity)) : undefined;
      if (same !== undefined) return apply(setQuantity(basket, same.id, same.quantity + quantity), same.id);
      const line = lineFromProduct(product, newId(), quantity, barcode);
      return line.ok ? apply(addLine(basket, line.value), line.value.id) : apply(line);
    },

    addScaleLabel(product, label, barcode) {
      set({ pendingQuantity: null });
      const line = lineFromScaleLabel(product, newId(), label, barcode);
      return line.ok ? apply(addLine(get().basket, line.value), line.value.id) : apply(line);
    },

    select: (selectedLineId) => set({ selectedLineId }),

    moveSelection(step) {
      const { basket, selectedLineId } = get();
      const live = basket.lines.filter((line) => !line.voided);
      if (live.length === 0) return;
      const index = live.findIndex((line) => line.id === selectedLineId);
      const next = index === -1 ? (step === 1 ? 0 : live.length - 1) : Math.min(live.length - 1, Math.max(0, index + step));
      set({ selectedLineId: live[next]?.id ?? null });
    },

    setPendingQuantity: (pendingQuantity) => set({ pendingQuantity }),
    changeQuantity: (lineId, quantity) => apply(setQuantity(get().basket, lineId, quantity)),
    changePrice: (lineId, unitPrice) => apply(overridePrice(get().basket, lineId, unitPrice)),
    changeLineDiscount: (lineId, discount) => apply(setLineDiscount(get().basket, lineId, discount)),
    changeBasketDiscount: (discount) => apply(setBasketDiscount(get().basket, discount)),

    voidLine(lineId) {
      const done = apply(voidLine(get().basket, lineId));
      // The selection moves to a line that can still be changed, so F8 twice never hits a voided line.
      if (done) set({ selectedLineId: get().basket.lines.findLast((line) => !line.voided)?.id ?? null });
      return done;
    },

    setPayment: (plan) => set((state) => ({ basket: setPaymentPlan(state.basket, plan) })),
    setCustomer: (customer) => set((state) => ({ basket: setCustomer(state.basket, customer) })),
    openDialog: (dialog) => set({ dialog }),
    closeDialog: () => set({ dialog: null }),

    load: (basket) => set({ basket, selectedLineId: basket.lines.findLast((line) => !line.voided)?.id ?? null, pendingQuantity: null }),
    newSale: () => set({ basket: emptyBasket(newId()), selectedLineId: null, pendingQuantity: null, dialog: null }),
  };
});
