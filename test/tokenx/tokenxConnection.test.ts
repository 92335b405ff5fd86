import { join } from 'node:path';
import { Agent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { createCheckoutModule } from '../../src/main/core/checkout/checkoutModule';
import { checkoutMigrations } from '../../src/main/core/checkout/journal';
import { silentLogger } from '../../src/main/core/platform/consoleLogger';
import { systemClock } from '../../src/main/core/ports';
import { openDatabase } from '../../src/main/core/storage/database';
import { TokenxConnection } from '../../src/main/core/tokenx/tokenxConnection';
import { launchEmbeddedTokenx } from '../../src/main/core/training/tokenxSimulator';
import { webhookMigrations } from '../../src/main/core/webhook/registration';
import { defaultSettings } from '../../src/shared/settings';
import { tempDir } from '../helpers/tmp';
import { TestApprovals } from '../helpers/approvals';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('the TokenX connection', () => {
  it('tells why it cannot sell when the training simulator fails to start, and starts it on the next change', async () => {
    const dir = tempDir();
    const db = openDatabase({ file: join(dir, 'pos.sqlite'), migrations: [checkoutMigrations, webhookMigrations] });
    const dispatcher = new Agent();
    const initial = defaultSettings();
    const settings = { ...initial, tokenx: { ...initial.tokenx, webhookPort: 0 } };
    let launches = 0;
    const connection = new TokenxConnection({
      clock: systemClock,
      dispatcher,
      log: silentLogger,
      settings: () => settings,
      mode: () => 'simulator',
      endpointAllowed: () => true,
      secrets: { reveal: () => undefined },
      launchSimulator: () => {
        launches += 1;
        return launches === 1 ? Promise.reject(new Error('EADDRINUSE: no loopback port')) : launchEmbeddedTokenx(systemClock, join(dir, 'tokenx-simulator.json'));
      },
    });
    const checkout = createCheckoutModule({
      db,
      clock: systemClock,
      log: silentLogger,
      approvals: new TestApprovals(),
      audit: { record: () => undefined },
      settings: () => settings,
      connection,
      actor: () => null,
      onChange: () => undefined,
      onRecovery: () => undefined,
    });
    cleanups.push(async () => {
      await checkout.close?.();
      await connection.close();
      await dispatcher.close();
      db.close();
    });

    await connection.sync();
    expect(() => connection.current()).toThrow(
      expect.objectContaining({ appError: expect.objectContaining({ code: 'checkout.start-failed', messageTr: expect.stringContaining('EADDRINUSE') }) }),
    );
    expect(connection.simulatorInfo()).toBeNull();

    await connection.sync();
    expect(connection.current()).toMatchObject({ environment: 'training', mode: 'simulator', terminalId: 'AV0000000001' });
    expect(connection.simulatorInfo()?.okcUrl).toMatch(/\/okc\?token=\w+$/u);
    expect(checkout.service.recoveryStatus().phase).toBe('ready');
    expect(launches).toBe(2);
  });
});
