import { describe, expect, it } from 'vitest';
import type { SaleResult } from '../../src/shared/checkout/checkoutState';
import { FINAL_STATES } from '../../src/shared/checkout/checkoutState';
import type { CheckoutEvent, MachineState } from '../../src/main/core/checkout/stateMachine';
import { advance, canForce, stateOfSale } from '../../src/main/core/checkout/stateMachine';

const start: MachineState = {
  state: 'draft',
  lockedBy: null,
  sale: null,
  rejection: null,
  cancelRequested: false,
  communicationError: null,
  forced: false,
};
const sale = (status: number, message = 'OK'): SaleResult => ({
  status,
  message,
  receiptNo: status === 99 ? -1 : 7,
  zNo: status === 99 ? -1 : 3,
  paymentItems: [],
});
const run = (events: CheckoutEvent[], from: MachineState = start) =>
  events.reduce((state, event) => advance(state, event).next, from);

const paid: CheckoutEvent = { kind: 'observed', observation: { kind: 'completed', sale: sale(0) } };
const cancelled: CheckoutEvent = { kind: 'observed', observation: { kind: 'completed', sale: sale(-1, 'CANCELLED') } };
const voided: CheckoutEvent = { kind: 'observed', observation: { kind: 'completed', sale: sale(99, 'CANCELLED') } };
const locked: CheckoutEvent = { kind: 'observed', observation: { kind: 'open', lockedBy: 'AV0000000001' } };
const absent: CheckoutEvent = { kind: 'observed', observation: { kind: 'absent' } };

describe('checkout state machine', () => {
  it('walks draft → sending → on-device → paid', () => {
    const sending = run([{ kind: 'send-started' }]);
    expect(sending.state).toBe('sending');
    const onDevice = run([{ kind: 'send-accepted' }, locked], sending);
    expect(onDevice).toMatchObject({ state: 'on-device', lockedBy: 'AV0000000001' });
    expect(run([paid], onDevice)).toMatchObject({ state: 'paid', sale: sale(0) });
  });

  it('maps the device sale status: 0 paid, 99 voided, −1 CANCELLED cancelled, −1 with a code declined', () => {
    expect(stateOfSale(sale(0))).toBe('paid');
    expect(stateOfSale(sale(99, 'CANCELLED'))).toBe('receipt-voided');
    expect(stateOfSale(sale(-1, 'CANCELLED'))).toBe('cancelled-on-device');
    expect(stateOfSale(sale(-1, '5012 KART REDDEDILDI'))).toBe('declined');
  });

  it('turns no answer to a send into unknown, never into a failure', () => {
    const state = run([{ kind: 'send-started' }, { kind: 'no-answer', reason: 'timeout' }]);
    expect(state).toMatchObject({ state: 'unknown', communicationError: 'timeout' });
    expect(canForce(state)).toBe(true);
  });

  it('separates a busy device from a refused basket', () => {
    const rejection = { code: '1100', description: 'open basket', httpStatus: 400 };
    expect(run([{ kind: 'send-started' }, { kind: 'send-refused', rejection, deviceBusy: true }]).state).toBe('device-busy');
    expect(
      run([{ kind: 'send-started' }, { kind: 'send-refused', rejection: { ...rejection, code: '1103' }, deviceBusy: false }])
        .state,
    ).toBe('rejected');
  });

  it('lets the first outcome win and ignores duplicates and late events', () => {
    const done = run([{ kind: 'send-started' }, paid]);
    for (const late of [paid, cancelled, locked, absent, { kind: 'send-accepted' } as const, { kind: 'no-answer', reason: 'x' } as const]) {
      const result = advance(done, late);
      expect(result.changed).toBe(false);
      expect(result.next).toBe(done);
    }
  });

  it('takes a webhook outcome that arrives before the answer to the send', () => {
    const state = run([{ kind: 'send-started' }, paid, { kind: 'send-accepted' }]);
    expect(state.state).toBe('paid');
  });

  it('lets a paid receipt be voided later, but never un-voids it', () => {
    const voidedState = run([{ kind: 'send-started' }, paid, voided]);
    expect(voidedState.state).toBe('receipt-voided');
    expect(advance(voidedState, paid).changed).toBe(false);
    // The void reported before the payment: the late payment changes nothing.
    expect(run([{ kind: 'send-started' }, voided, paid]).state).toBe('receipt-voided');
  });

  it('treats absence as deleted only after the basket was seen on TokenX', () => {
    const unknown = run([{ kind: 'send-started' }, { kind: 'no-answer', reason: 'reset' }]);
    expect(run([absent], unknown).state).toBe('unknown');
    expect(run([{ kind: 'cancel-requested' }, absent], unknown).state).toBe('unknown');
    expect(run([{ kind: 'send-accepted' }, absent], unknown).state).toBe('deleted');
  });

  it('allows a forced outcome only after a communication error, and yields it to the device truth', () => {
    const onDevice = run([{ kind: 'send-started' }, { kind: 'send-accepted' }]);
    expect(canForce(onDevice)).toBe(false);
    expect(advance(onDevice, { kind: 'forced', outcome: 'paid' }).changed).toBe(false);

    const forced = run([{ kind: 'no-answer', reason: 'offline' }, { kind: 'forced', outcome: 'paid' }], onDevice);
    expect(forced).toMatchObject({ state: 'paid', forced: true });
    expect(run([cancelled], forced)).toMatchObject({ state: 'cancelled-on-device', forced: false });
  });

  it('reaches a final state from any order of a seeded random event stream', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const events: CheckoutEvent[] = [{ kind: 'send-accepted' }, locked, { kind: 'no-answer', reason: 'x' }, absent, paid];
    for (let round = 0; round < 200; round += 1) {
      const shuffled = [...events].sort(() => random() - 0.5);
      const end = run([{ kind: 'send-started' }, ...shuffled]);
      // Once paid is seen nothing moves it; absence before any sighting is inconclusive.
      expect(FINAL_STATES.has(end.state)).toBe(true);
      expect(['paid', 'deleted']).toContain(end.state);
      if (end.state === 'deleted') {
        expect(shuffled.indexOf(absent)).toBeLessThan(shuffled.indexOf(paid));
      }
    }
  });
});
