import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkoutMigrations } from '../../src/main/core/checkout/journal';
import { openDatabase } from '../../src/main/core/storage/database';
import { webhookMigrations } from '../../src/main/core/webhook/registration';
import type { TokenxSimulator } from '../../src/main/simulators/tokenx/server';
import { startTokenxSimulator } from '../../src/main/simulators/tokenx/server';
import { tempDir } from '../helpers/tmp';
import { sampleBasket } from './serviceHarness';
import type { Rig } from './simulatorRig';
import { buildRig, startRig } from './simulatorRig';

let simulator: TokenxSimulator | null = null;
let rig: Rig | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
  await simulator?.close();
  simulator = null;
});

describe('device refusals from the simulator', () => {
  it('reads a busy device, an open basket on the terminal and the wrong sale mode as device-busy, and bad data as rejected', async () => {
    simulator = await startTokenxSimulator({ seed: 9 });
    const { control } = simulator;
    const db = openDatabase({ file: join(tempDir(), 'pos.sqlite'), migrations: [checkoutMigrations, webhookMigrations] });
    rig = await buildRig(db, simulator.baseUrl, 9);
    await startRig(rig, 'AV0000000001');
    const { service } = rig;

    control.device({ action: 'busy', terminalId: 'AV0000000001', busy: true });
    expect(await service.send({ basket: sampleBasket() })).toMatchObject({ state: 'device-busy', rejection: { code: '9' } });
    control.device({ action: 'busy', terminalId: 'AV0000000001', busy: false });

    const first = await service.send({ basket: sampleBasket() });
    expect(first.state).toBe('on-device');
    expect(await service.send({ basket: sampleBasket() })).toMatchObject({ state: 'device-busy', rejection: { code: '1100' } });

    control.device({ action: 'mode', terminalId: 'AV0000000002', mode: 0 });
    const listMode = await service.send({ basket: sampleBasket(), target: { kind: 'terminal', terminalId: 'AV0000000002' } });
    expect(listMode).toMatchObject({ state: 'device-busy', rejection: { code: '1104' } });

    const mismatch = await service.send({
      basket: { ...sampleBasket(), paymentItems: [{ type: 1, amount: 1 }] },
      target: { kind: 'branch', branchId: 'b81bb869-4a5c-4f0e-8d2a-3c6e9f1d7a25' },
    });
    expect(mismatch).toMatchObject({ state: 'rejected', rejection: { code: '1103' } });

    const foreign = await service.send({ basket: sampleBasket(), target: { kind: 'terminal', terminalId: 'AV0000009999' } });
    expect(foreign).toMatchObject({ state: 'rejected', rejection: { httpStatus: 403 } });
    // None of the refused baskets exist on TokenX: only the one that went through.
    expect(control.snapshot().baskets.map((basket) => basket.basketID)).toEqual([first.basketId]);
  });
});
