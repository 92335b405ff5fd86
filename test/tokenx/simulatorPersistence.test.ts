import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTokenxSimulator } from '../../src/main/simulators/tokenx/server';
import type { TokenxSimulator } from '../../src/main/simulators/tokenx/server';
import { tempDir } from '../helpers/tmp';
import { clientFor, ManualClock, sampleBasket } from './simHarness';

const T1 = 'AV0000000001';
const running: TokenxSimulator[] = [];
afterEach(async () => {
  while (running.length > 0) await running.pop()?.close();
});

async function start(stateFile: string, clock: ManualClock) {
  const sim = await startTokenxSimulator({ clock, seed: 3, stateFile });
  running.push(sim);
  return sim;
}

describe('TokenX simulator state file (training mode)', () => {
  it('keeps baskets, device counters and client settings across a restart', async () => {
    const clock = new ManualClock();
    const file = join(tempDir(), 'training', 'tokenx-simulator.json');
    const first = await start(file, clock);
    const client = clientFor(first.baseUrl, clock);
    const paid = sampleBasket();
    const open = sampleBasket();
    expect((await client.setClientSettings({ callbackUrl: 'http://127.0.0.1:1/hook', callbackAuthHeader: 'x' })).kind).toBe('ok');
    expect((await client.createInstantBasket(T1, paid)).kind).toBe('ok');
    first.control.device({ action: 'open', terminalId: T1, basketId: paid.basketID });
    first.control.device({ action: 'pay', terminalId: T1, basketId: paid.basketID });
    expect((await client.createInstantBasket(T1, open)).kind).toBe('ok');
    await first.close();
    running.pop();

    const second = await start(file, clock);
    const again = clientFor(second.baseUrl, clock);
    expect(await again.getBasket(paid.basketID)).toMatchObject({ kind: 'ok', value: { sale: { receiptNo: 1 } } });
    expect(await again.getBasket(open.basketID)).toMatchObject({ kind: 'ok' });
    expect(await again.getClientSettings()).toMatchObject({ kind: 'ok', value: { callbackUrl: 'http://127.0.0.1:1/hook' } });
    // The next receipt on that device continues the count.
    second.control.device({ action: 'open', terminalId: T1, basketId: open.basketID });
    second.control.device({ action: 'pay', terminalId: T1, basketId: open.basketID });
    expect(await again.getBasket(open.basketID)).toMatchObject({ kind: 'ok', value: { sale: { receiptNo: 2 } } });
  });

  it('sets an unreadable file aside and starts fresh', async () => {
    const dir = tempDir();
    const file = join(dir, 'tokenx-simulator.json');
    writeFileSync(file, '{ not json');
    const sim = await start(file, new ManualClock());
    expect(readdirSync(dir).some((name) => name.startsWith('tokenx-simulator.json.unreadable-'))).toBe(true);
    expect(sim.control.snapshot().baskets).toHaveLength(0);
  });
});
