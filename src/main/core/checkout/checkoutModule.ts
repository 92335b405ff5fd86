import type { CoreModule } from '../module';
import type { CheckoutAccountsDeps } from './checkoutAccounts';
import { CheckoutAccounts } from './checkoutAccounts';
import type { CheckoutHandlers } from './checkoutHandlers';
import { checkoutHandlers } from './checkoutHandlers';
import type { CheckoutJournal } from './journal';
import type { WebhookService } from '../webhook/webhookService';

export interface CheckoutModuleDeps extends CheckoutAccountsDeps {
  /** Who is signed in at the till: sales and decisions are attributed to them. */
  actor: () => string | null;
  /** Registers a call for every change of the settings or credentials, which may change the account. */
  onAnyChange: (listener: () => void) => void;
}

export interface CheckoutModule extends CoreModule<CheckoutHandlers> {
  /** Which baskets this till has sent (a parked basket that was sent is not parked any more). */
  journal: CheckoutJournal;
  /** The webhook path of the current account, which the webhook module lets people change. */
  webhook: WebhookService;
}

/** Sales to the ÖKC through TokenX: the account, the journal, recovery and the webhook behind them. */
export function createCheckoutModule(deps: CheckoutModuleDeps): CheckoutModule {
  const accounts = new CheckoutAccounts(deps);
  return {
    journal: accounts.journal,
    webhook: accounts.webhook,
    handlers: checkoutHandlers(accounts, () => deps.settings().tokenx.target, deps.actor),
    start: () => {
      deps.onAnyChange(() => void accounts.sync());
      // Start-up recovery runs in the background; selling waits for it inside the checkout.
      void accounts.sync();
    },
    close: () => accounts.close(),
  };
}
