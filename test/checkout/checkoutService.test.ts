import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { checkoutMigrations } from '../../src/main/core/checkout/journal';
import { openDatabase } from '../../src/main/core/storage/database';
import { webhookMigrations } from '../../src/main/core/webhook/registration';
import type { TokenxDialect } from '../../src/main/simulators/tokenx/dialect';
import { DIALECT_PROFILES, DOCUMENTED_DIALECT } from '../../src/main/simulators/tokenx/dialect';
import { SIM_BRANCH_ID } from '../../src/main/simulators/tokenx/fixtures';
import type { TokenxSimulator } from '../../src/main/simulators/tokenx/server';
import { startTokenxSimulator } from '../../src/main/simulators/tokenx/server';
import { tempDir } from '../helpers/tmp';
import { eventually, sampleBasket, TERMINAL } from './serviceHarness';
import type { Rig, RigOptions } from './simulatorRig';
import { buildRig, ENVIRONMENT, STALL_MS, startRig } from './simulatorRig';

const EXTENDED: TokenxDialect = { ...DOCUMENTED_DIALECT, saleStatuses: 'extended' };
/** A poll interval no test outlasts, for tests about what the webhook path alone does. */
const WEBHOOK_ONLY = { initialMs: 600_000, maxMs: 600_000, factor: 1 };
const CASHIER = 'u-cashier';

const open: { sims: TokenxSimulator[]; rigs: Rig[]; dbs: DatabaseSync[] } = { sims: [], rigs: [], dbs: [] };
afterEach(async () => {
  for (const rig of open.rigs.splice(0)) await rig.close();
  for (const db of open.dbs.splice(0)) db.close();
  for (const sim of open.sims.splice(0)) await sim.close();
});

async function simulator(dialect: TokenxDialect = DOCUMENTED_DIALECT): Promise<TokenxSimulator> {
  const sim = await startTokenxSimulator({ seed: 11, dialect });
  open.sims.push(sim);
  return sim;
}

/** A till over `dir` (fresh unless given), started against `sim` with the counter terminal. */
async function till(sim: TokenxSimulator, options: Partial<RigOptions> & { dir?: string } = {}): Promise<Rig & { db: DatabaseSync }> {
  const db = openDatabase({ file: join(options.dir ?? tempDir(), 'pos.sqlite'), migrations: [checkoutMigrations, webhookMigrations] });
  open.dbs.push(db);
  const rig = await buildRig(db, sim.baseUrl, { seed: 3, ...options });
  open.rigs.push(rig);
  await startRig(rig, { terminalId: TERMINAL });
  return { ...rig, db };
}

async function closeTill(rig: Rig & { db: DatabaseSync }): Promise<void> {
  await rig.close();
  open.rigs.splice(open.rigs.indexOf(rig), 1);
  rig.db.close();
  open.dbs.splice(open.dbs.indexOf(rig.db), 1);
}

const entryOf = (rig: Rig, id: string) => rig.journal.get(ENVIRONMENT, id);
const causes = (rig: Rig, id: string) => rig.journal.transitions(id).map((t) => `${t.from ?? '∅'}→${t.to} ${t.cause}`);
const send = (rig: Rig, price = 1500) => rig.service.send({ basket: sampleBasket(price), cashierId: CASHIER });

describe('checkout: a claim is not the truth', () => {
  it('takes the outcome from the read a webhook triggers, attributes the sale and logs it for the manager', async () => {
    const sim = await simulator();
    const rig = await till(sim, { poll: WEBHOOK_ONLY });
    const sent = await send(rig);
    expect(sent).toMatchObject({ state: 'on-device', totalKurus: 3000, checkNumber: 10_000_001, cashierId: CASHIER });
    expect(sim.control.basket(sent.basketId)?.basket).toMatchObject({ basketID: sent.basketId, checkNumber: 10_000_001 });

    sim.control.device({ action: 'open', terminalId: TERMINAL, basketId: sent.basketId });
    sim.control.device({ action: 'pay', terminalId: TERMINAL, basketId: sent.basketId });
    const paid = await eventually(() => entryOf(rig, sent.basketId)?.final && entryOf(rig, sent.basketId), 'paid');
    expect(paid).toMatchObject({ state: 'paid', sale: { receiptNo: 1, zNo: 1 } });
    // The deliveries only made the till read; whichever read came first saw the payment.
    expect(causes(rig, sent.basketId).slice(0, 3)).toEqual(['∅→draft journaled', 'draft→sending send:started', 'sending→on-device send:send-accepted']);
    expect(causes(rig, sent.basketId).at(-1)).toMatch(/^on-device→paid webhook:BASKET_(LOCKED|COMPLETED)$/u);
    expect(rig.audit).toContainEqual(
      expect.objectContaining({ action: 'checkout.outcome', actorId: CASHIER, subject: sent.basketId, amountKurus: 3000, outcome: 'paid' }),
    );
  });

  it('leaves a basket TokenX still holds open when a forged "paid" webhook comes with the right auth value', async () => {
    const sim = await simulator();
    const rig = await till(sim, { poll: WEBHOOK_ONLY });
    const sent = await send(rig);
    const status = rig.webhook.status();
    const forged = {
      terminalId: TERMINAL,
      clientId: 'x',
      operation: 'BASKET_COMPLETED',
      operationDate: new Date().toISOString(),
      data: { basketID: sent.basketId, message: 'OK', status: 0, receiptNo: 9, zNo: 9, paymentItems: [{ type: 1, amount: 3000 }] },
    };
    const answer = await request(`http://127.0.0.1:${status.receiver.port}/tokenx/webhook/${TERMINAL}`, {
      method: 'POST',
      headers: { authorization: rig.authorization, 'content-type': 'application/json' },
      body: JSON.stringify(forged),
    });
    expect(answer.statusCode).toBe(200);
    await answer.body.dump();
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Queued behind the read the delivery triggered, which found the basket still open.
    await rig.service.checkAgain(sent.basketId);
    expect(entryOf(rig, sent.basketId)).toMatchObject({ state: 'on-device', sale: null });
    expect(sim.control.basket(sent.basketId)?.sale).toBeNull();
  });

  it('finds the outcome by polling when TokenX sends no webhook at all', async () => {
    const sim = await simulator({ ...DOCUMENTED_DIALECT, webhookAuth: 'none' });
    const rig = await till(sim);
    const sent = await send(rig);
    sim.control.device({ action: 'open', terminalId: TERMINAL, basketId: sent.basketId });
    sim.control.device({ action: 'decline', terminalId: TERMINAL, basketId: sent.basketId, code: 5005 });
    const done = await eventually(() => entryOf(rig, sent.basketId)?.final && entryOf(rig, sent.basketId), 'declined');
    expect(done.state).toBe('declined');
    expect(rig.journal.transitions(sent.basketId).at(-1)?.cause).toBe('poll');
  });

  it('turns a lost answer into unknown, then finds the one basket by reading it', async () => {
    const sim = await simulator();
    const rig = await till(sim);
    sim.control.failNext({ kind: 'drop-after-commit', method: 'POST', path: '/v1/instant-basket' });
    const sent = await send(rig);
    expect(sent.state).toBe('unknown');
    await eventually(() => entryOf(rig, sent.basketId)?.state === 'on-device', 'on device');
    expect(sim.control.snapshot().baskets).toHaveLength(1);
  });

  it('sends a young basket again under the same id when the first try never arrived', async () => {
    const sim = await simulator();
    const rig = await till(sim);
    sim.control.failNext({ kind: 'drop-before', method: 'POST', path: '/v1/instant-basket' });
    const sent = await send(rig);
    expect(sent.state).toBe('unknown');
    await eventually(() => entryOf(rig, sent.basketId)?.state === 'on-device', 'on device');
    expect(causes(rig, sent.basketId)).toContain('unknown→sending poll:resend:started');
    expect(sim.control.snapshot().baskets.map((b) => b.basketID)).toEqual([sent.basketId]);
  });

  it('keeps one basket when a create lands long after the till gave up on it', async () => {
    const sim = await simulator();
    const rig = await till(sim);
    sim.control.setHttpFaults({ rates: {}, stallMs: STALL_MS });
    sim.control.failNext({ kind: 'late-commit', method: 'POST', path: '/v1/instant-basket' });
    const sent = await send(rig);
    expect(sent.state).toBe('unknown');
    await eventually(() => entryOf(rig, sent.basketId)?.state === 'on-device', 'on device');
    await new Promise((resolve) => setTimeout(resolve, STALL_MS + 200));
    expect(sim.control.snapshot().baskets.map((b) => b.basketID)).toEqual([sent.basketId]);
    expect(entryOf(rig, sent.basketId)?.state).toBe('on-device');
  });

  it.each(['first', 'last'] as const)(
    'never reads a refused retry of a create that had committed as a refusal (duplicate checked %s)',
    async (duplicateCheck) => {
      const sim = await simulator({ ...DOCUMENTED_DIALECT, duplicateCheck });
      const rig = await till(sim);
      // TokenX creates the basket but answers 500; the client repeats the create, which is refused.
      sim.control.failNext({ kind: 'http-500-after-commit', method: 'POST', path: '/v1/instant-basket' });
      const sent = await send(rig);
      expect(sent).toMatchObject({ state: 'on-device', final: false });
      expect(causes(rig, sent.basketId)).toContain('unknown→on-device send:confirm-refusal');
      expect(sim.control.snapshot().baskets).toHaveLength(1);
    },
  );

  it('concludes a busy device or a refused basket only after a read confirms the basket is not there', async () => {
    const sim = await simulator();
    const rig = await till(sim);
    sim.control.device({ action: 'busy', terminalId: TERMINAL, busy: true });
    const busy = await send(rig);
    expect(busy).toMatchObject({ state: 'device-busy', final: true, rejection: { code: '9' } });
    expect(causes(rig, busy.basketId).slice(-2)).toEqual(['sending→unknown send:send-refused', 'unknown→device-busy send:confirm-refusal']);
    sim.control.device({ action: 'busy', terminalId: TERMINAL, busy: false });

    const mismatch = await rig.service.send({
      basket: { ...sampleBasket(), paymentItems: [{ type: 1, amount: 1 }] },
      target: { kind: 'branch', branchId: SIM_BRANCH_ID },
      cashierId: CASHIER,
    });
    expect(mismatch).toMatchObject({ state: 'rejected', rejection: { code: '1103' } });
    expect(sim.control.snapshot().baskets).toHaveLength(0);
  });

  it('does not take a proxy’s HTML 404 for TokenX saying the basket is gone', async () => {
    const sim = await simulator();
    const rig = await till(sim, { poll: WEBHOOK_ONLY });
    const sent = await send(rig);
    sim.control.failNext({ kind: 'proxy-404', method: 'GET', path: '/v1/basket/' });
    const after = await rig.service.checkAgain(sent.basketId);
    expect(after).toMatchObject({ state: 'on-device', communicationError: expect.stringContaining('404') });
  });
});

describe('checkout: the whole sale is kept', () => {
  it('journals every field of the sale object, and each payment with its bank and batch and transaction numbers in its own table', async () => {
    const sim = await simulator();
    const rig = await till(sim, { poll: WEBHOOK_ONLY });
    const sent = await send(rig);
    sim.control.device({ action: 'open', terminalId: TERMINAL, basketId: sent.basketId });
    sim.control.device({
      action: 'pay',
      terminalId: TERMINAL,
      basketId: sent.basketId,
      payments: [{ type: 3, amount: 2000, operatorId: 62 }, { type: 1, amount: 1000 }],
    });
    const paid = await eventually(() => entryOf(rig, sent.basketId)?.state === 'paid' && entryOf(rig, sent.basketId), 'paid');
    const device = sim.control.basket(sent.basketId)?.sale;
    const [card, cash] = device?.paymentItems ?? [];
    expect(paid.sale).toEqual({
      status: 0,
      message: 'OK',
      receiptNo: device?.receiptNo,
      zNo: device?.zNo,
      uuid: device?.UUID,
      invoiceId: null,
      documentType: 0,
      paymentCount: 2,
      instanceIdentifier: device?.InstanceIdentifier,
      paymentItems: [
        { type: 3, amount: 2000, description: card?.description, operatorId: 62, status: 0, batchNo: String(card?.BatchNo), txnNo: String(card?.TxnNo), currencyId: 0, taxRate: -1 },
        { type: 1, amount: 1000, description: cash?.description, operatorId: 0, status: 0, batchNo: String(cash?.BatchNo), txnNo: String(cash?.TxnNo), currencyId: 0, taxRate: -1 },
      ],
    });
    expect(paid.sale?.uuid).toMatch(/^[0-9a-f-]{36}$/u);
    // What a day close or a return queries: the entry's columns and one row per payment.
    expect(rig.db.prepare('SELECT receipt_no, z_no, sale_uuid, document_type, payment_count FROM checkout_entries WHERE basket_id = ?').get(sent.basketId)).toEqual({
      receipt_no: device?.receiptNo,
      z_no: device?.zNo,
      sale_uuid: device?.UUID,
      document_type: 0,
      payment_count: 2,
    });
    expect(
      rig.db.prepare('SELECT position, type, amount_kurus, operator_id, batch_no, txn_no FROM checkout_sale_payments WHERE basket_id = ? ORDER BY position').all(sent.basketId),
    ).toEqual([
      { position: 0, type: 3, amount_kurus: 2000, operator_id: 62, batch_no: String(card?.BatchNo), txn_no: String(card?.TxnNo) },
      { position: 1, type: 1, amount_kurus: 1000, operator_id: 0, batch_no: String(cash?.BatchNo), txn_no: String(cash?.TxnNo) },
    ]);
    expect(rig.service.detail(sent.basketId).sale).toEqual(paid.sale);
  });
});

describe('checkout: the device’s truth always wins', () => {
  it('moves a declined basket to paid when the device takes the payment after all, with a loud alert', async () => {
    const sim = await simulator(EXTENDED);
    const rig = await till(sim, { poll: WEBHOOK_ONLY });
    const sent = await send(rig);
    sim.control.device({ action: 'open', terminalId: TERMINAL, basketId: sent.basketId });
    sim.control.device({ action: 'decline', terminalId: TERMINAL, basketId: sent.basketId, code: 5005 });
    await eventually(() => entryOf(rig, sent.basketId)?.state === 'declined', 'declined');
    sim.control.device({ action: 'pay', terminalId: TERMINAL, basketId: sent.basketId });
    const paid = await eventually(() => entryOf(rig, sent.basketId)?.state === 'paid' && entryOf(rig, sent.basketId), 'paid after all');
    expect(paid.alert).toMatchObject({ kind: 'paid-after-final', previous: 'declined', acknowledgedBy: null });
    expect(rig.audit).toContainEqual(expect.objectContaining({ action: 'checkout.device-truth-alert', outcome: 'paid-after-final', subject: sent.basketId }));

    await expect(Promise.resolve().then(() => rig.service.acknowledgeAlert({ basketId: sent.basketId, approvalToken: 'nope', actorId: CASHIER }))).rejects.toMatchObject({
      appError: { code: 'auth.approval-invalid' },
    });
    const seen = rig.service.acknowledgeAlert({ basketId: sent.basketId, approvalToken: rig.approvals.issue('force-outcome'), actorId: CASHIER });
    expect(seen.alert).toMatchObject({ acknowledgedBy: 'mgr-1' });
  });

  it('reads device status 5 (offline invoice) as paid, and 4 (network error) as unsettled until the device reports again', async () => {
    const sim = await simulator(EXTENDED);
    const rig = await till(sim, { poll: WEBHOOK_ONLY });
    const first = await send(rig);
    sim.control.device({ action: 'open', terminalId: TERMINAL, basketId: first.basketId });
    sim.control.device({ action: 'pay-offline-invoice', terminalId: TERMINAL, basketId: first.basketId });
    await eventually(() => entryOf(rig, first.basketId)?.state === 'paid', 'offline invoice is paid');

    const second = await send(rig);
    sim.control.device({ action: 'open', terminalId: TERMINAL, basketId: second.basketId });
    sim.control.device({ action: 'network-error', terminalId: TERMINAL, basketId: second.basketId });
    const unsettled = await eventually(
      () => entryOf(rig, second.basketId)?.sale?.status === 4 && entryOf(rig, second.basketId),
      'network error seen',
    );
    expect(unsettled).toMatchObject({ state: 'unknown', final: false, communicationError: expect.stringContaining('status 4') });
    sim.control.device({ action: 'pay', terminalId: TERMINAL, basketId: second.basketId });
    await eventually(() => entryOf(rig, second.basketId)?.state === 'paid', 'paid after the network error');
    expect(entryOf(rig, second.basketId)?.alert).toBeNull();
  });

  it('cancels by reading first: a basket a device holds is left to the device, and its payment stands', async () => {
    const sim = await simulator();
    const rig = await till(sim, { poll: WEBHOOK_ONLY });
    const first = await send(rig);
    const cancelled = await rig.service.cancel(first.basketId);
    expect(cancelled).toMatchObject({ state: 'deleted', cancelRequested: true });
    expect(causes(rig, first.basketId).slice(-1)).toEqual(['on-device→deleted cancel:confirm']);

    const second = await send(rig);
    sim.control.device({ action: 'open', terminalId: TERMINAL, basketId: second.basketId });
    await expect(rig.service.cancel(second.basketId)).rejects.toMatchObject({ appError: { code: 'checkout.locked-on-device' } });
    expect(sim.control.basket(second.basketId)?.deletedAt).toBeNull();
    sim.control.device({ action: 'pay', terminalId: TERMINAL, basketId: second.basketId });
    await eventually(() => entryOf(rig, second.basketId)?.state === 'paid', 'paid after a refused cancel');
  });

  it('learns of a payment on a basket deleted under the device (a soft-deleted record that keeps its sale)', async () => {
    const sim = await simulator({ ...DOCUMENTED_DIALECT, deleteLocked: 'allowed-keeps-sale', deletedRead: 'soft-record' });
    const rig = await till(sim, { poll: WEBHOOK_ONLY });
    const sent = await send(rig);
    sim.control.device({ action: 'open', terminalId: TERMINAL, basketId: sent.basketId });
    await rig.service.deleteDeviceBasket({ basketId: sent.basketId, approvalToken: rig.approvals.issue('device-basket-delete'), actorId: CASHIER });
    expect(entryOf(rig, sent.basketId)?.state).toBe('deleted');
    sim.control.device({ action: 'pay', terminalId: TERMINAL, basketId: sent.basketId });
    const paid = await eventually(() => entryOf(rig, sent.basketId)?.state === 'paid' && entryOf(rig, sent.basketId), 'paid');
    expect(paid.alert).toMatchObject({ kind: 'paid-after-final', previous: 'deleted' });
  });

  it('deletes again a cancelled basket that a late-landing create brought back, where TokenX reuses deleted ids', async () => {
    const sim = await simulator({ ...DOCUMENTED_DIALECT, deletedIds: 'reusable' });
    const rig = await till(sim, { poll: WEBHOOK_ONLY });
    sim.control.setHttpFaults({ rates: {}, stallMs: STALL_MS });
    sim.control.failNext({ kind: 'late-commit', method: 'POST', path: '/v1/instant-basket' });
    const sent = await send(rig);
    expect(sent.state).toBe('unknown');
    expect((await rig.service.checkAgain(sent.basketId)).state).toBe('on-device');
    expect((await rig.service.cancel(sent.basketId)).state).toBe('deleted');
    // The held create lands now and makes the basket anew.
    await eventually(() => sim.control.basket(sent.basketId)?.deletedAt === null, 'basket back on TokenX');
    await eventually(() => sim.control.basket(sent.basketId)?.deletedAt !== null, 'deleted again by the till');
    expect(entryOf(rig, sent.basketId)?.state).toBe('deleted');
    expect(rig.audit).toContainEqual(expect.objectContaining({ action: 'checkout.reappeared-after-delete', outcome: 'deleted-again' }));
  });

  it('lets a manager force an outcome only when TokenX could not tell, and the device’s report overrules it', async () => {
    const sim = await simulator();
    const rig = await till(sim, { poll: WEBHOOK_ONLY });
    const known = await send(rig);
    const token = rig.approvals.issue('force-outcome');
    expect(() => rig.service.forceOutcome({ basketId: known.basketId, outcome: 'paid', approvalToken: token, note: 'customer paid', actorId: CASHIER })).toThrow(
      expect.objectContaining({ appError: expect.objectContaining({ code: 'checkout.force-not-allowed' }) }),
    );
    await rig.service.cancel(known.basketId);

    sim.control.failNext({ kind: 'drop-after-commit', method: 'POST', path: '/v1/instant-basket' });
    const lost = await send(rig);
    expect(lost.state).toBe('unknown');
    const forced = rig.service.forceOutcome({ basketId: lost.basketId, outcome: 'paid', approvalToken: token, note: 'receipt seen', actorId: CASHIER });
    expect(forced).toMatchObject({ state: 'paid', forced: true });
    expect(rig.audit).toContainEqual(
      expect.objectContaining({ action: 'checkout.force-outcome', actorId: CASHIER, approverId: 'mgr-1', subject: lost.basketId, amountKurus: 3000, outcome: 'paid' }),
    );
    sim.control.device({ action: 'open', terminalId: TERMINAL, basketId: lost.basketId });
    sim.control.device({ action: 'cancel', terminalId: TERMINAL, basketId: lost.basketId });
    const overruled = await eventually(
      () => entryOf(rig, lost.basketId)?.state === 'cancelled-on-device' && entryOf(rig, lost.basketId),
      'device overrules the manager',
    );
    expect(overruled).toMatchObject({ forced: false, alert: { kind: 'forced-overruled', previous: 'paid' } });
  });

  it('learns of a receipt voided after payment by reading again when its webhook is lost', async () => {
    const sim = await simulator({ ...DOCUMENTED_DIALECT, webhookAuth: 'none' });
    const rig = await till(sim);
    const sent = await send(rig);
    sim.control.device({ action: 'open', terminalId: TERMINAL, basketId: sent.basketId });
    sim.control.device({ action: 'pay', terminalId: TERMINAL, basketId: sent.basketId });
    await eventually(() => entryOf(rig, sent.basketId)?.state === 'paid', 'paid');
    sim.control.device({ action: 'void', terminalId: TERMINAL, basketId: sent.basketId });
    const voided = await eventually(() => entryOf(rig, sent.basketId)?.state === 'receipt-voided' && entryOf(rig, sent.basketId), 'voided');
    expect(voided).toMatchObject({ sale: { status: 99 }, alert: null });
    expect(rig.journal.transitions(sent.basketId).at(-1)).toMatchObject({ from: 'paid', to: 'receipt-voided', cause: 'settled-watch' });
  });
});

describe('checkout recovery: never re-sends an old basket on its own, never loops, never blocks on one entry', () => {
  it('asks the cashier about an old basket TokenX never saw, and journals and audits the answer', async () => {
    const sim = await simulator();
    const dir = tempDir();
    const first = await till(sim, { dir, poll: WEBHOOK_ONLY });
    sim.control.failNext({ kind: 'drop-before', method: 'POST', path: '/v1/instant-basket' });
    const keep = await send(first);
    sim.control.failNext({ kind: 'drop-before', method: 'POST', path: '/v1/instant-basket' });
    const drop = await send(first);
    await closeTill(first);
    expect(sim.control.snapshot().baskets).toHaveLength(0);

    // Ten minutes later, the next start.
    const later = await till(sim, { dir, now: () => Date.now() + 10 * 60_000 });
    expect(later.service.recoveryStatus()).toMatchObject({ phase: 'ready', found: 2, awaitingDecision: 2 });
    expect(entryOf(later, keep.basketId)?.state).toBe('awaiting-decision');
    expect(sim.control.snapshot().baskets).toHaveLength(0);

    const resent = await later.service.decide({ basketId: keep.basketId, decision: 'resend', decidedBy: CASHIER });
    expect(resent.state).toBe('on-device');
    const dropped = await later.service.decide({ basketId: drop.basketId, decision: 'drop', decidedBy: CASHIER });
    expect(dropped).toMatchObject({ state: 'dropped', final: true });
    expect(sim.control.snapshot().baskets.map((b) => b.basketID)).toEqual([keep.basketId]);
    expect(later.audit.filter((a) => a.action === 'checkout.recovery-decision').map((a) => [a.subject, a.outcome, a.actorId])).toEqual([
      [keep.basketId, 'resend', CASHIER],
      [drop.basketId, 'drop', CASHIER],
    ]);
  });

  it('settles an unknown basket deleted elsewhere as deleted instead of re-posting it forever', async () => {
    const sim = await simulator();
    const dir = tempDir();
    const first = await till(sim, { dir, poll: WEBHOOK_ONLY });
    sim.control.failNext({ kind: 'drop-after-commit', method: 'POST', path: '/v1/instant-basket' });
    const lost = await send(first);
    expect(lost.state).toBe('unknown');
    // Another till's manager deletes it meanwhile.
    expect(await first.client.deleteBasket(lost.basketId)).toMatchObject({ kind: 'ok' });
    await closeTill(first);

    const next = await till(sim, { dir });
    await eventually(() => entryOf(next, lost.basketId)?.final, 'settled');
    expect(entryOf(next, lost.basketId)).toMatchObject({ state: 'deleted' });
    expect(rowsOf(next, lost.basketId)).toBeLessThan(10);
  });

  it('sets a broken entry aside for a manager and recovers the others; selling resumes', async () => {
    const sim = await simulator();
    const dir = tempDir();
    const first = await till(sim, { dir, poll: WEBHOOK_ONLY });
    const good = await send(first);
    const other = await first.service.send({ basket: sampleBasket(), target: { kind: 'branch', branchId: SIM_BRANCH_ID }, cashierId: CASHIER });
    await closeTill(first);
    sim.control.device({ action: 'open', terminalId: TERMINAL, basketId: good.basketId });
    sim.control.device({ action: 'pay', terminalId: TERMINAL, basketId: good.basketId });
    const db = openDatabase({ file: join(dir, 'pos.sqlite'), migrations: [checkoutMigrations, webhookMigrations] });
    db.prepare("UPDATE checkout_entries SET basket_json = '{not json' WHERE basket_id = ?").run(other.basketId);
    db.close();

    const next = await till(sim, { dir });
    expect(next.service.recoveryStatus()).toMatchObject({ phase: 'ready', found: 2, known: 1, escalated: 1 });
    expect(entryOf(next, good.basketId)?.state).toBe('paid');
    expect(next.audit).toContainEqual(expect.objectContaining({ action: 'checkout.recovery-set-aside', subject: other.basketId }));
    expect((await send(next)).state).toBe('on-device');
  });

  it('escalates a basket TokenX never answers about after a bounded number of reads, without a journal row per read', async () => {
    const sim = await simulator();
    const rig = await till(sim, { followUp: { autoResendWithinMs: 120_000, recoveryReads: 3, escalateAfterReads: 4 } });
    const sent = await send(rig);
    sim.control.setHttpFaults({ rates: { 'http-503': 1 }, stallMs: 100 });
    const escalated = await eventually(() => entryOf(rig, sent.basketId)?.escalated && entryOf(rig, sent.basketId), 'escalated');
    expect(escalated).toMatchObject({ state: 'on-device', final: false, communicationError: expect.stringContaining('503') });
    expect(rig.audit).toContainEqual(expect.objectContaining({ action: 'checkout.escalated', subject: sent.basketId }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(rowsOf(rig, sent.basketId)).toBeLessThanOrEqual(5);
    sim.control.setHttpFaults({ rates: {}, stallMs: 100 });
  });

  it('keeps environments apart: another account does not see or recover training baskets', async () => {
    const sim = await simulator();
    const rig = await till(sim);
    const sent = await send(rig);
    await rig.service.activate({ environment: 'test:1a2b3c4d5e6f', gateway: rig.client, defaultTarget: null });
    expect(rig.service.list({ unfinishedOnly: false, limit: 10 })).toEqual([]);
    expect(rig.service.recoveryStatus()).toMatchObject({ phase: 'ready', found: 0 });
    expect(() => rig.service.detail(sent.basketId)).toThrow(expect.objectContaining({ appError: expect.objectContaining({ code: 'checkout.not-found' }) }));
  });
});

describe('checkout against every dialect profile', () => {
  it.each(Object.keys(DIALECT_PROFILES))('sells, declines and cancels on the device in the %s dialect', async (profile) => {
    const sim = await simulator(DIALECT_PROFILES[profile]);
    const rig = await till(sim);
    const outcomes: string[] = [];
    for (const action of ['pay', 'decline', 'cancel'] as const) {
      const sent = await send(rig);
      sim.control.device({ action: 'open', terminalId: TERMINAL, basketId: sent.basketId });
      if (action === 'decline') sim.control.device({ action, terminalId: TERMINAL, basketId: sent.basketId, code: 5005 });
      else sim.control.device({ action, terminalId: TERMINAL, basketId: sent.basketId });
      const done = await eventually(() => entryOf(rig, sent.basketId)?.final && entryOf(rig, sent.basketId), `${action} settled`);
      outcomes.push(done.state);
    }
    expect(outcomes).toEqual(['paid', 'declined', 'cancelled-on-device']);
  });
});

function rowsOf(rig: Rig, basketId: string): number {
  return rig.journal.transitions(basketId).length;
}
