import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ToslaOperation } from '../../src/shared/tosla/views';
import { isAppFailure } from '../../src/main/core/failure';
import type { FaultInput } from '../../src/main/simulators/tosla/faults';
import { seededRandom } from '../../src/shared/seededRandom';
import { SETTLE_MS, serviceFixture } from './serviceFixture';
import { DIALECT_MATRIX } from './toslaFixture';

const SEED = 0x7051a;
const SCENARIOS = 220;
const DAY = 86_400_000;

type FaultChoice = Omit<FaultInput, 'method'> | null;
const FAULTS: { weight: number; fault: FaultChoice; label: string }[] = [
  { weight: 6, fault: null, label: 'none' },
  { weight: 2, fault: { mode: 'drop', when: 'before' }, label: 'drop before applying' },
  { weight: 3, fault: { mode: 'drop', when: 'after' }, label: 'drop after applying' },
  { weight: 1, fault: { mode: 'status-500', when: 'before' }, label: '500 before applying' },
  { weight: 2, fault: { mode: 'status-500', when: 'after' }, label: '500 after applying' },
  { weight: 1, fault: { mode: 'empty-body', when: 'before' }, label: 'empty body before applying' },
  { weight: 2, fault: { mode: 'empty-body', when: 'after' }, label: 'empty body after applying' },
  { weight: 1, fault: { mode: 'delay', delayMs: 220 }, label: 'delay past the timeout' },
];
const TOTAL_WEIGHT = FAULTS.reduce((sum, f) => sum + f.weight, 0);

/** Failures the service may answer with instead of sending; anything else fails the suite. */
const EXPECTED_REFUSALS = new Set([
  'tosla.amount-above-remaining',
  'tosla.not-refundable',
  'tosla.void-not-possible',
  'tosla.operation-open',
  'tosla.no-answer',
]);

/** Bounds a hang only: each run waits on real sockets and timeouts, far longer on a busy machine. */
const RUN_TIMEOUT_MS = 180_000;

describe.each(DIALECT_MATRIX)('Tosla under the %s dialect', (dialect) => {
  it(`lost answers never turn into a second refund (${SCENARIOS} seeded scenarios)`, async () => {
    const random = seededRandom(SEED);
    const fixture = await serviceFixture({ timeoutMs: 120, dialect });
    const { simulator, clock, approvals } = fixture;
    const { ledger } = simulator;
    let { service, journal } = fixture.start();

    const counts = {
      scenarios: 0,
      attempts: 0,
      sent: 0,
      refusedBeforeSending: 0,
      voids: 0,
      partialRefunds: 0,
      fullRefunds: 0,
      faults: Object.fromEntries(FAULTS.map((f) => [f.label, 0])) as Record<string, number>,
      answersLost: 0,
      stillUnknownAfterFirstCheck: 0,
      restarts: 0,
      crashesBeforeSending: 0,
      outcomes: { succeededByAnswer: 0, succeededByInquiry: 0, rejected: 0, notApplied: 0 },
      doubleRefunds: 0,
      refundsAboveSale: 0,
      outcomeMismatches: 0,
      leftOpen: 0,
    };

    const restart = () => {
      ({ service, journal } = fixture.start());
      counts.restarts += 1;
    };

    /** Waits until nothing is in flight at Tosla and the settle window has passed, then asks until the outcome is known. */
    const settle = async (op: ToslaOperation): Promise<ToslaOperation> => {
      let current = op;
      for (let round = 0; round < 5 && (current.status === 'unknown' || current.status === 'sending'); round += 1) {
        await simulator.settled();
        clock.advance(SETTLE_MS);
        if (random() < 0.4) {
          restart();
          const resolved = await service.reconcile();
          current = resolved.find((r) => r.id === op.id) ?? current;
        } else {
          current = await service.checkAgain(op.id);
        }
      }
      return current;
    };

    for (let scenario = 0; scenario < SCENARIOS; scenario += 1) {
      counts.scenarios += 1;
      const orderId = `LA-${scenario}`;
      const sameDay = random() < 0.5;
      const amount = 500 + Math.floor(random() * 20_000);
      ledger.addOrder({ orderId, amount, createdAt: clock.now() - (sameDay ? 60_000 : 2 * DAY) });
      const steps = 1 + Math.floor(random() * 4);

      for (let step = 0; step < steps; step += 1) {
        const sale = ledger.order(orderId)?.original;
        if (sale === undefined) throw new Error('order vanished');
        const remaining = sale.requestStatus === 2 ? 0 : sale.amount - sale.refundedAmount;
        const roll = random();
        const action =
          sameDay && roll < 0.3
            ? ({ kind: 'void' } as const)
            : roll < 0.55
              ? ({ kind: 'refund', amount: Math.max(1, remaining), label: 'full' } as const)
              : roll < 0.9
                ? ({ kind: 'refund', amount: 1 + Math.floor(random() * Math.max(1, remaining - 1)), label: 'partial' } as const)
                : ({ kind: 'refund', amount: remaining + 1 + Math.floor(random() * 100), label: 'above' } as const);

        // A crash between writing the journal and sending: the row is there, the request never left.
        if (random() < 0.04) {
          counts.crashesBeforeSending += 1;
          const stranded = journal.insert({
            id: randomUUID(),
            environment: 'training',
            orderId,
            kind: 'refund',
            amountKurus: Math.max(1, remaining),
            saleAmountKurus: sale.amount,
            refundedBeforeKurus: sale.refundedAmount,
            approverId: 'mgr-1',
            approverName: 'Ayşe Yılmaz',
            actorId: null,
            reason: 'crash',
            at: clock.now(),
          });
          restart();
          const settled = await settle({ ...stranded, status: 'sending' });
          expect(settled.status).toBe('not-applied');
          counts.outcomes.notApplied += 1;
          continue;
        }

        let threshold = random() * TOTAL_WEIGHT;
        const chosen = FAULTS.find((f) => (threshold -= f.weight) < 0) ?? FAULTS[0];
        if (chosen === undefined) throw new Error('no fault table');
        if (chosen.fault !== null) simulator.faults.add({ ...chosen.fault, method: action.kind });

        counts.attempts += 1;
        let op: ToslaOperation;
        try {
          op =
            action.kind === 'void'
              ? await service.void({ orderId, approvalToken: approvals.issue('tosla-void'), reason: '' })
              : await service.refund({
                  orderId,
                  amountKurus: action.amount,
                  approvalToken: approvals.issue('tosla-refund'),
                  reason: '',
                });
        } catch (error) {
          if (!isAppFailure(error) || !EXPECTED_REFUSALS.has(error.appError.code)) throw error;
          counts.refusedBeforeSending += 1;
          simulator.faults.clear();
          continue;
        }
        simulator.faults.clear();
        counts.sent += 1;
        counts.faults[chosen.label] = (counts.faults[chosen.label] ?? 0) + 1;
        if (action.kind === 'void') counts.voids += 1;
        else if (action.label === 'full') counts.fullRefunds += 1;
        else counts.partialRefunds += 1;

        if (op.status === 'unknown' || op.status === 'sending') counts.stillUnknownAfterFirstCheck += 1;
        const final = await settle(op);
        if (final.resolvedBy === 'inquiry') counts.answersLost += 1;
        if (final.status === 'succeeded' && final.resolvedBy === 'answer') counts.outcomes.succeededByAnswer += 1;
        else if (final.status === 'succeeded') counts.outcomes.succeededByInquiry += 1;
        else if (final.status === 'rejected') counts.outcomes.rejected += 1;
        else if (final.status === 'not-applied') counts.outcomes.notApplied += 1;
      }

      // Compare the journal with what the simulator actually did, operation by operation.
      await simulator.settled();
      const order = ledger.order(orderId);
      if (order === undefined) throw new Error('order vanished');
      const operations = journal.list('training', { orderId, limit: 100, offset: 0 });
      const applied = new Map<string, number>();
      for (const child of order.children) {
        const key = child.echo ?? '(no echo)';
        applied.set(key, (applied.get(key) ?? 0) + 1);
      }
      for (const [echo, times] of applied) {
        if (times > 1 || !operations.some((o) => o.id === echo)) counts.doubleRefunds += 1;
      }
      const refundedAtTosla = order.children.filter((c) => c.transactionType === 5).reduce((sum, c) => sum + c.amount, 0);
      if (order.original.refundedAmount > order.original.amount || refundedAtTosla > order.original.amount) {
        counts.refundsAboveSale += 1;
      }
      for (const op of operations) {
        if (op.status === 'unknown' || op.status === 'sending') counts.leftOpen += 1;
        if ((op.status === 'succeeded') !== applied.has(op.id)) counts.outcomeMismatches += 1;
      }
    }

    console.log(`Tosla lost-answer suite, ${dialect} dialect (seed ${SEED}):\n${JSON.stringify(counts, null, 2)}`);

    expect(counts.doubleRefunds).toBe(0);
    expect(counts.refundsAboveSale).toBe(0);
    expect(counts.outcomeMismatches).toBe(0);
    expect(counts.leftOpen).toBe(0);
    // The run must have exercised what it claims to.
    expect(counts.scenarios).toBeGreaterThanOrEqual(200);
    expect(counts.answersLost).toBeGreaterThanOrEqual(100);
    expect(counts.outcomes.succeededByInquiry).toBeGreaterThan(0);
    expect(counts.outcomes.notApplied).toBeGreaterThan(0);
    expect(counts.restarts).toBeGreaterThan(0);
    expect(counts.voids).toBeGreaterThan(0);
    expect(counts.partialRefunds).toBeGreaterThan(0);
    expect(counts.fullRefunds).toBeGreaterThan(0);
    expect(counts.refusedBeforeSending).toBeGreaterThan(0);
  }, RUN_TIMEOUT_MS);
});
