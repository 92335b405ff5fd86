import { afterEach, describe, expect, it } from 'vitest';
import { stateOfSale } from '../../src/main/core/checkout/stateMachine';
import { isAppFailure } from '../../src/main/core/failure';
import type { CheckoutState } from '../../src/shared/checkout/checkoutState';
import { tempDir } from '../helpers/tmp';
import type { DeviceFate } from './fakeTokenx';
import { seededRandom } from '../../src/shared/seededRandom';
import { FakeTokenx } from './fakeTokenx';
import type { Harness } from './serviceHarness';
import { buildService, eventually, sampleBasket } from './serviceHarness';

const CHECKOUTS = 300;
const LANES = 10;
const FATES: DeviceFate[] = ['paid', 'paid', 'paid', 'cancelled', 'declined', 'voided'];

let harness: Harness | null = null;
afterEach(() => {
  harness?.close();
  harness = null;
});

/** What TokenX holds for a basket, in the journal's terms; null when TokenX never got it. */
function truthOf(fake: FakeTokenx, basketId: string): CheckoutState | null {
  const basket = fake.baskets.get(basketId);
  if (basket === undefined) return null;
  if (basket.deleted) return 'deleted';
  return basket.sale === null ? 'on-device' : stateOfSale({ status: basket.sale.status, message: basket.sale.message ?? '', receiptNo: null, zNo: null, paymentItems: [] });
}

describe('checkout fault suite (in-memory TokenX)', () => {
  it(`settles ${CHECKOUTS} seeded checkouts with lost answers, lost calls, late creates and bad webhooks in exactly TokenX's state`, async () => {
    const random = seededRandom(20250101);
    const fake = new FakeTokenx(7);
    fake.faults = { loseAnswer: 0.15, neverArrives: 0.1, landsLate: 0.1, dropWebhook: 0.3, duplicateWebhook: 0.3, delayWebhookMs: 6 };
    harness = buildService(tempDir());
    const h = harness;
    fake.webhook = (payload) => h.service.handleWebhook(payload);
    const counts = new Map<string, number>();
    const sent: string[] = [];

    const lane = async (index: number, runs: number) => {
      const terminalId = `AV00000000${String(index).padStart(2, '0')}`;
      for (let run = 0; run < runs; run += 1) {
        const entry = await h.service.send({ basket: sampleBasket(100 + run), target: { kind: 'terminal', terminalId } });
        sent.push(entry.basketId);
        const id = entry.basketId;
        await eventually(() => fake.baskets.has(id) || h.journal.get('simulator', id)?.final, `basket ${id} reaches TokenX`);
        if (random() < 0.2) {
          await eventually(() => h.journal.get('simulator', id)?.state !== 'unknown' && h.journal.get('simulator', id)?.state !== 'sending', `basket ${id} known`);
          if (random() < 0.5) fake.lock(id);
          try {
            await h.service.cancel(id);
          } catch (error) {
            if (!isAppFailure(error)) throw error;
          }
        }
        fake.finish(id, FATES[Math.floor(random() * FATES.length)] ?? 'paid');
        await eventually(() => h.journal.get('simulator', id)?.final, `basket ${id} final`);
        await fake.settled();
        await eventually(() => h.journal.get('simulator', id)?.state === truthOf(fake, id), `basket ${id} agrees with TokenX`);
      }
    };
    await h.service.activate({ environment: 'simulator', gateway: fake, defaultTarget: null });
    await Promise.all(Array.from({ length: LANES }, (_, index) => lane(index, CHECKOUTS / LANES)));

    for (const id of sent) {
      const entry = h.journal.get('simulator', id);
      expect(entry?.final).toBe(true);
      expect(entry?.state).toBe(truthOf(fake, id));
      counts.set(entry?.state ?? 'lost', (counts.get(entry?.state ?? 'lost') ?? 0) + 1);
    }
    expect(sent).toHaveLength(CHECKOUTS);
    expect(new Set(sent).size).toBe(CHECKOUTS);
    // One basket per send on TokenX's side, however many times a create was tried.
    expect(fake.baskets.size).toBe(CHECKOUTS);
    const retried = [...fake.createCalls.values()].filter((calls) => calls > 1).length;
    console.info(`fault suite: ${CHECKOUTS} checkouts, ${retried} sent more than once under the same id, final states`, Object.fromEntries(counts));
  });
});
