import { request } from 'undici';
import { describe, expect, it } from 'vitest';
import { REQUEST_STATUS, TRANSACTION_TYPE } from '../../src/shared/tosla/catalog';
import { VENDOR_TEST_CREDENTIALS, requestHash } from '../../src/main/core/tosla/hash';
import { istanbulTimeSpan } from '../../src/main/core/tosla/istanbulTime';
import { ToslaNoAnswer, ToslaRefused } from '../../src/main/core/tosla/toslaErrors';
import { ManualClock, simulatorFixture } from './toslaFixture';

const NOON_ISTANBUL = Date.parse('2025-03-14T12:00:00Z');
const HOUR = 3_600_000;

async function setup(options: { endOfDay?: string } = {}) {
  const clock = new ManualClock(NOON_ISTANBUL);
  const fixture = await simulatorFixture({ clock, seed: false, ...options });
  fixture.simulator.ledger.addOrder({ orderId: 'ORD-1', amount: 4550, createdAt: NOON_ISTANBUL - HOUR });
  return { ...fixture, clock };
}

/** A hand-made request, for what the client itself never sends (no hash, bad stamps, other casings). */
async function raw(baseUrl: string, method: string, body: unknown) {
  const response = await request(`${baseUrl}/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.statusCode, json: (await response.body.json()) as Record<string, unknown> };
}

function signed(clockMs: number, rnd = 'R1') {
  const timeSpan = istanbulTimeSpan(clockMs);
  return {
    ClientId: Number(VENDOR_TEST_CREDENTIALS.clientId),
    ApiUser: VENDOR_TEST_CREDENTIALS.apiUser,
    Rnd: rnd,
    TimeSpan: timeSpan,
    Hash: requestHash(VENDOR_TEST_CREDENTIALS, rnd, timeSpan),
  };
}

describe('Tosla client against the simulator', () => {
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
      createDate: '20250314140000',
      refundedAmount: 0,
      // The test environment's inquiry leaves these out (reference §6.9).
      transactionId: null,
      transactionDate: 0,
    });
  });

  it('inquiry treats the "Code 0 with an empty record" answer as not found', async () => {
    const { client } = await setup();
    expect(await client().inquiry('NO-SUCH-ORDER')).toEqual({ found: false });
  });

  it('void: RequestStatus 2 on the sale and a type 4 record with a new TransactionId', async () => {
    const { client } = await setup();
    const answer = await client().void('ORD-1', 'op-1');
    expect(answer.code).toBe(0);
    expect(answer.bankResponseCode).toBe('00');
    expect(answer.transactionId).toMatch(/^2\d{15}$/u);
    const inquiry = await client().inquiry('ORD-1');
    expect(inquiry.found && inquiry.record.requestStatus).toBe(REQUEST_STATUS.voided);
    const history = await client().history({ date: 20250314, orderId: 'ORD-1', page: 1, pageSize: 10 });
    expect(history.transactions.map((r) => [r.transactionType, r.requestStatus, r.amount])).toEqual([
      [TRANSACTION_TYPE.sale, REQUEST_STATUS.voided, 4550],
      [TRANSACTION_TYPE.void, REQUEST_STATUS.successful, 4550],
    ]);
    expect(history.transactions[1]?.transactionId).toBe(answer.transactionId);
    expect((await client().void('ORD-1')).code).toBe(1);
  });

  it('void is refused once the day is closed, at the configured cut-off', async () => {
    const { client, clock, simulator } = await setup({ endOfDay: '16:00' });
    simulator.ledger.addOrder({ orderId: 'ORD-2', amount: 1000, createdAt: NOON_ISTANBUL - HOUR });
    clock.advance(HOUR); // 16:00 Istanbul: closed
    const refused = await client().void('ORD-1');
    expect(refused.code).toBe(1);
    expect(refused.message).toMatch(/Gün sonu/u);
    expect(refused.transactionId).toBeNull();
    clock.advance(-HOUR - 1_000);
    expect((await client().void('ORD-2')).code).toBe(0);
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

  it('history pages oldest first, Count is every match of the day', async () => {
    const { client, simulator } = await setup();
    for (let i = 0; i < 7; i += 1) {
      simulator.ledger.addOrder({ orderId: `DAY-${i}`, amount: 100 + i, createdAt: NOON_ISTANBUL - (i + 2) * 60_000 });
    }
    simulator.ledger.addOrder({ orderId: 'OTHER-DAY', amount: 1, createdAt: NOON_ISTANBUL - 24 * HOUR });
    const first = await client().history({ date: 20250314, page: 1, pageSize: 3 });
    const third = await client().history({ date: 20250314, page: 3, pageSize: 3 });
    expect(first.count).toBe(8);
    expect(first.transactions.map((r) => r.orderId)).toEqual(['ORD-1', 'DAY-6', 'DAY-5']);
    expect(third.transactions.map((r) => r.orderId)).toEqual(['DAY-1', 'DAY-0']);
    expect(third.transactions[1]?.transactionDate).toBe(20250314);
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

  it('997 for a wrong API password, 202 for an unknown user', async () => {
    const { client } = await setup();
    const wrongPass = client({ credentials: { ...VENDOR_TEST_CREDENTIALS, apiPass: 'nope' } });
    const error = await wrongPass.inquiry('ORD-1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ToslaRefused);
    expect((error as ToslaRefused).appError).toMatchObject({ code: 'tosla.code-997' });
    expect((error as ToslaRefused).appError.messageTr).toMatch(/API şifresini/u);
    expect((await wrongPass.refund('ORD-1', 100)).code).toBe(997);
    const stranger = client({ credentials: { ...VENDOR_TEST_CREDENTIALS, apiUser: 'someone' } });
    await expect(stranger.history({ date: 20250314, page: 1, pageSize: 5 })).rejects.toMatchObject({ toslaCode: 202 });
  });

  it('998 with the vendor text when the clock is over an hour off; a warning well before that', async () => {
    const { client } = await setup();
    const skews: number[] = [];
    const slow = client({ clock: new ManualClock(NOON_ISTANBUL - 3 * HOUR), onClockSkew: (ms) => skews.push(ms) });
    const error = (await slow.inquiry('ORD-1').catch((e: unknown) => e)) as ToslaRefused;
    expect(error.toslaCode).toBe(998);
    expect(error.message).toContain("'Time Span' alanı 60 dakidan büyük olamaz, mevcut dakika fark: 180.");
    const drifting = client({ clock: new ManualClock(NOON_ISTANBUL - 10 * 60_000), onClockSkew: (ms) => skews.push(ms) });
    expect((await drifting.inquiry('ORD-1')).found).toBe(true);
    expect(drifting.clockSkewMs()).toBe(10 * 60_000);
    expect(skews).toEqual([3 * HOUR, 10 * 60_000]);
    const onTime = client({ onClockSkew: (ms) => skews.push(ms) });
    await onTime.inquiry('ORD-1');
    expect(skews).toHaveLength(2);
  });

  it('999 without a hash, 998 for a malformed timeSpan or a bad number, 997 for a replayed hash', async () => {
    const { simulator } = await setup();
    const { Hash: _hash, ...unsigned } = signed(NOON_ISTANBUL);
    expect((await raw(simulator.baseUrl, 'history', { ...unsigned, TransactionDate: 20250314, Page: 1, PageSize: 5 })).json).toEqual({
      Count: 0,
      Transactions: null,
      Code: 999,
      Message: 'Genel Hata',
    });
    const badStamp = await raw(simulator.baseUrl, 'inquiry', { ...signed(NOON_ISTANBUL), TimeSpan: '2025-03-14', OrderId: 'ORD-1' });
    expect(badStamp.json).toEqual({
      Code: 998,
      message: 'Validasyon Hatası',
      ValidationErrors: ["'Time Span' alanı yyyyMMddHHmmss formatında olmalıdır."],
    });
    const badDate = await raw(simulator.baseUrl, 'history', {
      ...signed(NOON_ISTANBUL, 'R2'),
      transactionDate: 20250314094512,
      page: 1,
      pageSize: 5,
    });
    expect(badDate.json.ValidationErrors).toEqual(["Could not convert string to integer: 20250314094512. Path 'transactionDate'."]);
    const once = { ...signed(NOON_ISTANBUL, 'R3'), OrderId: 'ORD-1' };
    expect((await raw(simulator.baseUrl, 'inquiry', once)).json.Code).toBe(0);
    expect((await raw(simulator.baseUrl, 'inquiry', once)).json.Code).toBe(997);
  });

  it('accepts PascalCase or camelCase keys and numbers sent as strings, answering in PascalCase', async () => {
    const { simulator } = await setup();
    const body = { ...signed(NOON_ISTANBUL, 'R4'), OrderId: 'ORD-1', Amount: '125', Echo: 'x', UnknownField: true };
    const answer = await raw(simulator.baseUrl, 'REFUND', body);
    expect(answer.json).toMatchObject({ OrderId: 'ORD-1', BankResponseCode: '00', Code: 0, Message: 'Başarılı' });
    expect(typeof answer.json.TransactionId).toBe('string');
    expect(simulator.ledger.order('ORD-1')?.original.refundedAmount).toBe(125);
    const camel = await raw(simulator.baseUrl, 'refund', {
      clientId: VENDOR_TEST_CREDENTIALS.clientId,
      apiUser: VENDOR_TEST_CREDENTIALS.apiUser,
      rnd: 'R5',
      timeSpan: istanbulTimeSpan(NOON_ISTANBUL),
      hash: requestHash(VENDOR_TEST_CREDENTIALS, 'R5', istanbulTimeSpan(NOON_ISTANBUL)),
      orderId: 'ORD-1',
      amount: 'abc',
    });
    expect(camel.json.ValidationErrors).toEqual(["Could not convert string to integer: abc. Path 'amount'."]);
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
    simulator.faults.add({ method: 'void', mode: 'delay', delayMs: 400 });
    await expect(client({ timeoutMs: 100 }).void('ORD-1')).rejects.toBeInstanceOf(ToslaNoAnswer);
    await simulator.settled();
    expect(simulator.ledger.order('ORD-1')?.original.requestStatus).toBe(REQUEST_STATUS.voided);
    simulator.faults.add({ method: '*', mode: 'delay', delayMs: 20 });
    expect((await client({ timeoutMs: 2_000 }).inquiry('ORD-1')).found).toBe(true);
  });

  it('a wrong base address is an HTTP error, not an unknown outcome', async () => {
    const { simulator, dispatcher } = await setup();
    const { ToslaClient } = await import('../../src/main/core/tosla/toslaClient');
    const wrong = new ToslaClient({
      baseUrl: simulator.baseUrl.replace('/api/Payment', '/api/Nope'),
      credentials: VENDOR_TEST_CREDENTIALS,
      dispatcher,
      clock: simulator.clock,
    });
    await expect(wrong.inquiry('ORD-1')).rejects.toMatchObject({ appError: { code: 'tosla.http-error' } });
  });
});

describe('Tosla control API', () => {
  it('adds orders, plans faults, moves the clock and the end of day over HTTP', async () => {
    const { control, client, simulator } = await setup();
    expect((await control('POST', '/orders', { orderId: 'WEB-1', amount: 999 })).status).toBe(201);
    expect((await control('POST', '/orders', { orderId: 'WEB-1', amount: 999 })).status).toBe(409);
    expect((await control('POST', '/orders', { orderId: 'WEB-2', amount: -1 })).status).toBe(400);
    expect((await control('POST', '/faults', { method: 'inquiry', mode: 'status-500', times: 2 })).body).toMatchObject({
      faults: [{ method: 'inquiry', mode: 'status-500', times: 2 }],
    });
    await expect(client().inquiry('WEB-1')).rejects.toBeInstanceOf(ToslaNoAnswer);
    await expect(client().inquiry('WEB-1')).rejects.toBeInstanceOf(ToslaNoAnswer);
    expect((await client().inquiry('WEB-1')).found).toBe(true);
    await control('POST', '/faults', { mode: 'drop' });
    expect((await control('DELETE', '/faults')).body).toMatchObject({ faults: [] });
    expect((await control('POST', '/end-of-day', { time: '23:30' })).body).toMatchObject({ endOfDay: '23:30' });
    expect((await control('POST', '/clock', { now: '2025-03-15T09:00:00Z' })).body).toMatchObject({
      now: '2025-03-15T09:00:00.000Z',
    });
    expect((await client().void('WEB-1')).code).toBe(1);
    await control('POST', '/clock', { shiftMs: -20 * HOUR });
    expect((await client().void('WEB-1')).code).toBe(0);
    const order = (await control('GET', '/orders/WEB-1')).body as { children: { transactionType: number }[] };
    expect(order.children.map((c) => c.transactionType)).toEqual([4]);
    expect((await control('POST', '/reset', { seed: true })).body).toMatchObject({ orders: 32 });
    expect(simulator.ledger.order('WEB-1')).toBeUndefined();
  });

  it('seeds several days of realistic orders: installments, a pre-auth, a voided and a partly refunded order', async () => {
    const clock = new ManualClock(NOON_ISTANBUL);
    const { client } = await simulatorFixture({ clock });
    const today = await client().history({ date: 20250314, page: 1, pageSize: 100 });
    const earlier = await client().history({ date: 20250311, page: 1, pageSize: 100 });
    expect(earlier.count).toBeGreaterThanOrEqual(8);
    const types = new Set(today.transactions.map((r) => r.transactionType));
    expect([...types].sort()).toEqual([1, 2, 4, 5]);
    expect(today.transactions.some((r) => r.installmentCount === 3)).toBe(true);
    expect(today.transactions.some((r) => r.requestStatus === REQUEST_STATUS.voided)).toBe(true);
    expect(today.transactions.some((r) => r.requestStatus === REQUEST_STATUS.partiallyRefunded)).toBe(true);
    expect(today.transactions.every((r) => r.createDate?.startsWith('20250314') && r.createDate <= '20250314150000')).toBe(true);
  });
});
