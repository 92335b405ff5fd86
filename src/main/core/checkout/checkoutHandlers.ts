import type { HandlerTable } from '../ipc/dispatcher';
import type { CheckoutModule } from './checkoutModule';
import { publicEntry } from './journal';
import { fiscalParameters, listTerminals, testConnection } from './tokenxSetup';

type CheckoutHandlers = Pick<
  HandlerTable,
  | 'checkout.send'
  | 'checkout.list'
  | 'checkout.get'
  | 'checkout.checkAgain'
  | 'checkout.cancel'
  | 'checkout.forceOutcome'
  | 'checkout.openBaskets'
  | 'checkout.unlockDeviceBasket'
  | 'checkout.deleteDeviceBasket'
  | 'checkout.recoveryStatus'
  | 'webhook.status'
  | 'webhook.register'
  | 'tokenx.testConnection'
  | 'tokenx.terminals'
  | 'tokenx.fiscalParameters'
  | 'tokenx.simulator'
>;

export function checkoutHandlers(module: CheckoutModule, settingsTarget: () => 'terminal' | 'branch'): CheckoutHandlers {
  const { service, webhook } = module;
  return {
    'checkout.send': async ({ basket, target }) => {
      module.assertCanSell();
      return publicEntry(await service.send(target === undefined ? { basket } : { basket, target }));
    },
    'checkout.list': (options) => {
      module.account();
      return service.list(options).map(publicEntry);
    },
    'checkout.get': ({ basketId }) => service.detail(basketId),
    'checkout.checkAgain': async ({ basketId }) => publicEntry(await service.checkAgain(basketId)),
    'checkout.cancel': async ({ basketId }) => publicEntry(await service.cancel(basketId)),
    'checkout.forceOutcome': (request) => publicEntry(service.forceOutcome(request)),
    'checkout.openBaskets': ({ terminalId }) => service.openBaskets(terminalId),
    'checkout.unlockDeviceBasket': async (request) => {
      await service.unlockDeviceBasket(request);
      return null;
    },
    'checkout.deleteDeviceBasket': async (request) => {
      await service.deleteDeviceBasket(request);
      return null;
    },
    'checkout.recoveryStatus': () => service.recoveryStatus(),
    'webhook.status': () => webhook.status(),
    'webhook.register': ({ confirmOverwrite }) => webhook.register(confirmOverwrite),
    'tokenx.testConnection': () => testConnection(module.account(), settingsTarget()),
    'tokenx.terminals': ({ branchId }) => listTerminals(module.account(), branchId),
    'tokenx.fiscalParameters': ({ terminalId }) => fiscalParameters(module.account(), terminalId),
    'tokenx.simulator': () => module.simulatorInfo(),
  };
}
