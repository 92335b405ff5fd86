import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp';
import { FakeTokenx, NO_FAULTS } from './fakeTokenx';
import type { Harness } from './serviceHarness';
import { buildService, context, eventually, sampleBasket } from './serviceHarness';

let harness: Harness | null = null;
afterEach(() => {
  harness?.close();
  harness = null;
});

/** A poll interval no test outlasts, for tests about what the webhook alone does. */
const WEBHOOK_ONLY = { initialMs: 600_000, maxMs: 600_000, factor: 1 };

async function ready(fake: FakeTokenx, pollPolicy?: typeof WEBHOOK_ONLY) {
  harness = buildService(tempDir(), pollPolicy);
  fake.webhook = (payload) => harness?.service.handleWebhook(payload);
  await harness.service.activate(context(fake));
  return harness;
}

const stateOf = (h: Harness, id: string) => h.journal.get('simulator', id);

describe('checkout service', () => {
  it('journals before sending, lands on the device and takes the outcome from the webhook', async () => {
    const fake = new FakeTokenx();
    // Polling would race the webhook (first wins, by design); here the webhook must be the one.
    const h = await ready(fake, WEBHOOK_ONLY);
    const sent = await h.service.send({ basket: sampleBasket() });
    expect(sent).toMatchObject({ state: 'on-device', totalKurus: 3000, checkNumber: 1 });
    expect(fake.baskets.get(sent.basketId)?.basket).toMatchObject({ basketID: sent.basketId, checkNumber: 1 });

    fake.lock(sent.basketId);
    fake.finish(sent.basketId, 'paid');
    const paid = await eventually(() => stateOf(h, sent.basketId)?.final && stateOf(h, sent.basketId), 'paid');
    expect(paid).toMatchObject({ state: 'paid', sale: { receiptNo: 1, zNo: 1 } });
    expect(h.journal.transitions(sent.basketId).map((t) => [t.from, t.to, t.cause])).toEqual([
      [null, 'draft', 'journaled'],
      ['draft', 'sending', 'send:started'],
      ['sending', 'on-device', 'send:send-accepted'],
      ['on-device', 'on-device', 'webhook:BASKET_LOCKED'],
      ['on-device', 'paid', 'webhook:BASKET_COMPLETED'],
    ]);
    expect(h.changes.at(-1)).toMatchObject({ basketId: sent.basketId, state: 'paid' });
  });

  it('finds the outcome by polling when no webhook comes', async () => {
    const fake = new FakeTokenx();
    const h = await ready(fake);
    fake.webhook = null;
    const sent = await h.service.send({ basket: sampleBasket() });
    fake.finish(sent.basketId, 'declined');
    const done = await eventually(() => stateOf(h, sent.basketId)?.final && stateOf(h, sent.basketId), 'declined');
    expect(done.state).toBe('declined');
    expect(h.journal.transitions(sent.basketId).at(-1)?.cause).toBe('poll');
  });

  it('turns a lost answer into unknown, then finds the one basket by reading it', async () => {
    const fake = new FakeTokenx();
    const h = await ready(fake);
    fake.faults = { ...NO_FAULTS, loseAnswer: 1 };
    const sent = await h.service.send({ basket: sampleBasket() });
    expect(sent).toMatchObject({ state: 'unknown', communicationError: expect.stringContaining('lost') });
    fake.faults = NO_FAULTS;
    await eventually(() => stateOf(h, sent.basketId)?.state === 'on-device', 'on device');
    expect(fake.createCalls.get(sent.basketId)).toBe(1);
  });

  it('sends again under the same id when the first try never arrived, and a duplicate answer means "query it"', async () => {
    const fake = new FakeTokenx();
    const h = await ready(fake);
    fake.faults = { ...NO_FAULTS, neverArrives: 1 };
    const sent = await h.service.send({ basket: sampleBasket() });
    expect(sent.state).toBe('unknown');
    fake.faults = NO_FAULTS;
    await eventually(() => stateOf(h, sent.basketId)?.state === 'on-device', 'on device');
    expect(fake.createCalls.get(sent.basketId)).toBeGreaterThanOrEqual(2);
    expect(fake.baskets.size).toBe(1);
  });

  it('reports a busy terminal as device-busy and a refused basket as rejected', async () => {
    const fake = new FakeTokenx();
    const h = await ready(fake);
    await h.service.send({ basket: sampleBasket() });
    const second = await h.service.send({ basket: sampleBasket() });
    expect(second).toMatchObject({ state: 'device-busy', final: true, rejection: { code: '1100' } });
  });

  it('cancels before payment by deleting, confirmed by the next read; a locked basket is not cancelled', async () => {
    const fake = new FakeTokenx();
    const h = await ready(fake);
    const first = await h.service.send({ basket: sampleBasket() });
    const cancelled = await h.service.cancel(first.basketId);
    expect(cancelled).toMatchObject({ state: 'deleted', cancelRequested: true });
    expect(h.journal.transitions(first.basketId).at(-1)?.cause).toBe('cancel-confirm');

    const second = await h.service.send({ basket: sampleBasket() });
    fake.lock(second.basketId);
    await expect(h.service.cancel(second.basketId)).rejects.toMatchObject({ appError: { code: 'checkout.cancel-refused' } });
    fake.finish(second.basketId, 'paid');
    await eventually(() => stateOf(h, second.basketId)?.state === 'paid', 'paid after refused cancel');
  });

  it('lets a manager force an outcome only after a communication error, with an approval and an audit entry', async () => {
    const fake = new FakeTokenx();
    const h = await ready(fake);
    const known = await h.service.send({ basket: sampleBasket() });
    const token = h.approvals.grant('t1', 'force-outcome');
    expect(() => h.service.forceOutcome({ basketId: known.basketId, outcome: 'paid', approvalToken: token, note: 'customer paid' })).toThrow(
      expect.objectContaining({ appError: expect.objectContaining({ code: 'checkout.force-not-allowed' }) }),
    );
    await h.service.cancel(known.basketId);

    fake.faults = { ...NO_FAULTS, neverArrives: 1 };
    const lost = await h.service.send({ basket: sampleBasket() });
    expect(lost.state).toBe('unknown');
    expect(() => h.service.forceOutcome({ basketId: lost.basketId, outcome: 'paid', approvalToken: 'nope', note: 'x y z' })).toThrow(
      expect.objectContaining({ appError: expect.objectContaining({ code: 'auth.approval-invalid' }) }),
    );
    const forced = h.service.forceOutcome({ basketId: lost.basketId, outcome: 'paid', approvalToken: token, note: 'receipt seen' });
    expect(forced).toMatchObject({ state: 'paid', forced: true });
    expect(h.audit).toEqual([
      expect.objectContaining({ action: 'checkout.force-outcome', approverId: 'u-manager', subject: lost.basketId, amountKurus: 3000, outcome: 'paid' }),
    ]);
  });

  it('unlocks and deletes a device basket for a manager, audited', async () => {
    const fake = new FakeTokenx();
    const h = await ready(fake);
    const sent = await h.service.send({ basket: sampleBasket() });
    fake.lock(sent.basketId);
    expect((await h.service.openBaskets()).map((b) => [b.basketID, b.ours, b.isLocked])).toEqual([[sent.basketId, true, true]]);
    await h.service.unlockDeviceBasket({ basketId: sent.basketId, branchId: 'b1', approvalToken: h.approvals.grant('u', 'device-basket-unlock') });
    await h.service.deleteDeviceBasket({ basketId: sent.basketId, approvalToken: h.approvals.grant('d', 'device-basket-delete') });
    expect(stateOf(h, sent.basketId)?.state).toBe('deleted');
    expect(h.audit.map((a) => [a.action, a.outcome])).toEqual([
      ['checkout.device-basket-unlock', 'ok'],
      ['checkout.device-basket-delete', 'ok'],
    ]);
    await expect(
      h.service.deleteDeviceBasket({ basketId: sent.basketId, approvalToken: h.approvals.grant('u2', 'device-basket-unlock') }),
    ).rejects.toMatchObject({ appError: { code: 'auth.approval-invalid' } });
  });

  it('reconciles unfinished baskets at start-up before selling, from the same journal file', async () => {
    const dir = tempDir();
    const fake = new FakeTokenx();
    const first = buildService(dir);
    await first.service.activate(context(fake));
    fake.faults = { ...NO_FAULTS, loseAnswer: 1 };
    const unknown = await first.service.send({ basket: sampleBasket() });
    fake.faults = NO_FAULTS;
    first.close();
    fake.finish(unknown.basketId, 'paid');

    harness = buildService(dir);
    const pending = harness.service.activate(context(fake));
    expect(harness.service.recoveryStatus()).toMatchObject({ phase: 'recovering', found: 1 });
    await expect(harness.service.send({ basket: sampleBasket() })).rejects.toMatchObject({ appError: { code: 'checkout.recovering' } });
    expect(await pending).toEqual({ phase: 'ready', found: 1, known: 1, unresolved: 0 });
    expect(stateOf(harness, unknown.basketId)?.state).toBe('paid');
    expect(harness.recovery.at(-1)?.phase).toBe('ready');
  });

  it('keeps environments apart: another account does not see or recover simulator baskets', async () => {
    const fake = new FakeTokenx();
    const h = await ready(fake);
    const sent = await h.service.send({ basket: sampleBasket() });
    await h.service.activate(context(new FakeTokenx(), 'live:client-1'));
    expect(h.service.list({ unfinishedOnly: false, limit: 10 })).toEqual([]);
    expect(h.service.recoveryStatus()).toMatchObject({ phase: 'ready', found: 0 });
    expect(() => h.service.detail(sent.basketId)).toThrow(expect.objectContaining({ appError: expect.objectContaining({ code: 'checkout.not-found' }) }));
  });

  it('learns of a receipt voided after payment by reading again when its webhook is lost, and stops after the window', async () => {
    const dir = tempDir();
    const fake = new FakeTokenx();
    harness = buildService(dir);
    const h = harness;
    await h.service.activate(context(fake));
    const sent = await h.service.send({ basket: sampleBasket() });
    fake.finish(sent.basketId, 'paid');
    await eventually(() => stateOf(h, sent.basketId)?.state === 'paid', 'paid');
    expect(fake.voidReceipt(sent.basketId)).toBe(true);
    const voided = await eventually(() => stateOf(h, sent.basketId)?.state === 'receipt-voided' && stateOf(h, sent.basketId), 'voided');
    expect(voided.sale).toMatchObject({ status: 99 });
    expect(h.journal.transitions(sent.basketId).at(-1)).toMatchObject({ from: 'paid', to: 'receipt-voided', cause: 'void-watch' });

    // Outside the window nothing is read any more: a void then stays with the webhook alone.
    const late = buildService(dir, undefined, { initialMs: 5, maxMs: 5, factor: 1, windowMs: 0 });
    h.close();
    harness = late;
    await late.service.activate(context(fake));
    const second = await late.service.send({ basket: sampleBasket() });
    fake.finish(second.basketId, 'paid');
    await eventually(() => stateOf(late, second.basketId)?.state === 'paid', 'second paid');
    fake.voidReceipt(second.basketId);
    const reads = fake.getCalls;
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(fake.getCalls).toBe(reads);
    expect(stateOf(late, second.basketId)?.state).toBe('paid');
  });

  it('keeps reading paid baskets of the last session after a restart, within the window', async () => {
    const dir = tempDir();
    const fake = new FakeTokenx();
    const first = buildService(dir);
    await first.service.activate(context(fake));
    const sent = await first.service.send({ basket: sampleBasket() });
    fake.finish(sent.basketId, 'paid');
    await eventually(() => first.journal.get('simulator', sent.basketId)?.state === 'paid', 'paid');
    first.close();
    fake.webhook = null;
    fake.voidReceipt(sent.basketId);

    harness = buildService(dir);
    const h = harness;
    await h.service.activate(context(fake));
    await eventually(() => stateOf(h, sent.basketId)?.state === 'receipt-voided', 'voided after restart');
  });
});
