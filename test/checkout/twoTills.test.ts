import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { checkoutMigrations } from '../../src/main/core/checkout/journal';
import { openDatabase } from '../../src/main/core/storage/database';
import { webhookMigrations } from '../../src/main/core/webhook/registration';
import type { TokenxSimulator } from '../../src/main/simulators/tokenx/server';
import { startTokenxSimulator } from '../../src/main/simulators/tokenx/server';
import { seededRandom } from '../../src/shared/seededRandom';
import { tempDir } from '../helpers/tmp';
import { eventually, sampleBasket } from './serviceHarness';
import type { Rig } from './simulatorRig';
import { agrees, buildRig, ENVIRONMENT, startRig, truthOf } from './simulatorRig';

const SALES_PER_TILL = 25;
/** Polling off: an outcome reaches a till only if the relay routed its terminal's webhook there. */
const WEBHOOK_ONLY = { initialMs: 600_000, maxMs: 600_000, factor: 1 };

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/**
 * The shop's reverse proxy in front of its tills: TokenX calls one business-wide URL,
 * `…/tokenx/webhook/${terminal-id}`, and the relay sends each terminal's deliveries to
 * the till at that counter.
 */
async function relay(routes: Map<string, number>): Promise<{ url: string; routed: Map<string, number> }> {
  const routed = new Map<string, number>();
  const server = createServer((incoming: IncomingMessage, outgoing: ServerResponse) => {
    const terminal = /^\/tokenx\/webhook\/([^/?]+)/u.exec(incoming.url ?? '')?.[1] ?? '';
    const port = routes.get(decodeURIComponent(terminal));
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      if (port === undefined) {
        outgoing.writeHead(404).end();
        return;
      }
      routed.set(terminal, (routed.get(terminal) ?? 0) + 1);
      request(`http://127.0.0.1:${port}${incoming.url ?? ''}`, {
        method: 'POST',
        headers: { authorization: incoming.headers.authorization ?? '', 'content-type': 'application/json' },
        body: Buffer.concat(chunks),
      })
        .then(async (answer) => {
          await answer.body.dump();
          outgoing.writeHead(answer.statusCode).end();
        })
        .catch(() => outgoing.writeHead(502).end());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, routed };
}

describe('two tills of one business against one TokenX', () => {
  it('sell at the same time without a check-number collision, and each outcome reaches the till that sold', async () => {
    const simulator: TokenxSimulator = await startTokenxSimulator({ seed: 42 });
    closers.push(() => simulator.close());
    const routes = new Map<string, number>();
    const front = await relay(routes);
    // Both tills derive the same value from the account's secret, so one registration serves both.
    const authorization = `Bearer ${randomBytes(24).toString('base64url')}`;
    const tills: { rig: Rig; db: DatabaseSync; terminal: string }[] = [];
    for (const [tillNumber, terminal] of [
      [1, 'AV0000000001'],
      [2, 'AV0000000002'],
    ] as const) {
      const db = openDatabase({ file: join(tempDir(), 'pos.sqlite'), migrations: [checkoutMigrations, webhookMigrations] });
      const rig = await buildRig(db, simulator.baseUrl, { seed: tillNumber, tillNumber, authorization, poll: WEBHOOK_ONLY });
      closers.push(async () => {
        await rig.close();
        db.close();
      });
      const status = await startRig(rig, { terminalId: terminal, publicUrl: front.url });
      expect(status.registration).toMatchObject({ state: 'registered', ourUrl: `${front.url}/tokenx/webhook/\${terminal-id}` });
      routes.set(terminal, status.receiver.port ?? 0);
      tills.push({ rig, db, terminal });
    }

    const random = seededRandom(7);
    const sold = new Map<string, string>();
    await Promise.all(
      tills.map(async ({ rig, terminal }) => {
        for (let sale = 0; sale < SALES_PER_TILL; sale += 1) {
          const entry = await rig.service.send({ basket: sampleBasket(200 + sale), cashierId: `cashier-${terminal}` });
          expect(entry.state).toBe('on-device');
          sold.set(entry.basketId, terminal);
          const fate = random();
          simulator.control.device({ action: 'open', terminalId: terminal, basketId: entry.basketId });
          if (fate < 0.6) simulator.control.device({ action: 'pay', terminalId: terminal, basketId: entry.basketId });
          else if (fate < 0.8) simulator.control.device({ action: 'cancel', terminalId: terminal, basketId: entry.basketId });
          else simulator.control.device({ action: 'decline', terminalId: terminal, basketId: entry.basketId, code: 5005 });
          await eventually(
            () => agrees(rig.journal.get(ENVIRONMENT, entry.basketId), truthOf(simulator.control, entry.basketId)),
            `${entry.basketId} settled at the till of ${terminal} by its webhook`,
          );
        }
      }),
    );

    for (const { rig, terminal } of tills) {
      const entries = rig.journal.list(ENVIRONMENT, { unfinishedOnly: false, limit: 1000 });
      expect(entries).toHaveLength(SALES_PER_TILL);
      for (const entry of entries) {
        expect(sold.get(entry.basketId)).toBe(terminal);
        expect(agrees(entry, truthOf(simulator.control, entry.basketId))).toBe(true);
      }
    }
    const checkNumbers = tills.flatMap(({ rig }) => rig.journal.list(ENVIRONMENT, { unfinishedOnly: false, limit: 1000 }).map((e) => e.checkNumber));
    expect(new Set(checkNumbers).size).toBe(2 * SALES_PER_TILL);
    expect(checkNumbers.filter((n) => Math.floor(n / 10_000_000) === 1)).toHaveLength(SALES_PER_TILL);
    expect(checkNumbers.filter((n) => Math.floor(n / 10_000_000) === 2)).toHaveLength(SALES_PER_TILL);
    expect(simulator.control.snapshot().baskets).toHaveLength(2 * SALES_PER_TILL);
    expect([...front.routed.keys()].sort()).toEqual(['AV0000000001', 'AV0000000002']);
  });
});
