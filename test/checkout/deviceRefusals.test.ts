import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkoutMigrations } from '../../src/main/core/checkout/journal';
import { openDatabase } from '../../src/main/core/storage/database';
import { webhookMigrations } from '../../src/main/core/webhook/registration';
import { DIALECT_PROFILES } from '../../src/main/simulators/tokenx/dialect';
import { SIM_BRANCH_ID } from '../../src/main/simulators/tokenx/fixtures';
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

describe.each(Object.keys(DIALECT_PROFILES))('device refusals from the simulator (%s dialect)', (profile) => {
  it('reads a busy device, an open basket on the terminal and the wrong sale mode as device-busy, and bad data as rejected', async () => {
    simulator = await startTokenxSimulator({ seed: 9, dialect: DIALECT_PROFILES[profile] });
    const { control } = simulator;
    const db = openDatabase({ file: join(tempDir(), 'pos.sqlite'), migrations: [checkoutMigrations, webhookMigrations] });
    rig = await buildRig(db, simulator.baseUrl, { seed: 9 });
    await startRig(rig, { terminalId: 'AV0000000001' });
    const { service } = rig;
    const sell = (basket = sampleBasket(), target?: Parameters<typeof service.send>[0]['target']) =>
      service.send(target === undefined ? { basket, cashierId: null } : { basket, target, cashierId: null });

    control.device({ action: 'busy', terminalId: 'AV0000000001', busy: true });
    expect(await sell()).toMatchObject({ state: 'device-busy', rejection: { code: '9' } });
    control.device({ action: 'busy', terminalId: 'AV0000000001', busy: false });

    const first = await sell();
    expect(first.state).toBe('on-device');
    expect(await sell()).toMatchObject({ state: 'device-busy', rejection: { code: '1100' } });

    control.device({ action: 'sale-kind', terminalId: 'AV0000000002', sale: 'list' });
    const listMode = await sell(sampleBasket(), { kind: 'terminal', terminalId: 'AV0000000002' });
    expect(listMode).toMatchObject({ state: 'device-busy', rejection: { code: '1104' } });

    const mismatch = await sell({ ...sampleBasket(), paymentItems: [{ type: 1, amount: 1 }] }, { kind: 'branch', branchId: SIM_BRANCH_ID });
    expect(mismatch).toMatchObject({ state: 'rejected', rejection: { code: '1103' } });

    const foreign = await sell(sampleBasket(), { kind: 'terminal', terminalId: 'AV0000009999' });
    expect(foreign).toMatchObject({ state: 'rejected', rejection: { httpStatus: 403 } });
    // None of the refused baskets exist on TokenX: only the one that went through.
    expect(control.snapshot().baskets.map((basket) => basket.basketID)).toEqual([first.basketId]);
    db.close();
  });
});
