import { describe, expect, it } from 'vitest';
import { REQUEST_STATUS, TRANSACTION_TYPE } from '../../src/shared/tosla/catalog';
import { ToslaClient } from '../../src/main/core/tosla/toslaClient';
import { ToslaNoAnswer, ToslaRefused } from '../../src/main/core/tosla/toslaErrors';
import type { DialectName } from '../../src/main/simulators/tosla/dialect';
import { DIALECTS } from '../../src/main/simulators/tosla/dialect';
import { DIALECT_MATRIX, ManualClock, TEST_CREDENTIALS, simulatorFixture } from './toslaFixture';

const NOON_ISTANBUL = Date.parse('2025-03-14T12:00:00Z');
const HOUR = 3_600_000;

/**
 * The client (core/tosla) against the simulator, under every dialect: what the client
 * reads out of each way Tosla may answer must come out the same.
 */
describe.each(DIALECT_MATRIX)('Tosla client against the simulator, %s dialect', (dialect: DialectName) => {
  const rules = DIALECTS[dialect];

  async function setup(options: { endOfDay?: string } = {}) {
    const clock = new ManualClock(NOON_ISTANBUL);
    const fixture = await simulatorFixture({ clock, seed: false, dialect, ...options });
    fixture.simulator.ledger.addOrder({ orderId: 'ORD-1', amount: 4550, createdAt: NOON_ISTANBUL - 26 * HOUR });
    return { ...fixture, clock };
  }

  it('inquiry reads the order record, amounts in kuruş', async () => {
    const { client } = await setup();
    const result = await client().inquiry('ORD-1');
    expect(result.found).toBe(true);
    if (!result.found) return;
    expect(result.record).toMatchObject({
      orderId: 'ORD-1',
      amount: 4550,
      currency: 949,
      requestStatus: REQUEST_STATUS.successful,
      transactionType: TRANSACTION_TYPE.sale,
      createDate: '20250313130000',
      refundedAmount: 0,
    });
    // The test environment's inquiry leaves these out (reference §6.9); production fills them.
    if (rules.inquiryIds === 'zeroed') expect(result.record).toMatchObject({ transactionId: null, transactionDate: 0 });
    else expect(result.record).toMatchObject({ transactionId: expect.stringMatching(/^2\d{15}$/u), transactionDate: 20250313 });
  });

  it('inquiry reads an unknown order as not found, however Tosla says so', async () => {
    const { client } = await setup();
    expect(await client().inquiry('NO-SUCH-ORDER')).toEqual({ found: false });
  });

  it('void: RequestStatus 2 on the sale and a type 4 record with a new TransactionId', async () => {
    const { client, simulator } = await setup();
    simulator.ledger.addOrder({ orderId: 'TODAY-1', amount: 4550, createdAt: NOON_ISTANBUL - HOUR });
    const answer = await client().void('TODAY-1', 'op-1');
    expect(answer.code).toBe(0);
    expect(answer.bankResponseCode).toBe('00');
    expect(answer.transactionId).toMatch(/^2\d{15}$/u);
    const inquiry = await client().inquiry('TODAY-1');
    expect(inquiry.found && inquiry.record.requestStatus).toBe(REQUEST_STATUS.voided);
    const history = await client().history({ date: 20250314, orderId: 'TODAY-1', page: 1, pageSize: 10 });
    expect(history.transactions.map((r) => [r.transactionType, r.requestStatus, r.amount])).toEqual([
      [TRANSACTION_TYPE.sale, REQUEST_STATUS.voided, 4550],
      [TRANSACTION_TYPE.void, REQUEST_STATUS.successful, 4550],
    ]);
    expect(history.transactions[1]?.transactionId).toBe(answer.transactionId);
    expect((await client().void('TODAY-1')).code).toBe(1);
  });

  it('void is refused once the day is closed, at the configured cut-off', async () => {
    const { client, clock, simulator } = await setup({ endOfDay: '16:00' });
    simulator.ledger.addOrder({ orderId: 'TODAY-1', amount: 1000, createdAt: NOON_ISTANBUL - HOUR });
    simulator.ledger.addOrder({ orderId: 'TODAY-2', amount: 1000, createdAt: NOON_ISTANBUL - HOUR });
    clock.advance(HOUR); // 16:00 Istanbul: closed
    const refused = await client().void('TODAY-1');
    expect(refused.code).toBe(1);
    expect(refused.message).toMatch(/Gün sonu/u);
    expect(refused.transactionId).toBeNull();
    clock.advance(-HOUR - 1_000);
    expect((await client().void('TODAY-2')).code).toBe(0);
  });

  it('refund: partial → 3 with RefundedAmount, the rest → 4, type 5 records; 103, 104 and 101', async () => {
    const { client } = await setup();
    expect((await client().refund('ORD-1', 5000)).code).toBe(103);
    const partial = await client().refund('ORD-1', 1200);
    expect(partial.code).toBe(0);
    let inquiry = await client().inquiry('ORD-1');
    expect(inquiry.found && [inquiry.record.requestStatus, inquiry.record.refundedAmount]).toEqual([3, 1200]);
    expect((await client().refund('ORD-1', 3351)).code).toBe(104);
    expect((await client().refund('ORD-1', 3350)).code).toBe(0);
    inquiry = await client().inquiry('ORD-1');
    expect(inquiry.found && [inquiry.record.requestStatus, inquiry.record.refundedAmount]).toEqual([4, 4550]);
    const history = await client().history({ date: 20250314, orderId: 'ORD-1', page: 1, pageSize: 10 });
    expect(history.transactions.filter((r) => r.transactionType === TRANSACTION_TYPE.refund).map((r) => r.amount)).toEqual([
      1200, 3350,
    ]);
    const unknown = await client().refund('NOPE', 100);
    expect([unknown.code, unknown.orderId, unknown.transactionId]).toEqual([101, 'NOPE', null]);
  });

  it('a refund on the sale’s own day is taken or refused (Code 1) as the dialect says', async () => {
    const { client, simulator } = await setup();
    simulator.ledger.addOrder({ orderId: 'TODAY-1', amount: 1000, createdAt: NOON_ISTANBUL - HOUR });
    const answer = await client().refund('TODAY-1', 100);
    expect(answer.code).toBe(rules.sameDayRefund === 'allowed' ? 0 : 1);
    expect(simulator.ledger.order('TODAY-1')?.original.refundedAmount).toBe(rules.sameDayRefund === 'allowed' ? 100 : 0);
  });

  it('history pages oldest first, Count is every match of the day', async () => {
    const { client, simulator } = await setup();
    for (let i = 0; i < 7; i += 1) {
      simulator.ledger.addOrder({ orderId: `DAY-${i}`, amount: 100 + i, createdAt: NOON_ISTANBUL - (i + 2) * 60_000 });
    }
    simulator.ledger.addOrder({ orderId: 'OTHER-DAY', amount: 1, createdAt: NOON_ISTANBUL - 24 * HOUR });
    const first = await client().history({ date: 20250314, page: 1, pageSize: 3 });
    const third = await client().history({ date: 20250314, page: 3, pageSize: 3 });
    expect(first.count).toBe(7);
    expect(first.transactions.map((r) => r.orderId)).toEqual(['DAY-6', 'DAY-5', 'DAY-4']);
    expect(third.transactions.map((r) => r.orderId)).toEqual(['DAY-0']);
    expect(third.transactions[0]?.transactionDate).toBe(20250314);
    expect((await client().history({ date: 20250320, page: 1, pageSize: 3 })).count).toBe(0);
  });

  it('BIN info and installment options', async () => {
    const { client } = await setup();
    const bin = await client().commissionAndInstallmentInfo(407814);
    expect(bin).toMatchObject({ bankCode: 'ZiraatBankası', cardType: 'Visa', country: 'TR' });
    expect(bin.installments[0]).toEqual({ count: 2, ratePercent: 2.99, constant: 2 });
    expect(bin.installments).toHaveLength(11);
    const options = await client().installmentOptions(10_000);
    expect(options[0]).toEqual({ installment: 1, title: 'Tek Çekim', amountKurus: 10_000, currency: 949 });
    expect(options[2]?.amountKurus).toBe(10_399);
    await expect(client().commissionAndInstallmentInfo(111111)).rejects.toMatchObject({ toslaCode: 101 });
  });

  it('997 for a wrong API password, 202 for an unknown user, 200 for an unknown client id; each says to check settings', async () => {
    const { client } = await setup();
    const wrongPass = client({ credentials: { ...TEST_CREDENTIALS, apiPass: 'nope' } });
    const error = await wrongPass.inquiry('ORD-1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ToslaRefused);
    expect((error as ToslaRefused).appError).toMatchObject({ code: 'tosla.code-997' });
    expect((error as ToslaRefused).appError.messageTr).toMatch(/API şifresini/u);
    expect((await wrongPass.refund('ORD-1', 100)).code).toBe(997);
    const stranger = client({ credentials: { ...TEST_CREDENTIALS, apiUser: 'someone' } });
    await expect(stranger.history({ date: 20250314, page: 1, pageSize: 5 })).rejects.toMatchObject({ toslaCode: 202 });
    const otherMerchant = client({ credentials: { ...TEST_CREDENTIALS, clientId: '1000000495' } });
    const unknownClient = (await otherMerchant.inquiry('ORD-1').catch((e: unknown) => e)) as ToslaRefused;
    expect(unknownClient.toslaCode).toBe(200);
    expect(unknownClient.appError.messageTr).toMatch(/müşteri numarası/u);
  });

  it('a clock over an hour off is refused (998 or 997, as the dialect says) and the message points at the clock', async () => {
    const { client } = await setup();
    const skews: number[] = [];
    const slow = client({ clock: new ManualClock(NOON_ISTANBUL - 3 * HOUR), onClockSkew: (ms) => skews.push(ms) });
    const error = (await slow.inquiry('ORD-1').catch((e: unknown) => e)) as ToslaRefused;
    expect(error.toslaCode).toBe(Number(rules.staleTimeSpan));
    if (rules.staleTimeSpan === '998') expect(error.message).toContain("'Time Span' alanı 60 dakidan büyük olamaz, mevcut dakika fark: 180.");
    expect(error.appError.messageTr).toMatch(/saatini düzeltin/u);
    const drifting = client({ clock: new ManualClock(NOON_ISTANBUL - 10 * 60_000), onClockSkew: (ms) => skews.push(ms) });
    expect((await drifting.inquiry('ORD-1')).found).toBe(true);
    expect(drifting.clockSkewMs()).toBe(10 * 60_000);
    expect(skews).toEqual([3 * HOUR, 10 * 60_000]);
    const onTime = client({ onClockSkew: (ms) => skews.push(ms) });
    await onTime.inquiry('ORD-1');
    expect(skews).toHaveLength(2);
  });

  it.each([
    ['drop', 'before'],
    ['drop', 'after'],
    ['status-500', 'after'],
    ['empty-body', 'after'],
    ['empty-body', 'before'],
  ] as const)('a %s fault (%s applying) is "no answer", never a refusal', async (mode, when) => {
    const { client, simulator } = await setup();
    simulator.faults.add({ method: 'refund', mode, when });
    const error = await client().refund('ORD-1', 500).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ToslaNoAnswer);
    expect((error as ToslaNoAnswer).appError.code).toBe('tosla.no-answer');
    expect(simulator.ledger.order('ORD-1')?.original.refundedAmount).toBe(when === 'after' ? 500 : 0);
  });

  it('a delay past the timeout is "no answer", and the operation still lands afterwards', async () => {
    const { client, simulator } = await setup();
    simulator.faults.add({ method: 'refund', mode: 'delay', delayMs: 400 });
    await expect(client({ timeoutMs: 100 }).refund('ORD-1', 700)).rejects.toBeInstanceOf(ToslaNoAnswer);
    await simulator.settled();
    expect(simulator.ledger.order('ORD-1')?.original.refundedAmount).toBe(700);
    simulator.faults.add({ method: '*', mode: 'delay', delayMs: 20 });
    expect((await client({ timeoutMs: 2_000 }).inquiry('ORD-1')).found).toBe(true);
  });

  it('a wrong base address is an HTTP error, not an unknown outcome', async () => {
    const { simulator, dispatcher } = await setup();
    const wrong = new ToslaClient({
      baseUrl: simulator.baseUrl.replace('/api/Payment', '/api/Nope'),
      credentials: TEST_CREDENTIALS,
      dispatcher,
      clock: simulator.clock,
    });
    await expect(wrong.inquiry('ORD-1')).rejects.toMatchObject({ appError: { code: 'tosla.http-error' } });
  });
});
