/**
 * Every domain of the contract, one line each: a new domain writes its calls and events
 * in its own file (`<domain>.ts`, ending in `export const <domain>Contract = domain({ calls, events })`)
 * and registers it here with one line. A call or event name two domains declare stops the app at start.
 */
export { appContract } from './app';
export { auditContract } from './audit';
export { catalogContract } from './catalog';
export { checkoutContract } from './checkout';
export { supportContract } from './support';
export { tillContract } from './till';
export { tokenxContract } from './tokenx';
export { toslaContract } from './tosla';
export { usersContract } from './users';
export { webhookContract } from './webhook';
