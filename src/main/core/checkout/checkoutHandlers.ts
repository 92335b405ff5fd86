import type { HandlerTable } from '../ipc/dispatcher';
import type { TokenxConnection } from '../tokenx/tokenxConnection';
import type { CheckoutService } from './checkoutService';
import { publicEntry } from './journal';

export type CheckoutHandlers = Pick<
  HandlerTable,
  | 'checkout.send'
  | 'checkout.list'
  | 'checkout.get'
  | 'checkout.checkAgain'
  | 'checkout.cancel'
  | 'checkout.forceOutcome'
  | 'checkout.decide'
  | 'checkout.acknowledgeAlert'
  | 'checkout.openBaskets'
  | 'checkout.unlockDeviceBasket'
  | 'checkout.deleteDeviceBasket'
  | 'checkout.recoveryStatus'
>;

/** Who is signed in at the till: sales and decisions are attributed to them. */
export type CurrentUserId = () => string | null;

export function checkoutHandlers(service: CheckoutService, connection: TokenxConnection, currentUserId: CurrentUserId): CheckoutHandlers {
  return {
    'checkout.send': async ({ basket, target }) => {
      connection.assertCanSell();
      const cashierId = currentUserId();
      return publicEntry(await service.send(target === undefined ? { basket, cashierId } : { basket, target, cashierId }));
    },
    'checkout.list': (options) => {
      connection.current();
      return service.list(options).map(publicEntry);
    },
    'checkout.get': ({ basketId }) => service.detail(basketId),
    'checkout.checkAgain': async ({ basketId }) => publicEntry(await service.checkAgain(basketId)),
    'checkout.cancel': async ({ basketId }) => publicEntry(await service.cancel(basketId)),
    'checkout.forceOutcome': (request) => publicEntry(service.forceOutcome({ ...request, actorId: currentUserId() })),
    'checkout.decide': async ({ basketId, decision }) =>
      publicEntry(await service.decide({ basketId, decision, decidedBy: currentUserId() })),
    'checkout.acknowledgeAlert': (request) => publicEntry(service.acknowledgeAlert({ ...request, actorId: currentUserId() })),
    'checkout.openBaskets': ({ terminalId }) => service.openBaskets(terminalId),
    'checkout.unlockDeviceBasket': async (request) => {
      await service.unlockDeviceBasket({ ...request, actorId: currentUserId() });
      return null;
    },
    'checkout.deleteDeviceBasket': async (request) => {
      await service.deleteDeviceBasket({ ...request, actorId: currentUserId() });
      return null;
    },
    'checkout.recoveryStatus': () => service.recoveryStatus(),
  };
}
