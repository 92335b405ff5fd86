import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { TokenCache } from '../../src/main/core/tokenx/tokenCache';
import { backoffDelay, DEFAULT_RETRY } from '../../src/main/core/tokenx/retryPolicy';
import { SIM_BRANCH_ID } from '../../src/main/simulators/tokenx/fixtures';
import { seededRandom } from '../../src/shared/seededRandom';
import { clientFor, ManualClock, sampleBasket, simulator } from './simHarness';

const T1 = 'AV0000000001';

describe('TokenX client: tokens, retries and unknown outcomes', () => {
  it('re-uses its token, renews it early, and re-authenticates once after a revoked token', async () => {
    const { sim, clock } = await simulator();
    const client = clientFor(sim.baseUrl, clock);
    expect((await client.getClientSettings()).kind).toBe('ok');
    expect((await client.getClientSettings()).kind).toBe('ok');
    clock.advance(TokenCache.renewAfterMs(900));
    expect((await client.getClientSettings()).kind).toBe('ok');
    sim.control.expireTokens();
    clock.advance(1);
    expect((await client.getClientSettings()).kind).toBe('ok');
  });

  it('renews before expiry: 80 % of a long lifetime, half of a short one', () => {
    expect(TokenCache.renewAfterMs(900)).toBe(720_000);
    expect(TokenCache.renewAfterMs(86_400)).toBe(69_120_000);
    expect(TokenCache.renewAfterMs(10)).toBe(5_000);
  });

  it('gives up after one re-authentication when the new token is refused too', async () => {
    const { sim, clock } = await simulator();
    sim.control.setTokenLifetime(1);
    // Every reading of this clock moves time 1.5 s on, so each fresh one-second token has lapsed when it is used.
    const hurried = { now: () => { clock.advance(1_500); return clock.now(); } };
    const client = clientFor(sim.baseUrl, clock, { clock: hurried });
    expect(await client.getClientSettings()).toMatchObject({ kind: 'rejected', code: '0002', httpStatus: 401 });
  });

  it('retries 5xx and 429 for repeatable calls, within the bound', async () => {
    const { sim, clock } = await simulator();
    const client = clientFor(sim.baseUrl, clock);
    sim.control.failNext({ kind: 'http-503', path: '/v1/basket/open-basket', times: 2 });
    sim.control.failNext({ kind: 'http-429', path: '/v1/basket/open-basket' });
    expect(await client.getOpenBaskets(T1)).toMatchObject({ kind: 'ok', value: [] });
    sim.control.failNext({ kind: 'http-500', path: '/v1/basket/open-basket', times: 4 });
    expect(await client.getOpenBaskets(T1)).toMatchObject({ kind: 'unknown' });
  });

  it('random HTTP faults hit every call until they are switched off', async () => {
    const { sim, clock } = await simulator();
    const client = clientFor(sim.baseUrl, clock);
    expect((await client.getClientSettings()).kind).toBe('ok');
    sim.control.setHttpFaults({ rates: { 'http-503': 1 } });
    expect(await client.getOpenBaskets(T1)).toMatchObject({ kind: 'unknown', reason: 'GET /v1/basket/open-basket: HTTP 503 after retries' });
    sim.control.setHttpFaults({ rates: {} });
    expect(await client.getOpenBaskets(T1)).toMatchObject({ kind: 'ok' });
  });

  it('a create whose answer was lost after it took effect is unknown; sending it again answers 1007 (it is there)', async () => {
    const { sim, clock } = await simulator();
    const client = clientFor(sim.baseUrl, clock);
    const basket = sampleBasket();
    sim.control.failNext({ kind: 'drop-after-commit', path: '/v1/instant-basket' });
    expect(await client.createInstantBasket(T1, basket)).toMatchObject({ kind: 'unknown' });
    expect(await client.createInstantBasket(T1, basket)).toMatchObject({ kind: 'rejected', code: '1007' });
    sim.control.failNext({ kind: 'http-500-after-commit', path: '/v1/basket' });
    const list = sampleBasket();
    // The client's own retry after the 500 meets the basket it already made.
    expect(await client.createListBasket(SIM_BRANCH_ID, list)).toMatchObject({ kind: 'rejected', code: '1007' });
    expect(await client.getBasket(list.basketID)).toMatchObject({ kind: 'ok' });
  });

  it('never repeats an unlock after a 5xx: the answer is unknown', async () => {
    const { sim, clock } = await simulator();
    const client = clientFor(sim.baseUrl, clock);
    const basket = sampleBasket({ paymentItems: undefined });
    await client.createListBasket(SIM_BRANCH_ID, basket);
    sim.control.device({ action: 'open', terminalId: 'AT0000000003', basketId: basket.basketID });
    sim.control.failNext({ kind: 'http-500-after-commit', path: '/v1/basket/unlock' });
    sim.control.failNext({ kind: 'http-500', path: '/v1/basket/unlock' });
    expect(await client.unlockBasket(SIM_BRANCH_ID, basket.basketID)).toMatchObject({ kind: 'unknown' });
    expect(await client.getBasket(basket.basketID)).toMatchObject({ kind: 'ok', value: { isLocked: false } });
  });

  it('a stalled request times out as unknown; a closed port is unknown', async () => {
    const { sim, clock } = await simulator();
    const client = clientFor(sim.baseUrl, clock, { timeouts: { requestMs: 150 } });
    expect((await client.getClientSettings()).kind).toBe('ok');
    sim.control.failNext({ kind: 'stall', path: '/v1/basket/' });
    const stalled = await client.getBasket(sampleBasket().basketID);
    expect(stalled).toMatchObject({ kind: 'unknown' });
    expect(stalled.kind === 'unknown' && stalled.reason).toContain('150 ms');
    const closed = clientFor('http://127.0.0.1:1', clock);
    expect(await closed.getClientSettings()).toMatchObject({ kind: 'unknown' });
  });

  it('missing credentials are refused before any call', async () => {
    const { sim, clock } = await simulator();
    const client = clientFor(sim.baseUrl, clock, { credentials: () => null });
    expect(await client.getTerminals({ branchId: SIM_BRANCH_ID })).toMatchObject({ kind: 'rejected', code: 'credentials-missing' });
  });

  it('an invalid basket is refused with its field path before it is sent', async () => {
    const { sim, clock } = await simulator();
    const client = clientFor(sim.baseUrl, clock);
    const outcome = await client.createInstantBasket(T1, { ...sampleBasket(), basketID: 'not-a-uuid' });
    expect(outcome).toMatchObject({ kind: 'rejected', code: 'invalid-request' });
    expect(outcome.kind === 'rejected' && outcome.description).toContain('basketID');
    expect(sim.control.snapshot().baskets).toHaveLength(0);
  });

  it('reports an unparsable body or a schema mismatch as unknown, with the field path', async () => {
    const answers = [
      '{"status":201,"result":{"accessToken":"t","expiresIn":900}}',
      'not json',
      '{"status":0,"description":"x","result":{"basketID":"b","total":"12"}}',
    ];
    const server = createServer((_request, response) => response.end(answers.shift() ?? '{}'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const clock = new ManualClock();
      const client = clientFor(base, clock);
      expect(await client.getBasket('b')).toMatchObject({ kind: 'unknown', reason: 'GET /v1/basket/b: answer is not JSON' });
      const mismatch = await client.getBasket('b');
      expect(mismatch).toMatchObject({ kind: 'unknown' });
      expect(mismatch.kind === 'unknown' && mismatch.reason).toContain('result.total');
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('backs off exponentially with bounded jitter', () => {
    const random = seededRandom(3);
    for (let attempt = 1; attempt <= 8; attempt += 1) {
      const step = Math.min(DEFAULT_RETRY.maxDelayMs, DEFAULT_RETRY.baseDelayMs * 2 ** (attempt - 1));
      const delay = backoffDelay(DEFAULT_RETRY, attempt, random, null);
      expect(delay).toBeGreaterThanOrEqual(step / 2);
      expect(delay).toBeLessThanOrEqual(step);
    }
    expect(backoffDelay(DEFAULT_RETRY, 1, () => 0, 60_000)).toBe(DEFAULT_RETRY.maxDelayMs);
  });
});
