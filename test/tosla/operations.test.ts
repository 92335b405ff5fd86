import { describe, expect, it } from 'vitest';
import { calls } from '../../src/shared/contract';
import { validate } from '../../src/shared/validation';
import { REQUEST_STATUS } from '../../src/shared/tosla/catalog';
import type { DialectName } from '../../src/main/simulators/tosla/dialect';
import { START, SETTLE_MS, serviceFixture } from './serviceFixture';
import { DIALECT_MATRIX } from './toslaFixture';

const DAY = 86_400_000;

async function setup(options: { endOfDay?: string; timeoutMs?: number; dialect: DialectName }) {
  const fixture = await serviceFixture(options);
  const { ledger } = fixture.simulator;
  ledger.addOrder({ orderId: 'TODAY-1', amount: 10_000, createdAt: START - 3_600_000 });
  ledger.addOrder({ orderId: 'OLD-1', amount: 4_550, createdAt: START - 2 * DAY });
  ledger.addOrder({ orderId: 'PRE-1', amount: 7_000, createdAt: START - 2 * DAY, kind: 'pre-auth' });
  return { ...fixture, ...fixture.start(), ledger };
}

const failureOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  return (error as { appError?: { code: string; message: string; messageTr: string } } | null)?.appError;
};

describe.each(DIALECT_MATRIX)('Tosla void/refund service, %s dialect', (dialect) => {
    it('looks up an order and says whether to void or refund', async () => {
      const { service } = await setup({ dialect });
      expect(await service.lookup('TODAY-1')).toMatchObject({
        suggestion: 'void',
        canVoid: true,
        canRefund: true,
        refundableKurus: 10_000,
        businessDate: '2025-03-14',
      });
      expect(await service.lookup('OLD-1')).toMatchObject({ suggestion: 'refund', canVoid: false, refundableKurus: 4_550 });
      const preAuth = await service.lookup('PRE-1');
      expect(preAuth).toMatchObject({ suggestion: 'none', canVoid: false, canRefund: false });
      expect(preAuth.blockedReason?.tr).toMatch(/Ön otorizasyon/u);
      expect(await failureOf(service.lookup('NOPE'))).toMatchObject({ code: 'tosla.order-not-found' });
    });

    it('voids with the approving manager journaled, audited and announced', async () => {
      const { service, approvals, audit, changes, ledger, journal } = await setup({ dialect });
      const op = await service.void({ orderId: 'TODAY-1', approvalToken: approvals.issue('tosla-void'), reason: 'customer cancelled' });
      expect(op).toMatchObject({
        kind: 'void',
        status: 'succeeded',
        amountKurus: 10_000,
        approverId: 'mgr-1',
        approverName: 'Ayşe Yılmaz',
        actorId: 'cashier-7',
        resolvedBy: 'answer',
        responseCode: 0,
      });
      expect(op.transactionId).toMatch(/^2\d{15}$/u);
      expect(ledger.order('TODAY-1')?.original.requestStatus).toBe(REQUEST_STATUS.voided);
      expect(changes.map((c) => c.status)).toEqual(['sending', 'succeeded']);
      expect(audit.entries.map((e) => [e.action, e.outcome, e.approverId, e.subject])).toEqual([
        ['tosla.void', 'sent', 'mgr-1', 'TODAY-1'],
        ['tosla.void', 'succeeded', 'mgr-1', 'TODAY-1'],
      ]);
      expect(journal.list('training', { limit: 10, offset: 0 })).toHaveLength(1);
      expect((await service.lookup('TODAY-1')).suggestion).toBe('none');
    });

    it('refunds partially, then refuses more than is left with a clear TR/EN message', async () => {
      const { service, approvals, ledger } = await setup({ dialect });
      const token = () => approvals.issue('tosla-refund');
      expect((await service.refund({ orderId: 'OLD-1', amountKurus: 1_200, approvalToken: token(), reason: '' })).status).toBe(
        'succeeded',
      );
      const tooMuch = await failureOf(service.refund({ orderId: 'OLD-1', amountKurus: 3_351, approvalToken: token(), reason: '' }));
      expect(tooMuch?.code).toBe('tosla.amount-above-remaining');
      expect(tooMuch?.message).toContain('₺33,50');
      expect(tooMuch?.messageTr).toContain('₺33,50');
      for (const bad of [0, -5, 12.5]) {
        expect((await failureOf(service.refund({ orderId: 'OLD-1', amountKurus: bad, approvalToken: token(), reason: '' })))?.code).toBe(
          'tosla.amount-invalid',
        );
      }
      expect((await service.refund({ orderId: 'OLD-1', amountKurus: 3_350, approvalToken: token(), reason: '' })).status).toBe(
        'succeeded',
      );
      expect(ledger.order('OLD-1')?.original).toMatchObject({ refundedAmount: 4_550, requestStatus: REQUEST_STATUS.fullyRefunded });
      expect((await failureOf(service.refund({ orderId: 'OLD-1', amountKurus: 1, approvalToken: token(), reason: '' })))?.code).toBe(
        'tosla.not-refundable',
      );
    });

    it('does not consume the approval or journal anything when the request is refused before sending', async () => {
      const { service, approvals, journal } = await setup({ dialect });
      const token = approvals.issue('tosla-void');
      expect((await failureOf(service.void({ orderId: 'OLD-1', approvalToken: token, reason: '' })))?.code).toBe(
        'tosla.void-not-possible',
      );
      expect(journal.list('training', { limit: 10, offset: 0 })).toEqual([]);
      expect((await service.void({ orderId: 'TODAY-1', approvalToken: token, reason: '' })).status).toBe('succeeded');
      expect((await failureOf(service.void({ orderId: 'TODAY-1', approvalToken: token, reason: '' })))?.code).toBe(
        'tosla.void-not-possible',
      );
      const wrongAction = approvals.issue('tosla-void');
      expect(
        (await failureOf(service.refund({ orderId: 'OLD-1', amountKurus: 100, approvalToken: wrongAction, reason: '' })))?.code,
      ).toBe('auth.approval-invalid');
      expect(journal.list('training', { limit: 10, offset: 0 })).toHaveLength(1);
    });

    it('records Tosla’s refusal of a void after its end-of-day cut-off', async () => {
      const { service, approvals, ledger } = await setup({ endOfDay: '07:30', dialect });
      const op = await service.void({ orderId: 'TODAY-1', approvalToken: approvals.issue('tosla-void'), reason: '' });
      expect(op).toMatchObject({ status: 'rejected', responseCode: 1, resolvedBy: 'answer' });
      expect(op.responseMessage).toMatch(/Gün sonu/u);
      expect(ledger.order('TODAY-1')?.original.requestStatus).toBe(REQUEST_STATUS.successful);
    });

    it('settles an answer lost after Tosla applied it from the order’s record', async () => {
      const { service, approvals, simulator, changes } = await setup({ dialect });
      simulator.faults.add({ method: 'refund', mode: 'status-500', when: 'after' });
      const op = await service.refund({ orderId: 'OLD-1', amountKurus: 500, approvalToken: approvals.issue('tosla-refund'), reason: '' });
      expect(op).toMatchObject({ status: 'succeeded', resolvedBy: 'inquiry', transactionId: null });
      expect(changes.map((c) => c.status)).toEqual(['sending', 'unknown', 'succeeded']);
    });

    it('sends nothing more for an order while a lost answer is open, and concludes "not applied" only after it settled', async () => {
      const { service, approvals, simulator, clock, ledger } = await setup({ dialect });
      simulator.faults.add({ method: 'refund', mode: 'drop', when: 'before' });
      const op = await service.refund({ orderId: 'OLD-1', amountKurus: 500, approvalToken: approvals.issue('tosla-refund'), reason: '' });
      expect(op.status).toBe('unknown');
      const blocked = await failureOf(
        service.refund({ orderId: 'OLD-1', amountKurus: 500, approvalToken: approvals.issue('tosla-refund'), reason: '' }),
      );
      expect(blocked?.code).toBe('tosla.operation-open');
      expect(blocked?.messageTr).toMatch(/Tekrar sorgula/u);
      expect((await service.lookup('OLD-1')).openOperationId).toBe(op.id);
      clock.advance(SETTLE_MS);
      expect(await service.checkAgain(op.id)).toMatchObject({ status: 'not-applied', resolvedBy: 'inquiry' });
      const retry = await service.refund({ orderId: 'OLD-1', amountKurus: 500, approvalToken: approvals.issue('tosla-refund'), reason: '' });
      expect(retry.status).toBe('succeeded');
      expect(ledger.order('OLD-1')?.original.refundedAmount).toBe(500);
    });

    it('after a restart, reconciles operations left open and keeps environments apart', async () => {
      const fixture = await setup({ timeoutMs: 100, dialect });
      // Still being worked on at Tosla when the till gives up and asks: nothing to see yet.
      fixture.simulator.faults.add({ method: 'void', mode: 'delay', delayMs: 250 });
      const op = await fixture.service.void({ orderId: 'TODAY-1', approvalToken: fixture.approvals.issue('tosla-void'), reason: '' });
      expect(op.status).toBe('unknown');
      await fixture.simulator.settled();
      const restarted = fixture.start();
      fixture.setEnvironment('test');
      expect(restarted.service.operations({ limit: 10, offset: 0 })).toEqual([]);
      expect(await restarted.service.reconcile()).toEqual([]);
      fixture.setEnvironment('training');
      const [resolved] = await restarted.service.reconcile();
      expect(resolved).toMatchObject({ id: op.id, status: 'succeeded', resolvedBy: 'inquiry' });
      expect(restarted.service.operations({ orderId: 'TODAY-1', limit: 10, offset: 0 }).map((o) => o.status)).toEqual(['succeeded']);
    });
});

describe('Tosla contract', () => {
  it('refuses refund amounts that are not whole kuruş, in both languages', () => {
    const result = validate(calls['tosla.refund'].input, { orderId: 'X', amountKurus: 12.5, approvalToken: 't' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure).toEqual({ path: 'amountKurus', message: 'The amount must be whole kuruş.', messageTr: 'Tutar tam kuruş olmalı.' });
    const date = validate(calls['tosla.listByDate'].input, { date: '14.03.2025' });
    expect(date.ok ? null : date.failure.messageTr).toBe('2025-03-14 gibi bir tarih girin.');
  });
});
