import type { HandlerTable } from '../ipc/dispatcher';
import type { CheckoutAccounts } from './checkoutAccounts';
import { publicEntry } from './journal';
import { fiscalParameters, listTerminals, testConnection } from './tokenxSetup';

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
  | 'tokenx.testConnection'
  | 'tokenx.terminals'
  | 'tokenx.fiscalParameters'
  | 'tokenx.simulator'
>;

/** Who is signed in at the till: sales and decisions are attributed to them. */
export type CurrentUserId = () => string | null;

export function checkoutHandlers(
  accounts: CheckoutAccounts,
  settingsTarget: () => 'terminal' | 'branch',
  currentUserId: CurrentUserId,
): CheckoutHandlers {
  const { service } = accounts;
  return {
    'checkout.send': async ({ basket, target }) => {
      accounts.assertCanSell();
      const cashierId = currentUserId();
      return publicEntry(await service.send(target === undefined ? { basket, cashierId } : { basket, target, cashierId }));
    },
    'checkout.list': (options) => {
      accounts.account();
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
    'tokenx.testConnection': () => testConnection(accounts.account(), settingsTarget()),
    'tokenx.terminals': ({ branchId }) => listTerminals(accounts.account(), branchId),
    'tokenx.fiscalParameters': ({ terminalId }) => fiscalParameters(accounts.account(), terminalId),
    'tokenx.simulator': () => accounts.simulatorInfo(),
  };
}
