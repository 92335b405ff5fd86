import { request } from 'undici';
import { describe, expect, it } from 'vitest';
import { webhookPayloadSchema } from '../../src/shared/tokenx/basketModel';
import { SIM_BRANCH_ID } from '../../src/main/simulators/tokenx/fixtures';
import { clientFor, sampleBasket, simulator, webhookReceiver } from './simHarness';

const T1 = 'AV0000000001';

describe('simulator webhooks and the virtual ÖKC', () => {
  it('delivers LOCKED, UNLOCKED and COMPLETED (paid, cancelled −1, voided 99) with the auth header and placeholders expanded', async () => {
    const { sim, clock } = await simulator();
    const client = clientFor(sim.baseUrl, clock);
    const receiver = await webhookReceiver();
    await client.setClientSettings({ callbackUrl: `${receiver.url}/hook/\${terminal-id}/\${basket-id}/\${branch-or-terminal-id}`, callbackAuthHeader: 'Bearer hook-secret' });

    const paid = sampleBasket();
    await client.createInstantBasket(T1, paid);
    sim.control.device({ action: 'open', terminalId: T1, basketId: paid.basketID });
    sim.control.device({ action: 'put-back', terminalId: T1, basketId: paid.basketID });
    sim.control.device({ action: 'open', terminalId: T1, basketId: paid.basketID });
    sim.control.device({ action: 'pay', terminalId: T1, basketId: paid.basketID });
    await sim.control.settleWebhooks();
    sim.control.device({ action: 'void', terminalId: T1, basketId: paid.basketID });
    const cancelled = sampleBasket({ paymentItems: undefined });
    await client.createListBasket(SIM_BRANCH_ID, cancelled);
    sim.control.device({ action: 'open', terminalId: 'AT0000000003', basketId: cancelled.basketID });
    sim.control.device({ action: 'cancel', terminalId: 'AT0000000003', basketId: cancelled.basketID });
    await sim.control.settleWebhooks();

    const payloads = receiver.received.map((delivery) => webhookPayloadSchema.parse(delivery.body));
    expect(payloads.map((payload) => `${payload.operation}:${payload.operation === 'BASKET_COMPLETED' ? payload.data.status : '-'}`)).toEqual([
      'BASKET_LOCKED:-',
      'BASKET_UNLOCKED:-',
      'BASKET_LOCKED:-',
      'BASKET_COMPLETED:0',
      'BASKET_COMPLETED:99',
      'BASKET_LOCKED:-',
      'BASKET_COMPLETED:-1',
    ]);
    expect(receiver.received.every((delivery) => delivery.headers.authorization === 'Bearer hook-secret')).toBe(true);
    expect(receiver.received[0]?.url).toBe(`/hook/${T1}/${paid.basketID}/${T1}`);
    expect(receiver.received.at(-1)?.url).toBe(`/hook/AT0000000003/${cancelled.basketID}/${SIM_BRANCH_ID}`);
    const voided = payloads[4];
    expect(voided?.operation === 'BASKET_COMPLETED' && voided.data).toMatchObject({ receiptNo: -1, zNo: -1, message: 'CANCELLED' });
    expect(payloads[6]?.data).toMatchObject({ message: 'CANCELLED', basketID: cancelled.basketID });
    expect(await client.getBasket(paid.basketID)).toMatchObject({ kind: 'ok', value: { sale: { status: 99 } } });
  });

  it('a decline completes the basket with −1 and the 5xxx code', async () => {
    const { sim, clock } = await simulator();
    const client = clientFor(sim.baseUrl, clock);
    const basket = sampleBasket();
    await client.createInstantBasket(T1, basket);
    sim.control.device({ action: 'open', terminalId: T1, basketId: basket.basketID });
    sim.control.device({ action: 'decline', terminalId: T1, basketId: basket.basketID, code: 5005 });
    expect(await client.getBasket(basket.basketID)).toMatchObject({ kind: 'ok', value: { status: 1, sale: { status: -1, message: '5005: Online Decline' } } });
  });

  it('auto-completes baskets by policy, and webhook faults drop, duplicate and reorder deliveries', async () => {
    const { sim, clock } = await simulator();
    const client = clientFor(sim.baseUrl, clock);
    const receiver = await webhookReceiver();
    await client.setClientSettings({ callbackUrl: `${receiver.url}/hook` });
    sim.control.setAutoComplete({ enabled: true, outcome: 'pay', lockAfterMs: 1, completeAfterMs: 1 });
    sim.control.setWebhookFaults({ duplicateRate: 1 });
    const basket = sampleBasket();
    await client.createInstantBasket(T1, basket);
    await expect.poll(() => sim.control.basket(basket.basketID)?.sale?.status, { interval: 5, timeout: 2_000 }).toBe(0);
    await sim.control.settleWebhooks();
    expect(receiver.received.map((delivery) => (delivery.body as { operation: string }).operation)).toEqual([
      'BASKET_LOCKED',
      'BASKET_LOCKED',
      'BASKET_COMPLETED',
      'BASKET_COMPLETED',
    ]);
    expect(receiver.received.every((delivery) => delivery.headers.authorization === undefined)).toBe(true);

    receiver.received.length = 0;
    sim.control.setWebhookFaults({ dropRate: 1 });
    const dropped = sampleBasket();
    await client.createInstantBasket(T1, dropped);
    await expect.poll(() => sim.control.basket(dropped.basketID)?.sale?.status, { interval: 5, timeout: 2_000 }).toBe(0);
    await sim.control.settleWebhooks();
    expect(receiver.received).toHaveLength(0);
    expect(sim.control.snapshot().webhooks.filter((delivery) => delivery.result === 'dropped')).toHaveLength(2);

    sim.control.setAutoComplete({ enabled: false });
    sim.control.setWebhookFaults({ reorderRate: 1 });
    const reordered = sampleBasket();
    await client.createInstantBasket(T1, reordered);
    sim.control.device({ action: 'open', terminalId: T1, basketId: reordered.basketID });
    sim.control.device({ action: 'pay', terminalId: T1, basketId: reordered.basketID });
    await sim.control.settleWebhooks();
    expect(receiver.received.map((delivery) => (delivery.body as { operation: string }).operation)).toEqual(['BASKET_COMPLETED', 'BASKET_LOCKED']);
  });

  it('serves the virtual ÖKC page and its control API drives the device', async () => {
    const { sim, clock } = await simulator();
    const page = await request(sim.okcUrl);
    const html = await page.body.text();
    expect(page.statusCode).toBe(200);
    expect(html).toContain('id="terminals"');
    expect(html).toContain("'data-testid': 'pay-' + tid");
    const client = clientFor(sim.baseUrl, clock);
    const basket = sampleBasket();
    await client.createInstantBasket(T1, basket);
    const post = async (path: string, body: unknown) => {
      const response = await request(`${sim.baseUrl}/__control/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-simulator-token': sim.controlToken },
        body: JSON.stringify(body),
      });
      return { http: response.statusCode, body: (await response.body.json()) as Record<string, unknown> };
    };
    expect((await post('device', { action: 'open', terminalId: T1, basketId: basket.basketID })).http).toBe(200);
    const mixed = await post('device', { action: 'pay', terminalId: T1, basketId: basket.basketID, payments: [{ type: 1, amount: 10000 }, { type: 7, amount: 25000, operatorId: 1002 }] });
    expect(mixed.http).toBe(200);
    expect((await post('device', { action: 'void', terminalId: T1, basketId: 'nope' })).http).toBe(409);
    expect((await post('device', { action: 'fly', terminalId: T1 })).http).toBe(400);
    const state = await request(`${sim.baseUrl}/__control/state`, { headers: { 'x-simulator-token': sim.controlToken } });
    const snapshot = (await state.body.json()) as { terminals: { id: string; receiptNo: number }[] };
    expect(snapshot.terminals.find((terminal) => terminal.id === T1)?.receiptNo).toBe(1);
    expect(await client.getBasket(basket.basketID)).toMatchObject({ kind: 'ok', value: { sale: { paymentItems: [{ type: 1, amount: 10000 }, { type: 7, amount: 25000, operatorId: 1002 }] } } });
  });
});
