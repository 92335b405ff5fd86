import { request } from 'undici';
import { describe, expect, it } from 'vitest';
import { SIM_BRANCH_ID, SIM_CLIENT_ID, SIM_CLIENT_SECRET, SIM_FOREIGN_TERMINAL } from '../../src/main/simulators/tokenx/fixtures';
import type { TokenxSimulator } from '../../src/main/simulators/tokenx/server';
import { clientFor, sampleBasket, simulator } from './simHarness';

const T1 = 'AV0000000001';
const LIST_TERMINAL = 'AT0000000003';

async function token(sim: TokenxSimulator): Promise<string> {
  const basic = Buffer.from(`${SIM_CLIENT_ID}:${SIM_CLIENT_SECRET}`).toString('base64');
  const response = await request(`${sim.baseUrl}/v1/auth/token`, { method: 'POST', headers: { authorization: `Basic ${basic}` } });
  const body = (await response.body.json()) as { status: number; result: { accessToken: string; expiresIn: number; tokenType: string } };
  expect(response.statusCode).toBe(200);
  expect(body.status).toBe(201);
  expect(body.result.tokenType).toBe('Bearer');
  return body.result.accessToken;
}

/** A raw call, so tests control every header and byte. */
async function raw(sim: TokenxSimulator, method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, headers: Record<string, string>, body?: string) {
  const response = await request(`${sim.baseUrl}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body });
  return { http: response.statusCode, body: (await response.body.json()) as { status: number | string; description: string } };
}

describe('simulator validation errors (reference §5)', () => {
  it('refuses wrong credentials with 401 and answers a missing bearer with 0004', async () => {
    const { sim } = await simulator();
    const bad = await raw(sim, 'POST', '/v1/auth/token', { authorization: `Basic ${Buffer.from('x:y').toString('base64')}` });
    expect(bad).toEqual({ http: 401, body: { status: 401, description: 'Invalid client credentials.' } });
    expect(await raw(sim, 'GET', '/v1/client-settings', {})).toMatchObject({ http: 401, body: { status: '0004' } });
    const tampered = `${(await token(sim)).slice(0, -4)}AAAA`;
    expect(await raw(sim, 'GET', '/v1/client-settings', { authorization: `Bearer ${tampered}` })).toMatchObject({ http: 401, body: { status: '0003' } });
  });

  it('tokens really expire', async () => {
    const { sim, clock } = await simulator();
    const bearer = { authorization: `Bearer ${await token(sim)}` };
    expect((await raw(sim, 'GET', '/v1/client-settings', bearer)).http).toBe(200);
    clock.advance(900_000);
    expect(await raw(sim, 'GET', '/v1/client-settings', bearer)).toMatchObject({ http: 401, body: { status: '0002' } });
  });

  it('missing routing header → 6, two routing headers → 0007', async () => {
    const { sim } = await simulator();
    const auth = { authorization: `Bearer ${await token(sim)}` };
    const body = JSON.stringify(sampleBasket());
    expect(await raw(sim, 'POST', '/v1/instant-basket', auth, body)).toEqual({ http: 400, body: { status: 6, description: 'No context header provided.' } });
    expect(await raw(sim, 'POST', '/v1/instant-basket', { ...auth, 'terminal-id': T1, 'branch-id': SIM_BRANCH_ID }, body)).toMatchObject({ http: 400, body: { status: '0007' } });
    expect(await raw(sim, 'GET', '/v1/terminal', auth)).toMatchObject({ http: 400, body: { status: 6 } });
    expect(await raw(sim, 'GET', '/v1/terminal', { ...auth, 'terminal-id': T1, 'merchant-id': SIM_CLIENT_ID })).toMatchObject({ http: 400, body: { status: '0007' } });
  });

  it('a foreign terminal is forbidden and an unknown one does not exist', async () => {
    const { sim, clock } = await simulator();
    const client = clientFor(sim.baseUrl, clock);
    expect(await client.getOpenBaskets(SIM_FOREIGN_TERMINAL.id)).toEqual({ kind: 'rejected', code: '403', httpStatus: 403, description: 'Forbidden resource', enveloped: true, retryAfterMs: null });
    expect(await client.getTerminals({ terminalId: SIM_FOREIGN_TERMINAL.id })).toEqual({ kind: 'rejected', code: '9', httpStatus: 403, description: 'Forbidden access.', enveloped: true, retryAfterMs: null });
    expect(await client.createInstantBasket(SIM_FOREIGN_TERMINAL.id, sampleBasket())).toMatchObject({ kind: 'rejected', code: '403' });
    expect(await client.getFiscalParameters('AV1234567890')).toMatchObject({ kind: 'rejected', code: '1106', httpStatus: 400 });
    expect(await client.createListBasket(SIM_FOREIGN_TERMINAL.branchId, sampleBasket())).toMatchObject({ kind: 'rejected', code: '403' });
  });

  it('duplicate basketID → 1007, bad format → 1013', async () => {
    const { sim, clock } = await simulator();
    const client = clientFor(sim.baseUrl, clock);
    const basket = sampleBasket();
    expect((await client.createInstantBasket(T1, basket)).kind).toBe('ok');
    expect(await client.createListBasket(SIM_BRANCH_ID, basket)).toMatchObject({ kind: 'rejected', code: '1007', httpStatus: 400 });
    const auth = { authorization: `Bearer ${await token(sim)}`, 'branch-id': SIM_BRANCH_ID };
    expect(await raw(sim, 'POST', '/v1/basket', auth, '{not json')).toMatchObject({ http: 400, body: { status: 1013 } });
    const wrongUnits = await raw(sim, 'POST', '/v1/basket', auth, JSON.stringify({ ...sampleBasket(), items: [{ name: 'Çay', price: 12.5, sectionNo: 1, taxPercent: 1000, quantity: 1000 }] }));
    expect(wrongUnits).toMatchObject({ http: 400, body: { status: 1013 } });
    expect(wrongUnits.body.description).toContain('items.0.price');
  });

  it('open basket on the terminal → 1100, busy device → 9, list-mode terminal → 1104', async () => {
    const { sim, clock } = await simulator();
    const client = clientFor(sim.baseUrl, clock);
    await client.createInstantBasket(T1, sampleBasket());
    expect(await client.createInstantBasket(T1, sampleBasket())).toEqual({
      kind: 'rejected',
      code: '1100',
      httpStatus: 400,
      description: 'There is already an open basket assigned to this terminal',
      enveloped: true,
      retryAfterMs: null,
    });
    sim.control.device({ action: 'busy', terminalId: 'AV0000000002', busy: true });
    expect(await client.createInstantBasket('AV0000000002', sampleBasket())).toMatchObject({ kind: 'rejected', code: '9' });
    expect(await client.createInstantBasket(LIST_TERMINAL, sampleBasket())).toMatchObject({ kind: 'rejected', code: '1104' });
  });

  it('duplicate open checkNumber → 1101, payment total mismatch → 1103', async () => {
    const { sim, clock } = await simulator();
    const client = clientFor(sim.baseUrl, clock);
    await client.createListBasket(SIM_BRANCH_ID, sampleBasket({ checkNumber: 5 }));
    expect(await client.createListBasket(SIM_BRANCH_ID, sampleBasket({ checkNumber: 5 }))).toMatchObject({ kind: 'rejected', code: '1101' });
    expect(await client.createListBasket(SIM_BRANCH_ID, sampleBasket({ paymentItems: [{ type: 1, amount: 34999 }] }))).toMatchObject({
      kind: 'rejected',
      code: '1103',
      description: 'Item total (35000) does not match payment total (34999)',
    });
  });

  it('a completed basket refuses update and unlock (1105) and delete (1102); a locked one refuses update and delete (1018)', async () => {
    const { sim, clock } = await simulator();
    const client = clientFor(sim.baseUrl, clock);
    const basket = sampleBasket();
    const { basketID: _id, ...body } = basket;
    await client.createListBasket(SIM_BRANCH_ID, basket);
    sim.control.device({ action: 'open', terminalId: LIST_TERMINAL, basketId: basket.basketID });
    expect(await client.updateBasket(basket.basketID, body, { branchId: SIM_BRANCH_ID })).toMatchObject({ kind: 'rejected', code: '1018' });
    expect(await client.deleteBasket(basket.basketID)).toMatchObject({ kind: 'rejected', code: '1018' });
    sim.control.device({ action: 'pay', terminalId: LIST_TERMINAL, basketId: basket.basketID });
    expect(await client.updateBasket(basket.basketID, body, { branchId: SIM_BRANCH_ID })).toMatchObject({ kind: 'rejected', code: '1105' });
    expect(await client.unlockBasket(SIM_BRANCH_ID, basket.basketID)).toMatchObject({ kind: 'rejected', code: '1105' });
    expect(await client.deleteBasket(basket.basketID)).toMatchObject({ kind: 'rejected', code: '1102' });
  });

  it('not found: update, unlock and delete → 1006 (404), get → 404', async () => {
    const { sim, clock } = await simulator();
    const client = clientFor(sim.baseUrl, clock);
    const basket = sampleBasket();
    const { basketID, ...body } = basket;
    expect(await client.updateBasket(basketID, body, { branchId: SIM_BRANCH_ID })).toMatchObject({ kind: 'rejected', code: '1006', httpStatus: 404 });
    expect(await client.unlockBasket(SIM_BRANCH_ID, basketID)).toMatchObject({ kind: 'rejected', code: '1006', httpStatus: 404 });
    expect(await client.deleteBasket(basketID)).toMatchObject({ kind: 'rejected', code: '1006', httpStatus: 404 });
    expect(await client.getBasket(basketID)).toEqual({ kind: 'rejected', code: '404', httpStatus: 404, description: 'No basket record found for given id', enveloped: true, retryAfterMs: null });
  });
});
