import { Readable } from 'node:stream';
import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import type { WebhookReceiver } from '../../src/main/core/webhook/receiver';
import { startWebhookReceiver, WEBHOOK_PATH } from '../../src/main/core/webhook/receiver';
import type { WebhookPayload } from '../../src/shared/tokenx/basketModel';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const AUTH = 'Bearer s3cr3t-value';
const completed = {
  terminalId: 'AV0000000001',
  clientId: 'c',
  operation: 'BASKET_COMPLETED',
  operationDate: '2025-03-10T08:42:18.640Z',
  data: { basketID: 'f85d8ce7-1111-4111-8111-111111111111', status: 0, message: 'OK', receiptNo: 2, zNo: 87, paymentItems: [{ amount: 4000, type: 1 }] },
};

let receiver: WebhookReceiver | null = null;
afterEach(async () => {
  await receiver?.close();
  receiver = null;
});

async function start(maxBodyBytes?: number) {
  const events: WebhookPayload[] = [];
  receiver = await startWebhookReceiver({
    port: 0,
    expectedAuthorization: () => AUTH,
    onEvent: (event) => events.push(event),
    log: quiet,
    ...(maxBodyBytes === undefined ? {} : { maxBodyBytes }),
  });
  return { receiver, events };
}

const post = (url: string, body: string, headers: Record<string, string> = { authorization: AUTH, 'content-type': 'application/json' }) =>
  request(url, { method: 'POST', body, headers });

describe('webhook receiver', () => {
  it('listens on loopback only and hands a valid delivery over after answering', async () => {
    const { receiver: r, events } = await start();
    expect(r.url).toBe(`http://127.0.0.1:${r.port}${WEBHOOK_PATH}`);
    const response = await post(`${r.url}/f85d8ce7-1111-4111-8111-111111111111`, JSON.stringify(completed));
    expect(response.statusCode).toBe(200);
    await response.body.text();
    await new Promise((resolve) => setImmediate(resolve));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ operation: 'BASKET_COMPLETED', data: { basketID: completed.data.basketID, status: 0 } });
  });

  it('refuses a missing or wrong Authorization header with 401, and accepts the registered value with a Bearer prefix', async () => {
    const { receiver: r, events } = await start();
    const attempts: Record<string, string>[] = [{ 'content-type': 'application/json' }, { authorization: 'Bearer s3cr3t-valuf' }, { authorization: `${AUTH}x` }];
    for (const headers of attempts) {
      const response = await post(r.url, JSON.stringify(completed), headers);
      expect(response.statusCode).toBe(401);
      await response.body.text();
    }
    expect(events).toHaveLength(0);
    // A TokenX that puts its own "Bearer " before the registered value (reference §4 leaves it open) is still heard.
    const prefixed = await post(r.url, JSON.stringify(completed), { authorization: `Bearer ${AUTH}`, 'content-type': 'application/json' });
    expect(prefixed.statusCode).toBe(200);
    await prefixed.body.text();
  });

  it('answers 400 to non-JSON, 422 to a schema-invalid body, 413 to a body over the limit, 405/404 elsewhere', async () => {
    const { receiver: r, events } = await start(1024);
    const cases: [Promise<Awaited<ReturnType<typeof request>>>, number][] = [
      [post(r.url, '{not json'), 400],
      [post(r.url, JSON.stringify({ operation: 'BASKET_COMPLETED', data: { basketID: 'x' } })), 422],
      [post(r.url, JSON.stringify({ operation: 'SOMETHING_ELSE', data: {} })), 422],
      [post(r.url, JSON.stringify({ ...completed, padding: 'x'.repeat(2000) })), 413],
      [request(r.url, { method: 'GET', headers: { authorization: AUTH } }), 405],
      [post(`http://127.0.0.1:${r.port}/other`, JSON.stringify(completed)), 404],
    ];
    for (const [pending, status] of cases) {
      const response = await pending;
      expect(response.statusCode).toBe(status);
      await response.body.text().catch(() => '');
    }
    expect(events).toHaveLength(0);
  });

  it('cuts off a chunked body that grows past the limit without a content-length', async () => {
    const { receiver: r, events } = await start(1024);
    async function* chunks() {
      yield Buffer.from('{"operation":"BASKET_UNLOCKED","data":{"basketID":"');
      yield Buffer.from('x'.repeat(4096));
      yield Buffer.from('"}}');
    }
    const response = await request(r.url, { method: 'POST', body: Readable.from(chunks()), headers: { authorization: AUTH } }).catch(
      (error: unknown) => error,
    );
    if (!(response instanceof Error)) {
      expect((response as Awaited<ReturnType<typeof request>>).statusCode).toBe(413);
    }
    expect(events).toHaveLength(0);
  });
});
