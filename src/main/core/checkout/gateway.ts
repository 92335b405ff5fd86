import type { BasketDetails, OpenBasket, WireBasket } from '../../../shared/tokenx/basketModel';
import type { TokenxOutcome } from '../tokenx/outcome';

/**
 * The slice of the TokenX API the checkout needs, declared here so the checkout can be
 * built and tested on its own; `TokenxClient` satisfies it structurally.
 */
export interface CheckoutGateway {
  createInstantBasket(terminalId: string, basket: WireBasket): Promise<TokenxOutcome<unknown>>;
  createListBasket(branchId: string, basket: WireBasket): Promise<TokenxOutcome<unknown>>;
  getBasket(basketId: string): Promise<TokenxOutcome<BasketDetails>>;
  getOpenBaskets(terminalId: string): Promise<TokenxOutcome<readonly OpenBasket[]>>;
  deleteBasket(basketId: string): Promise<TokenxOutcome<unknown>>;
  unlockBasket(branchId: string, basketId: string): Promise<TokenxOutcome<unknown>>;
}
