import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { REQUEST_STATUS } from '../../src/shared/tosla/catalog';
import type { DialectChange, DialectName } from '../../src/main/simulators/tosla/dialect';
import { DIALECTS, dialectSchema } from '../../src/main/simulators/tosla/dialect';
import { instantOfTimeSpan, timeSpanAt, transactionDateAt } from '../../src/main/simulators/tosla/gmt3';
import { PUBLISHED_TEST_MERCHANT, merchantHash } from '../../src/main/simulators/tosla/merchantHash';
import { ManualClock, simulatorFixture } from './toslaFixture';

const NOON_ISTANBUL = Date.parse('2025-03-14T12:00:00Z');
const HOUR = 3_600_000;

async function setup(dialect: DialectName | DialectChange = 'reference') {
  const clock = new ManualClock(NOON_ISTANBUL);
  const fixture = await simulatorFixture({ clock, seed: false, dialect });
  fixture.simulator.ledger.addOrder({ orderId: 'ORD-1', amount: 4550, createdAt: NOON_ISTANBUL - HOUR });
  return { ...fixture, clock };
}

/** A hand-made request, for what the client itself never sends (no hash, bad stamps, other casings, other methods). */
async function raw(baseUrl: string, method: string, body: unknown, verb: 'POST' | 'GET' = 'POST') {
  const response = await request(`${baseUrl}/${method}`, {
    method: verb,
    headers: { 'content-type': 'application/json' },
    body: verb === 'GET' ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.body.text();
  const contentType = String(response.headers['content-type'] ?? '');
  return {
    status: response.statusCode,
    headers: response.headers,
    contentType,
    text,
    json: (contentType.includes('json') && text !== '' ? JSON.parse(text) : null) as Record<string, unknown>,
  };
}

/** The credentials of a call, PascalCase as the doc's void/refund/history examples write them. */
function signed(clockMs: number, rnd = 'R1') {
  const timeSpan = timeSpanAt(clockMs);
  return {
    ClientId: Number(PUBLISHED_TEST_MERCHANT.clientId),
    ApiUser: PUBLISHED_TEST_MERCHANT.apiUser,
    Rnd: rnd,
    TimeSpan: timeSpan,
    Hash: merchantHash(PUBLISHED_TEST_MERCHANT, rnd, timeSpan),
  };
}

/** The same, camelCase as real clients send them. */
function signedCamel(clockMs: number, rnd = 'R1') {
  const { ClientId, ApiUser, Rnd, TimeSpan, Hash } = signed(clockMs, rnd);
  return { clientId: String(ClientId), apiUser: ApiUser, rnd: Rnd, timeSpan: TimeSpan, hash: Hash };
}

describe("the simulator's GMT+3 clock", () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('reads stamps back and refuses impossible ones', () => {
    expect(instantOfTimeSpan('20231209201121')).toBe(Date.parse('2023-12-09T17:11:21Z'));
    for (const bad of ['20231309201121', '20230230101010', '20231209241121', '2023120920112', '2023-12-09T20:11', '']) {
      expect(instantOfTimeSpan(bad)).toBeNull();
    }
  });

  it.each(['America/Los_Angeles', 'UTC', 'Asia/Tokyo'])('ignores the host zone (%s)', (zone) => {
    process.env.TZ = zone;
    expect(timeSpanAt(Date.parse('2024-06-30T22:15:07Z'))).toBe('20240701011507');
    expect(transactionDateAt(Date.parse('2024-06-30T20:59:59Z'))).toBe(20240630);
  });
});

describe('dialects', () => {
  it('the named dialects use every variant of every dimension', () => {
    for (const [dimension, schema] of Object.entries(dialectSchema.shape)) {
      const used = new Set(Object.values(DIALECTS).map((dialect) => dialect[dimension as keyof typeof dialect]));
      expect([...used].sort(), dimension).toEqual([...schema.options].sort());
    }
  });

  it('camelCase answers with numbers as strings; exact request keys refuse PascalCase', async () => {
    const { simulator } = await setup('camel-strings');
    const answer = await raw(simulator.baseUrl, 'inquiry', { ...signedCamel(NOON_ISTANBUL), orderId: 'ORD-1' });
    expect(answer.json).toMatchObject({ transactionType: '1', orderId: 'ORD-1', amount: '4550', code: '0', message: '' });
    const pascal = await raw(simulator.baseUrl, 'inquiry', { ...signed(NOON_ISTANBUL, 'R2'), OrderId: 'ORD-1' });
    expect(pascal.json).toMatchObject({ code: '998', message: 'Validasyon Hatası' });
    expect(pascal.json.validationErrors).toContain("An undefined token is not a valid System.Int64. Path 'clientId'.");
  });

  it('vendor-doc: inquiry wraps the records, CreateDate in 23 characters, 101 for an unknown order, TransactionId a number, 997 for a stale stamp', async () => {
    const { simulator } = await setup('vendor-doc');
    simulator.ledger.refund('ORD-1', 100, 'e', { sameDay: 'allowed' });
    const inquiry = await raw(simulator.baseUrl, 'inquiry', { ...signedCamel(NOON_ISTANBUL), orderId: 'ORD-1' });
    expect(inquiry.json).toMatchObject({ Count: 2, Code: 0, Message: 'Başarılı' });
    const records = inquiry.json.Transactions as { TransactionType: number; CreateDate: string }[];
    expect(records.map((r) => r.TransactionType)).toEqual([1, 5]);
    expect(records[0]?.CreateDate).toBe('2025-03-14 14:00:00.000');
    const unknown = await raw(simulator.baseUrl, 'inquiry', { ...signedCamel(NOON_ISTANBUL, 'R2'), orderId: 'NOPE' });
    expect(unknown.json).toMatchObject({ Code: 101, Message: 'Orjinal Kayıt Bulunamadı', Transactions: null });
    simulator.ledger.addOrder({ orderId: 'ORD-2', amount: 100, createdAt: NOON_ISTANBUL - HOUR });
    const voided = await raw(simulator.baseUrl, 'void', { ...signedCamel(NOON_ISTANBUL, 'R3'), orderId: 'ORD-2' });
    expect(typeof voided.json.TransactionId).toBe('number');
    const stale = await raw(simulator.baseUrl, 'inquiry', { ...signedCamel(NOON_ISTANBUL - 2 * HOUR, 'R4'), orderId: 'ORD-1' });
    expect(stale.json).toMatchObject({ Code: 997, Message: 'Hash Hatası' });
  });

  it('reference: a flat record, Code 0 and an empty record for an unknown order, TransactionId a string', async () => {
    const { simulator } = await setup('reference');
    const unknown = await raw(simulator.baseUrl, 'inquiry', { ...signedCamel(NOON_ISTANBUL), orderId: 'NOPE' });
    expect(unknown.json).toMatchObject({ TransactionType: 0, OrderId: null, Code: 0, Message: '' });
    const voided = await raw(simulator.baseUrl, 'void', { ...signedCamel(NOON_ISTANBUL, 'R2'), orderId: 'ORD-1' });
    expect(voided.json.TransactionId).toMatch(/^2\d{15}$/u);
  });
});

describe('Tosla simulator on the wire', () => {
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
    const base = { ...signed(NOON_ISTANBUL, 'R2'), page: 1, pageSize: 5 };
    const asNumber = await raw(simulator.baseUrl, 'history', { ...base, transactionDate: 20250314094512 });
    expect(asNumber.json.ValidationErrors).toEqual(["JSON integer 20250314094512 is too large or small for an Int32. Path 'transactionDate'."]);
    const asText = await raw(simulator.baseUrl, 'history', { ...base, transactionDate: '20250314094512' });
    expect(asText.json.ValidationErrors).toEqual(["Could not convert string to integer: 20250314094512. Path 'transactionDate'."]);
    const once = { ...signed(NOON_ISTANBUL, 'R3'), OrderId: 'ORD-1' };
    expect((await raw(simulator.baseUrl, 'inquiry', once)).json.Code).toBe(0);
    expect((await raw(simulator.baseUrl, 'inquiry', once)).json).toMatchObject({ Code: 997, Message: 'Hash Hatası' });
  });

  it('accepts PascalCase or camelCase keys and numbers sent as strings, answering in PascalCase', async () => {
    const { simulator } = await setup();
    const body = { ...signed(NOON_ISTANBUL, 'R4'), OrderId: 'ORD-1', Amount: '125', Echo: 'x', UnknownField: true };
    const answer = await raw(simulator.baseUrl, 'REFUND', body);
    expect(answer.json).toMatchObject({ OrderId: 'ORD-1', BankResponseCode: '00', Code: 0, Message: 'Başarılı' });
    expect(typeof answer.json.TransactionId).toBe('string');
    expect(simulator.ledger.order('ORD-1')?.original.refundedAmount).toBe(125);
    const camel = await raw(simulator.baseUrl, 'refund', { ...signedCamel(NOON_ISTANBUL, 'R5'), orderId: 'ORD-1', amount: 'abc' });
    expect(camel.json.ValidationErrors).toEqual(["Could not convert string to integer: abc. Path 'amount'."]);
  });

  it('refuses what the doc\'s "Max Uzunluk" does not allow', async () => {
    const { simulator } = await setup();
    const long = await raw(simulator.baseUrl, 'inquiry', { ...signedCamel(NOON_ISTANBUL), orderId: 'X'.repeat(21) });
    expect(long.json.ValidationErrors).toEqual(["'Order Id' alanı 20 karakterden uzun olamaz."]);
    const page = await raw(simulator.baseUrl, 'history', { ...signedCamel(NOON_ISTANBUL, 'R2'), transactionDate: 20250314, page: 1, pageSize: 1000 });
    expect(page.json.ValidationErrors).toEqual(["'Page Size' alanı en fazla 3 haneli olabilir."]);
    const rnd = 'R'.repeat(25);
    const timeSpan = timeSpanAt(NOON_ISTANBUL);
    const longRnd = await raw(simulator.baseUrl, 'inquiry', {
      ...signedCamel(NOON_ISTANBUL),
      rnd,
      hash: merchantHash(PUBLISHED_TEST_MERCHANT, rnd, timeSpan),
      orderId: 'ORD-1',
    });
    expect(longRnd.json.ValidationErrors).toEqual(["'Rnd' alanı 24 karakterden uzun olamaz."]);
  });

  it('unknown clientId is 200 "Üye İşyeri Bulunamadı", an unknown user of a known one 202', async () => {
    const { simulator } = await setup();
    const stranger = { ...signedCamel(NOON_ISTANBUL), clientId: '1000000495', orderId: 'ORD-1' };
    expect((await raw(simulator.baseUrl, 'void', stranger)).json).toMatchObject({ Code: 200, Message: 'Üye İşyeri Bulunamadı', OrderId: null });
    const wrongUser = { ...signedCamel(NOON_ISTANBUL, 'R2'), apiUser: 'someone', orderId: 'ORD-1' };
    expect((await raw(simulator.baseUrl, 'refund', { ...wrongUser, amount: 1 })).json).toMatchObject({
      Code: 202,
      Message: 'Üye İşyeri Kullanıcısı Bulunamadı',
    });
    expect(simulator.ledger.order('ORD-1')?.original.requestStatus).toBe(REQUEST_STATUS.successful);
  });

  it.each([
    ['threeDPayment', { ThreeDSessionId: null, TransactionId: null }],
    ['threeDPreAuth', { ThreeDSessionId: null, TransactionId: null }],
    ['postAuth', { OrderId: null }],
    ['Payment', { OrderId: null, BankResponseCode: null, TransactionId: null, CardHolderName: null }],
  ])('documented but not simulated: %s answers its own envelope with 250, not a bare 404', async (method, empty) => {
    const { simulator } = await setup();
    const answer = await raw(simulator.baseUrl, method, { ...signedCamel(NOON_ISTANBUL), amount: 100, currency: 949 });
    expect(answer.status).toBe(200);
    expect(answer.contentType).toMatch(/^application\/json/u);
    expect(answer.json).toMatchObject({ ...empty, Code: 250, Message: 'Üye İşyeri Api Kullanıcısı için Yetkisiz İşlem' });
    expect(answer.headers['x-tosla-simulator']).toBe('method not simulated');
    const wrongHash = await raw(simulator.baseUrl, method, { ...signedCamel(NOON_ISTANBUL, 'R2'), hash: 'bad' });
    expect(wrongHash.json).toMatchObject({ ...empty, Code: 997, Message: 'Hash Hatası' });
  });

  it('the browser pages answer an error page; unknown routes a JSON 404, other verbs 405', async () => {
    const { simulator } = await setup();
    const form = await raw(simulator.baseUrl, 'ProcessCardForm', 'ThreeDSessionId=P00&CardNo=4159560047417732');
    expect([form.status, form.contentType]).toEqual([200, 'text/html; charset=utf-8']);
    expect(form.text).toContain('name="errorMessage" value="Genel Hata"');
    const page = await raw(simulator.baseUrl, 'threeDSecure/P0A9C8E7D6B5A4F3', undefined, 'GET');
    expect(page.text).toContain('errorMessage');
    const unknown = await raw(simulator.baseUrl, 'VerifyClient', signedCamel(NOON_ISTANBUL));
    expect(unknown.status).toBe(404);
    expect(unknown.contentType).toMatch(/^application\/problem\+json/u);
    expect(unknown.json).toMatchObject({ title: 'Not Found', status: 404 });
    expect((await raw(simulator.baseUrl, 'inquiry', undefined, 'GET')).status).toBe(405);
  });

  it('keeps used hashes only while their stamp can still be accepted, forgets them on reset, and accepts replays when told', async () => {
    const { simulator, control, clock } = await setup();
    const first = { ...signedCamel(NOON_ISTANBUL), orderId: 'ORD-1' };
    expect((await raw(simulator.baseUrl, 'inquiry', first)).json.Code).toBe(0);
    expect((await raw(simulator.baseUrl, 'inquiry', { ...signedCamel(NOON_ISTANBUL, 'R2'), orderId: 'ORD-1' })).json.Code).toBe(0);
    expect((await control('GET', '/state')).body).toMatchObject({ hashesRemembered: 2, timeSpanWindowMinutes: 60 });
    expect((await raw(simulator.baseUrl, 'inquiry', first)).json.Code).toBe(997);

    // Past the window the stamp itself is refused, so the hash need not be remembered.
    clock.advance(61 * 60_000);
    expect((await raw(simulator.baseUrl, 'inquiry', first)).json.Code).toBe(998);
    expect((await raw(simulator.baseUrl, 'inquiry', { ...signedCamel(clock.now(), 'R3'), orderId: 'ORD-1' })).json.Code).toBe(0);
    expect((await control('GET', '/state')).body).toMatchObject({ hashesRemembered: 1 });

    const again = { ...signedCamel(clock.now(), 'R3'), orderId: 'ORD-1' };
    expect((await raw(simulator.baseUrl, 'inquiry', again)).json.Code).toBe(997);
    expect((await control('POST', '/reset', { seed: false })).body).toMatchObject({ hashesRemembered: 0 });
    simulator.ledger.addOrder({ orderId: 'ORD-1', amount: 4550, createdAt: clock.now() - HOUR });
    expect((await raw(simulator.baseUrl, 'inquiry', again)).json.Code).toBe(0);

    expect((await control('POST', '/dialect', { hashReuse: 'accepted' })).body).toMatchObject({ hashReuse: 'accepted' });
    expect((await raw(simulator.baseUrl, 'inquiry', again)).json.Code).toBe(0);
    expect((await control('POST', '/dialect', { name: 'reference' })).body).toEqual(DIALECTS.reference);
    expect((await raw(simulator.baseUrl, 'inquiry', again)).json.Code).toBe(997);
    expect((await control('POST', '/dialect', { hashReuse: 'sometimes' })).status).toBe(400);
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
    await expect(client().inquiry('WEB-1')).rejects.toMatchObject({ appError: { code: 'tosla.no-answer' } });
    await expect(client().inquiry('WEB-1')).rejects.toMatchObject({ appError: { code: 'tosla.no-answer' } });
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
    expect((await control('GET', '/dialect')).body).toEqual(DIALECTS.reference);
    expect((await control('PUT', '/reset')).status).toBe(405);
    expect((await control('GET', '/nothing')).status).toBe(404);
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

describe('sim:tosla', () => {
  it('--accept-replays starts a simulator that takes the same hash twice, as the vendor plugins send it', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join('src', 'main', 'simulators', 'tosla', 'cli.ts'), '--accept-replays'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      let banner = '';
      child.stdout.setEncoding('utf8');
      while (!banner.includes('control API')) {
        const [chunk] = (await once(child.stdout, 'data')) as [string];
        banner += chunk;
      }
      expect(banner).toContain('replays accepted');
      expect(banner).toContain('simulated: inquiry, history, void, refund, GetCommissionAndInstallmentInfo, GetInstallmentOptions');
      const baseUrl = /listening on (\S+)/u.exec(banner)?.[1] ?? '';
      const body = { ...signedCamel(Date.now()), transactionDate: transactionDateAt(Date.now()), page: 1, pageSize: 1 };
      expect((await raw(baseUrl, 'history', body)).json.Code).toBe(0);
      expect((await raw(baseUrl, 'history', body)).json.Code).toBe(0);
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });
});
