import { describe, expect, it } from 'vitest';
import type { CheckoutState, Rejection, SaleResult } from '../../src/shared/checkout/checkoutState';
import { CHECKOUT_STATES, FINAL_STATES, saleResultSchema } from '../../src/shared/checkout/checkoutState';
import { classifyRefusal, outcomeOfSale } from '../../src/shared/checkout/deviceTruth';
import type { CheckoutEvent, MachineState } from '../../src/main/core/checkout/stateMachine';
import { advance, canForce, initialMachine, isBookkeeping } from '../../src/main/core/checkout/stateMachine';
import { STATUS_CATALOG } from '../../src/shared/tokenx/statusCatalog';

const AT = '2026-11-30T10:00:00.000Z';
const sale = (status: number, message = 'OK', paymentStatus: number | null = 0): SaleResult =>
  saleResultSchema.parse({
    status,
    message,
    receiptNo: status === 99 ? -1 : 7,
    zNo: status === 99 ? -1 : 3,
    paymentItems: [{ type: 3, amount: 100, description: null, operatorId: null, status: paymentStatus }],
  });
const run = (events: CheckoutEvent[], from: MachineState = initialMachine()) => events.reduce((state, event) => advance(state, event).next, from);
const read = (observation: Extract<CheckoutEvent, { kind: 'observed' }>['observation']): CheckoutEvent => ({ kind: 'observed', observation, at: AT });
const completed = (s: SaleResult) => read({ kind: 'completed', sale: s });
const absent = read({ kind: 'absent' });
const openBasket = read({ kind: 'open', lockedBy: null });
const refused = (code: string, httpStatus = 400): CheckoutEvent => {
  const rejection: Rejection = { code, description: `code ${code}`, httpStatus };
  return { kind: 'send-refused', rejection, refusal: classifyRefusal(code, httpStatus) };
};
const sending: CheckoutEvent = { kind: 'send-started' };
const at = (state: CheckoutState, extra: Partial<MachineState> = {}): MachineState => ({ ...initialMachine(), state, seen: true, ...extra });

describe('device reports (sale.status, vendor POS codes)', () => {
  it.each([
    [0, 'OK', 'paid'],
    [5, 'Offline Invoice', 'paid'],
    [99, 'CANCELLED', 'receipt-voided'],
    [-1, 'CANCELLED', 'cancelled-on-device'],
    [-1, '5005: Online Decline', 'declined'],
    [-1, 'Online Decline', 'declined'],
    [11, 'Payment is cancelled', 'cancelled-on-device'],
    [9, 'POS is Busy', 'device-busy'],
    [1, 'Missing Info', 'declined'],
    [2, 'Invalid E-Invoice Customer', 'declined'],
    [3, 'E-Invoice Integrator Error', 'declined'],
    [6, 'Onboarding error', 'declined'],
    [7, 'Invalid E-invoice Id', 'declined'],
    [8, 'Missing Customer Info', 'declined'],
    [10, 'Payment Plan Error', 'declined'],
    [12, 'Unknown E-Invoice Integrator', 'declined'],
    [13, 'Integrator Response Parsing Error', 'declined'],
    [4, 'Network Error', null],
    [42, 'something new', null],
  ] as const)('status %i (%s) → %s', (status, message, outcome) => {
    expect(outcomeOfSale(sale(status, message))).toBe(outcome);
  });

  it('finds a bank code on the payment item when the message only says CANCELLED', () => {
    expect(outcomeOfSale(sale(-1, 'CANCELLED', 5005))).toBe('declined');
    expect(outcomeOfSale(sale(-1, 'CANCELLED', -1))).toBe('cancelled-on-device');
  });

  it('keeps reading after status 4 and counts it as an unsettled read', () => {
    const state = run([sending, { kind: 'send-accepted' }, completed(sale(4, 'Network Error'))]);
    expect(state).toMatchObject({ state: 'unknown', unsettledReads: 1, communicationError: expect.stringContaining('status 4') });
    expect(run([completed(sale(0))], state).state).toBe('paid');
  });
});

describe('refusals are hints a read confirms', () => {
  it('sends draft → sending → on-device → paid on answers and reads', () => {
    const onDevice = run([sending, { kind: 'send-accepted' }, read({ kind: 'open', lockedBy: 'AV0000000001' })]);
    expect(onDevice).toMatchObject({ state: 'on-device', lockedBy: 'AV0000000001', seen: true });
    expect(run([completed(sale(0))], onDevice)).toMatchObject({ state: 'paid' });
  });

  it.each(['1100', '1104', '9'])('a busy refusal (%s) ends as device-busy only once a read finds no basket', (code) => {
    const hinted = run([sending, refused(code)]);
    expect(hinted).toMatchObject({ state: 'unknown', rejection: { code } });
    expect(run([absent], hinted).state).toBe('device-busy');
    expect(run([openBasket], hinted)).toMatchObject({ state: 'on-device', rejection: null });
  });

  it.each(['1013', '1103', '1101', '1106', '6', '0007', '403'])('a refusal (%s) ends as rejected only once a read finds no basket', (code) => {
    const hinted = run([sending, refused(code, code === '403' ? 403 : 400)]);
    expect(hinted.state).toBe('unknown');
    expect(run([absent], hinted).state).toBe('rejected');
    expect(run([completed(sale(0))], hinted).state).toBe('paid');
  });

  it.each(['1003', '1010', '1011', '1012', '1005', '1014', '1018', '1102', '1105', '429', '401'])(
    'an inconclusive refusal (%s) is never concluded from an absent read',
    (code) => {
      const hinted = run([sending, refused(code, code === '401' ? 401 : 400)]);
      expect(hinted).toMatchObject({ state: 'unknown', rejection: null, communicationError: expect.stringContaining(code) });
      expect(run([absent], hinted).state).toBe('unknown');
    },
  );

  it('reads a duplicate (1007) as "it is there": absent afterwards means deleted, never a re-post loop', () => {
    const hinted = run([sending, refused('1007')]);
    expect(hinted).toMatchObject({ state: 'unknown', seen: true });
    expect(run([absent], hinted).state).toBe('deleted');
  });

  it('needs no read for a basket this app refused before sending it', () => {
    const rejection = { code: 'invalid-request', description: 'items.0.price', httpStatus: 0 };
    expect(run([sending, { kind: 'send-invalid', rejection }]).state).toBe('rejected');
  });

  it('turns no answer into unknown, never into a failure, and counts reads for escalation', () => {
    const state = run([sending, { kind: 'no-answer', reason: 'timeout' }, { kind: 'no-answer', reason: 'HTTP 503' }]);
    expect(state).toMatchObject({ state: 'unknown', communicationError: 'HTTP 503', unsettledReads: 2 });
    expect(canForce(state)).toBe(true);
    expect(run([absent], state)).toMatchObject({ unsettledReads: 0, communicationError: null });
  });

  it('writes no transition for another failed read', () => {
    const once = run([sending, { kind: 'no-answer', reason: 'timeout' }]);
    const twice = advance(once, { kind: 'no-answer', reason: 'HTTP 500' }).next;
    expect(isBookkeeping(once, twice)).toBe(true);
    expect(isBookkeeping(once, run([absent], once))).toBe(true);
    expect(isBookkeeping(once, run([openBasket], once))).toBe(false);
  });
});

describe('final is final, except towards the device', () => {
  const nonPaidFinals = [...FINAL_STATES].filter((state) => state !== 'paid' && state !== 'receipt-voided');

  it.each(nonPaidFinals)('a payment read after %s moves the basket to paid with an alert', (state) => {
    const after = run([completed(sale(0))], at(state));
    expect(after).toMatchObject({ state: 'paid', alert: { kind: 'paid-after-final', previous: state, at: AT, acknowledgedBy: null } });
  });

  it('a voided receipt moves paid on quietly, and anything else loudly; a paid read never undoes a void', () => {
    expect(run([completed(sale(99, 'CANCELLED'))], at('paid'))).toMatchObject({ state: 'receipt-voided', alert: null });
    expect(run([completed(sale(99, 'CANCELLED'))], at('declined'))).toMatchObject({ state: 'receipt-voided', alert: { kind: 'voided-after-final' } });
    expect(run([completed(sale(0))], at('receipt-voided')).state).toBe('receipt-voided');
  });

  it.each(nonPaidFinals)('other late reports change nothing after %s', (state) => {
    const before = at(state);
    expect(advance(before, completed(sale(-1, 'CANCELLED'))).changed).toBe(false);
    expect(advance(before, completed(sale(4, 'Network Error'))).changed).toBe(false);
    expect(advance(before, absent).changed).toBe(false);
    expect(advance(before, { kind: 'send-accepted' }).changed).toBe(false);
  });

  it('lets the device overrule an outcome a manager recorded, loudly when they differ', () => {
    const forced = run([sending, { kind: 'no-answer', reason: 'timeout' }, { kind: 'forced', outcome: 'paid' }]);
    expect(forced).toMatchObject({ state: 'paid', forced: true });
    expect(run([completed(sale(0))], forced)).toMatchObject({ state: 'paid', forced: false, alert: null });
    expect(run([completed(sale(-1, 'CANCELLED'))], forced)).toMatchObject({
      state: 'cancelled-on-device',
      forced: false,
      alert: { kind: 'forced-overruled', previous: 'paid' },
    });
  });

  it('lets a manager force only when TokenX could not tell, or after an escalation', () => {
    expect(canForce(at('on-device'))).toBe(false);
    expect(canForce(at('on-device', { escalated: true }))).toBe(true);
    expect(canForce(at('paid'))).toBe(false);
  });

  it('holds an old, never-seen basket for the cashier, who sends it again or drops it', () => {
    const unseen = run([sending, { kind: 'no-answer', reason: 'timeout' }, absent]);
    const held = run([{ kind: 'held-for-decision' }], unseen);
    expect(held.state).toBe('awaiting-decision');
    expect(run([{ kind: 'decided', decision: 'resend' }], held).state).toBe('draft');
    expect(run([{ kind: 'decided', decision: 'drop' }], held)).toMatchObject({ state: 'dropped' });
    expect(run([openBasket], held).state).toBe('on-device');
    expect(run([{ kind: 'held-for-decision' }], at('unknown')).state).toBe('unknown');
  });
});

describe('the status catalog tells the cashier what the app really does', () => {
  it('advises "keep checking" for the refusals of a create the app keeps reading after, "act on the device" for a busy one', () => {
    // 1018 answers an update or a delete only (reference §2.6, §2.10): its advice is about the cancel.
    for (const [code, entry] of STATUS_CATALOG) {
      if (!/^\d{4}$/u.test(code) || Number(code) < 1000 || Number(code) >= 5000 || code === '1018') continue;
      const refusal = classifyRefusal(code, 400);
      if (refusal === 'inconclusive' || refusal === 'duplicate') expect([code, entry.action]).toEqual([code, expect.stringMatching(/^(check|wait)$/u)]);
      if (refusal === 'busy') expect([code, entry.action]).toEqual([code, 'device']);
    }
  });

  it('has an entry for every state', () => {
    expect(CHECKOUT_STATES.length).toBe(13);
  });
});
