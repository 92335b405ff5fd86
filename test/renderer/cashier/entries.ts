import type { CheckoutEntry } from '../../../src/shared/checkout/checkoutState';

/** A journal entry as main sends it: a basket on this till's device, changed by `patch`. */
export const checkoutEntry = (patch: Partial<CheckoutEntry> = {}): CheckoutEntry => ({
  basketId: '6f1c2a34-9d7e-4b8a-a1f0-2c3d4e5f6a7b',
  environment: 'training',
  target: { kind: 'terminal', terminalId: 'AV0000000001' },
  checkNumber: 7,
  totalKurus: 5500,
  state: 'on-device',
  final: false,
  lockedBy: null,
  sale: null,
  rejection: null,
  cancelRequested: false,
  communicationError: null,
  forced: false,
  escalated: false,
  alert: null,
  cashierId: null,
  createdAt: '2026-11-23T09:00:00.000Z',
  updatedAt: '2026-11-23T09:00:01.000Z',
  ...patch,
});
