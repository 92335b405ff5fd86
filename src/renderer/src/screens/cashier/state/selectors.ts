import type { BasketLine } from '../../../../../shared/basket/model';
import type { CheckoutEntry } from '../../../../../shared/checkout/checkoutState';
import type { useCheckoutStore } from './checkoutStore';
import type { useSaleStore } from './saleStore';

type Checkout = ReturnType<typeof useCheckoutStore.getState>;
type Sale = ReturnType<typeof useSaleStore.getState>;

/**
 * Derived state of the till, one definition each, used by the keys, the buttons and
 * the screen alike.
 */

/** Settled without the money: the same lines may go again (after the cashier fixes the payment). */
export const isRetryable = (entry: CheckoutEntry | null): boolean => entry !== null && entry.final && entry.state !== 'paid';

/** Paid: the next scan starts the next sale. */
export const isPaid = (entry: CheckoutEntry | null): boolean => entry !== null && entry.final && entry.state === 'paid';

/**
 * Whether the basket may change: not while it (or one left by the last session) is on
 * its way to a device or there, nor once paid, nor while start-up recovery still asks TokenX.
 */
export const basketLocked = (checkout: Checkout): boolean =>
  (checkout.current !== null && !isRetryable(checkout.current)) ||
  checkout.sending ||
  checkout.unfinished.length > 0 ||
  checkout.recovery?.phase === 'recovering';

/** A basket is out (or on its way) and its state is what the cashier watches. */
export const engaged = (checkout: Checkout): boolean => (checkout.current !== null && !isRetryable(checkout.current)) || checkout.sending;

/** The basket on show was left by the last session, not built on this screen: it is shown read-only. */
export const fromLastSession = (checkout: Checkout): CheckoutEntry | null =>
  checkout.current !== null && checkout.current.basketId !== checkout.sentHere ? checkout.current : null;

export const selectedLine = (sale: Sale): BasketLine | null =>
  sale.basket.lines.find((line) => line.id === sale.selectedLineId && !line.voided) ?? null;

export const liveLineCount = (sale: Sale): number => sale.basket.lines.filter((line) => !line.voided).length;

/** What F10 does now. */
export type PrimaryAction = 'send' | 'resend' | 'check' | 'new-sale';

export function primaryAction(checkout: Checkout): PrimaryAction {
  const { current } = checkout;
  if (current === null) return 'send';
  if (!current.final) return 'check';
  return isRetryable(current) && fromLastSession(checkout) === null ? 'resend' : 'new-sale';
}
