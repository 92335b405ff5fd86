import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'undici';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../src/main/core/platform/consoleLogger';
import { JsonFileStore } from '../../src/main/core/platform/jsonFileStore';
import type { CheckoutEntry } from '../../src/shared/checkout/checkoutState';
import type { TokenxSimulatorInfo } from '../../src/shared/checkout/tokenxSetup';
import { defaultSettings } from '../../src/shared/settings';
import type { UpdateStatus } from '../../src/shared/updates';
import { eventually, sampleBasket } from '../checkout/serviceHarness';
import { startTestCore } from '../helpers/core';
import { tempDir } from '../helpers/tmp';

/** electron-updater's autoUpdater as far as the shell uses it; the feed "has" version 0.2.0. */
const updater = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  const autoUpdater = Object.assign(new EventEmitter(), {
    logger: null as unknown,
    autoDownload: false,
    autoInstallOnAppQuit: true,
    allowDowngrade: true,
    allowPrerelease: true,
    setFeedURL: vi.fn(),
    quitAndInstall: vi.fn(),
    checkForUpdates: vi.fn(async () => {
      autoUpdater.emit('checking-for-update');
      autoUpdater.emit('update-available', { version: '0.2.0' });
      autoUpdater.emit('download-progress', { percent: 42.7 });
      autoUpdater.emit('update-downloaded', { version: '0.2.0' });
      return null;
    }),
  });
  return { autoUpdater, idleSeconds: 0 };
});

vi.mock('electron-updater', () => ({ autoUpdater: updater.autoUpdater }));
vi.mock('electron', () => ({
  app: { isPackaged: true },
  powerMonitor: { getSystemIdleTime: () => updater.idleSeconds },
}));

const { electronUpdater } = await import('../../src/main/electron/updater');

beforeEach(() => {
  updater.autoUpdater.removeAllListeners();
  updater.autoUpdater.quitAndInstall.mockClear();
  updater.autoUpdater.setFeedURL.mockClear();
  updater.idleSeconds = 0;
});

const value = <T>(result: { ok: true; value: unknown } | { ok: false; error: unknown }): T => {
  if (!result.ok) throw new Error(`call failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
};

/** A till whose IT dropped a feed file into ProgramData, in training against the embedded TokenX. */
async function till(feed: unknown) {
  const programData = tempDir();
  mkdirSync(join(programData, 'Tezgah POS'));
  writeFileSync(join(programData, 'Tezgah POS', 'update-feed.json'), JSON.stringify(feed));
  const dir = tempDir();
  const initial = defaultSettings();
  new JsonFileStore(join(dir, 'settings.json')).set('settings', {
    ...initial,
    tokenx: { ...initial.tokenx, webhookPort: 0, pollIntervalMs: 250 },
  });
  const port = electronUpdater(silentLogger, { platform: 'win32', env: { ProgramData: programData } });
  const core = await startTestCore(dir, 'gnome_libsecret', { updater: port });
  const status = async () => value<UpdateStatus>(await core.invoke('updates.status', undefined));
  return { core, status };
}

describe('updates never install during a sale', () => {
  it('waits for the basket on the device, the basket on screen and a quiet till, then installs', async () => {
    const { core, status } = await till({ url: 'https://updates.example.test/tezgah-pos/' });
    expect(await status()).toMatchObject({ state: 'idle', unavailable: null, feed: { url: 'https://updates.example.test/tezgah-pos/' } });
    expect(updater.autoUpdater.setFeedURL).toHaveBeenCalledWith({
      provider: 'generic',
      url: 'https://updates.example.test/tezgah-pos/',
      channel: 'latest',
    });
    expect(updater.autoUpdater.autoInstallOnAppQuit).toBe(false);

    // A sale is under way: the basket is on the device, waiting for the customer's card.
    await eventually(async () => value<{ phase: string }>(await core.invoke('checkout.recoveryStatus', undefined)).phase === 'ready', 'ready');
    const sent = value<CheckoutEntry>(await core.invoke('checkout.send', { basket: sampleBasket() }));
    expect(sent.state).toBe('on-device');
    value(await core.invoke('updates.tillActivity', { draftLines: 0 }));
    updater.idleSeconds = 3600;

    // The update arrives in the middle of it.
    const checked = value<UpdateStatus>(await core.invoke('updates.check', undefined));
    expect(checked).toMatchObject({ state: 'waiting', availableVersion: '0.2.0', downloadPercent: 100 });
    const held = await eventually(async () => {
      const now = await status();
      return now.blockedBy.includes('basket-in-flight') && now;
    }, 'held back by the basket on the device');
    expect(held.state).toBe('waiting');
    expect(updater.autoUpdater.autoInstallOnAppQuit).toBe(false);

    // Nor does "install now" restart the till under the sale.
    const refused = await core.invoke('updates.install', undefined);
    expect(refused).toMatchObject({ ok: false, error: { code: 'update.saleInProgress' } });
    expect(updater.autoUpdater.quitAndInstall).not.toHaveBeenCalled();

    // The next customer's items are already being scanned when the first one pays.
    value(await core.invoke('updates.tillActivity', { draftLines: 2 }));
    const simulator = value<TokenxSimulatorInfo | null>(await core.invoke('tokenx.simulator', undefined));
    // The control API wants the run's token, which the ÖKC page's address carries.
    const okc = new URL(simulator?.okcUrl ?? 'http://127.0.0.1/');
    for (const action of ['open', 'pay']) {
      const response = await request(`${okc.origin}/__control/device`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-simulator-token': okc.searchParams.get('token') ?? '' },
        body: JSON.stringify({ action, terminalId: 'AV0000000001', basketId: sent.basketId }),
      });
      expect(response.statusCode).toBe(200);
      await response.body.dump();
    }
    await eventually(async () => {
      const now = await status();
      return !now.blockedBy.includes('basket-in-flight') && now.blockedBy.includes('basket-open');
    }, 'only the open basket holds it back');
    // Closing the app now may install: nothing is left on the device.
    expect(updater.autoUpdater.autoInstallOnAppQuit).toBe(true);
    expect(updater.autoUpdater.quitAndInstall).not.toHaveBeenCalled();

    // That sale is sent and done, but the cashier is still at the keyboard.
    updater.idleSeconds = 20;
    value(await core.invoke('updates.tillActivity', { draftLines: 0 }));
    await eventually(async () => (await status()).blockedBy.join() === 'till-in-use', 'held back by a cashier at work');
    expect(updater.autoUpdater.quitAndInstall).not.toHaveBeenCalled();

    // Five quiet minutes later the till updates itself, silently, and starts again.
    updater.idleSeconds = 301;
    value(await core.invoke('updates.tillActivity', { draftLines: 0 }));
    await eventually(async () => (await status()).state === 'installing', 'installing');
    expect(updater.autoUpdater.quitAndInstall).toHaveBeenCalledTimes(1);
    expect(updater.autoUpdater.quitAndInstall).toHaveBeenCalledWith(true, true);
  });

  it('refuses a feed that is not https and never touches electron-updater', async () => {
    const { status } = await till({ url: 'http://updates.example.test/tezgah-pos/' });
    const now = await status();
    expect(now).toMatchObject({ state: 'unavailable', unavailable: 'feed-invalid', error: { code: 'update.feedInvalid' } });
    expect(now.error?.messageTr).toContain('https://');
    expect(updater.autoUpdater.setFeedURL).not.toHaveBeenCalled();
    expect(updater.autoUpdater.listenerCount('update-downloaded')).toBe(0);
  });
});

describe('the web harness', () => {
  it('says it does not update itself', async () => {
    const core = await startTestCore();
    expect(value<UpdateStatus>(await core.invoke('updates.status', undefined))).toMatchObject({
      state: 'unavailable',
      unavailable: 'web-harness',
    });
    expect(await core.invoke('updates.check', undefined)).toMatchObject({ ok: false, error: { code: 'update.unavailable' } });
  });
});

