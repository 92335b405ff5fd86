import { join } from 'node:path';
import { Agent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { CheckoutAccounts } from '../../src/main/core/checkout/checkoutAccounts';
import { checkoutMigrations } from '../../src/main/core/checkout/journal';
import { silentLogger } from '../../src/main/core/platform/consoleLogger';
import { systemClock } from '../../src/main/core/ports';
import { openDatabase } from '../../src/main/core/storage/database';
import { launchEmbeddedTokenx } from '../../src/main/core/training/tokenxSimulator';
import { webhookMigrations } from '../../src/main/core/webhook/registration';
import { defaultSettings } from '../../src/shared/settings';
import { tempDir } from '../helpers/tmp';
import { TestApprovals } from '../helpers/approvals';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('checkout accounts', () => {
  it('tells why it cannot sell when the training simulator fails to start, and starts it on the next change', async () => {
    const dir = tempDir();
    const db = openDatabase({ file: join(dir, 'pos.sqlite'), migrations: [checkoutMigrations, webhookMigrations] });
    const dispatcher = new Agent();
    const initial = defaultSettings();
    const settings = { ...initial, tokenx: { ...initial.tokenx, webhookPort: 0 } };
    let launches = 0;
    const accounts = new CheckoutAccounts({
      db,
      clock: systemClock,
      dispatcher,
      log: silentLogger,
      approvals: new TestApprovals(),
      audit: { record: () => undefined },
      settings: () => settings,
      tokenxMode: () => 'simulator',
      liveCredentials: () => null,
      launchSimulator: () => {
        launches += 1;
        return launches === 1 ? Promise.reject(new Error('EADDRINUSE: no loopback port')) : launchEmbeddedTokenx(systemClock, join(dir, 'tokenx-simulator.json'));
      },
      onChange: () => undefined,
      onRecovery: () => undefined,
      onWebhook: () => undefined,
    });
    cleanups.push(async () => {
      await accounts.close();
      await dispatcher.close();
      db.close();
    });

    await accounts.sync();
    expect(() => accounts.account()).toThrow(
      expect.objectContaining({ appError: expect.objectContaining({ code: 'checkout.start-failed', messageTr: expect.stringContaining('EADDRINUSE') }) }),
    );
    expect(accounts.simulatorInfo()).toBeNull();

    await accounts.sync();
    expect(accounts.account()).toMatchObject({ environment: 'training', mode: 'simulator', terminalId: 'AV0000000001' });
    expect(accounts.simulatorInfo()?.okcUrl).toMatch(/\/okc\?token=\w+$/u);
    expect(accounts.service.recoveryStatus().phase).toBe('ready');
    expect(launches).toBe(2);
  });
});
