import type { WireBasketBody } from '../../src/shared/tokenx/basketModel';

export const TERMINAL = 'AV0000000001';

export const sampleBasket = (price = 1500): WireBasketBody => ({
  items: [{ name: 'Çay', price, quantity: 2000, sectionNo: 1, taxPercent: 1000 }],
  paymentItems: [{ type: 1, amount: price * 2 }],
});

/** Waits for a condition the code under test will reach; the bound only stops a broken test from hanging. */
export async function eventually<T>(
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  what: string | (() => string),
  boundMs = 30_000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() - started > boundMs) throw new Error(`never happened: ${typeof what === 'string' ? what : what()}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
