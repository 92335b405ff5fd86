import { setTimeout as sleep } from 'node:timers/promises';
import { checkoutMigrations } from '../../src/main/core/checkout/journal';
import { isAppFailure } from '../../src/main/core/failure';
import { openDatabase } from '../../src/main/core/storage/database';
import { webhookMigrations } from '../../src/main/core/webhook/registration';
import { sampleBasket } from './serviceHarness';
import { buildRig, ENVIRONMENT, startRig } from './simulatorRig';

/**
 * The checkout core as its own process, for the kill suite: recovers from the journal
 * it is given, then sells one basket after another to the simulator until it is killed
 * (`sell`), or only finishes what is there (`settle`). It reports on stdout.
 */
const [baseUrl = '', dbFile = '', seedText = '1', mode = 'sell'] = process.argv.slice(2);
const TERMINAL = 'AV0000000001';

async function main(): Promise<void> {
  const db = openDatabase({ file: dbFile, migrations: [checkoutMigrations, webhookMigrations] });
  const rig = await buildRig(db, baseUrl, { seed: Number(seedText) });
  await startRig(rig, { terminalId: TERMINAL });
  process.stdout.write(`recovered ${rig.service.recoveryStatus().found}\n`);
  if (mode === 'settle') {
    // Alive until the parent has seen every basket settle; the poller and void watch do the work.
    setInterval(() => undefined, 1_000);
    return;
  }
  for (let sale = 0; ; sale += 1) {
    // One basket on the device at a time, as at a real counter.
    while (rig.journal.unfinished(ENVIRONMENT).length > 0) await sleep(5);
    try {
      const entry = await rig.service.send({ basket: sampleBasket(100 + sale), cashierId: 'u-cashier' });
      process.stdout.write(`sent ${entry.basketId}\n`);
    } catch (error) {
      if (!isAppFailure(error)) throw error;
      await sleep(10);
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`kill child failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
