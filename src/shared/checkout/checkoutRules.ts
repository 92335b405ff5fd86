import type { CheckoutState } from './checkoutState';
import { isFinalState } from './checkoutState';

/**
 * Rules about a basket's state that both sides apply: main when it acts, the till when
 * it decides which actions to offer. One copy, so the button is there exactly when
 * main would accept the press.
 */

/** A manager may record an outcome only for a basket whose fate TokenX could not tell us (or could not settle). */
export function canForce(basket: { state: CheckoutState; communicationError: string | null; escalated: boolean }): boolean {
  return !isFinalState(basket.state) && (basket.state === 'unknown' || basket.communicationError !== null || basket.escalated);
}
