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
import type { Basket, Discount } from '../../../../../shared/basket/model';
import { MAX_QUANTITY, emptyBasket } from '../../../../../shared/basket/model';
import type { PaymentPlan } from '../../../../../shared/basket/payment';
import { isMeasuredUnit } from '../../../../../shared/basket/units';
import type { Customer } from '../../../../../shared/customer/customer';
import type { AppError, Result } from '../../../../../shared/result';

/** An error row in the basket: a scan or an edit that did not become a line, and why. */
export interface Notice extends AppError {
  id: string;
  /** A valid barcode the catalog does not have: the row offers to add it as a product. */
  unknownBarcode?: string;
}

export type CashierDialog =
  | { kind: 'quantity'; lineId: string }
  | { kind: 'price'; lineId: string }
  | { kind: 'discount'; lineId: string | null }
  | { kind: 'payment' }
  | { kind: 'customer' }
  | { kind: 'parked' }
  | { kind: 'add-product'; barcode: string; noticeId: string };

/** Error rows kept on screen; older ones scroll away so the table stays about the basket. */
const MAX_NOTICES = 3;

interface SaleState {
  basket: Basket;
  selectedLineId: string | null;
  notices: Notice[];
  /** Set by typing `3*` in the entry: the next item comes in that many times. */
  pendingQuantity: number | null;
  dialog: CashierDialog | null;
  /**
   * The unknown-barcode row whose "add product" offer is live: only until the next
   * line or error row, so Enter never opens it for a scan the cashier has moved past.
   */
  offeredNoticeId: string | null;

  addProduct(product: SellableProduct, barcode: string | null): boolean;
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
  notify(error: AppError): void;
  /** An error row for a valid barcode the catalog lacks, offering to add it. */
  notifyUnknown(error: AppError, barcode: string): void;
  dismissNotice(id: string): void;
  openDialog(dialog: CashierDialog): void;
  closeDialog(): void;
  /** Replaces the basket (a recalled one, or the same lines under a fresh id). */
  load(basket: Basket): void;
  newSale(): void;
}

const newId = (): string => crypto.randomUUID();

/** The basket being built at this till: lines, discounts, payment plan, customer, and what is selected. */
export const useSaleStore = create<SaleState>()((set, get) => {
  /** Applies an edit; a refusal becomes an error row instead of a silently unchanged basket. */
  const apply = (edit: Result<Basket>, selectedLineId?: string): boolean => {
    if (!edit.ok) {
      get().notify(edit.error);
      return false;
    }
    set((state) => ({ basket: edit.value, selectedLineId: selectedLineId ?? state.selectedLineId }));
    return true;
  };

  return {
    basket: emptyBasket(newId()),
    selectedLineId: null,
    notices: [],
    pendingQuantity: null,
    dialog: null,
    offeredNoticeId: null,

    addProduct(product, barcode) {
      const { basket, pendingQuantity } = get();
      const quantity = pendingQuantity ?? 1000;
      set({ pendingQuantity: null, offeredNoticeId: null });
      // A repeat scan of the last countable line adds to it ("3 × Ayran" reads better than three lines),
      // unless that line was changed by hand: a discount or override must not spread to more units.
      const last = basket.lines.at(-1);
      if (
        last !== undefined &&
        !last.voided &&
        !isMeasuredUnit(product.unit) &&
        last.productId === product.id &&
        last.discount === null &&
        last.unitPrice === last.catalogPrice &&
        last.unitPrice === product.priceKurus &&
        last.quantity + quantity <= MAX_QUANTITY
      ) {
        return apply(setQuantity(basket, last.id, last.quantity + quantity), last.id);
      }
      const line = lineFromProduct(product, newId(), quantity, barcode);
      return line.ok ? apply(addLine(basket, line.value), line.value.id) : apply(line);
    },

    addScaleLabel(product, label, barcode) {
      set({ pendingQuantity: null, offeredNoticeId: null });
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

    notify: (error) => set((state) => ({ notices: [...state.notices, { ...error, id: newId() }].slice(-MAX_NOTICES), offeredNoticeId: null })),
    notifyUnknown(error, unknownBarcode) {
      const id = newId();
      set((state) => ({ notices: [...state.notices, { ...error, id, unknownBarcode }].slice(-MAX_NOTICES), offeredNoticeId: id }));
    },
    dismissNotice: (id) =>
      set((state) => ({
        notices: state.notices.filter((notice) => notice.id !== id),
        offeredNoticeId: state.offeredNoticeId === id ? null : state.offeredNoticeId,
      })),
    openDialog: (dialog) => set({ dialog }),
    closeDialog: () => set({ dialog: null }),

    load: (basket) =>
      set({ basket, selectedLineId: basket.lines.findLast((line) => !line.voided)?.id ?? null, notices: [], pendingQuantity: null, offeredNoticeId: null }),
    newSale: () =>
      set({ basket: emptyBasket(newId()), selectedLineId: null, notices: [], pendingQuantity: null, dialog: null, offeredNoticeId: null }),
  };
});
