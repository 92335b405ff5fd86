import { join } from 'node:path';
import { Agent } from 'undici';
import { afterEach } from 'vitest';
import type { Core } from '../../src/main/core/composition';
import { createCore } from '../../src/main/core/composition';
import { silentLogger } from '../../src/main/core/platform/consoleLogger';
import { JsonFileStore } from '../../src/main/core/platform/jsonFileStore';
import type { CorePorts } from '../../src/main/core/ports';
import { systemClock } from '../../src/main/core/ports';
import { switchableCipher } from './fakeCipher';
import { tempDir } from './tmp';

const running = new Set<Core>();
afterEach(async () => {
  for (const core of running) await core.close();
  running.clear();
});

/**
 * The ports the web harness gives the core, over a data folder; `overrides` swap one
 * (another cipher, a log the test reads, the desktop shell's updater or clipboard).
 */
export function testCorePorts(dir: string, overrides: Partial<CorePorts> = {}): CorePorts {
  return {
    clock: systemClock,
    dispatcher: new Agent(),
    cipher: switchableCipher({ backend: 'gnome_libsecret' }).cipher,
    dataDir: dir,
    stores: { settings: new JsonFileStore(join(dir, 'settings.json')), secrets: new JsonFileStore(join(dir, 'secrets.json')) },
    host: { kind: 'web-harness', appName: 'Tezgah POS', appVersion: '0.1.0', electronVersion: null },
    log: silentLogger,
    ...overrides,
  };
}

/**
 * The real core as the web harness builds it, over a data folder (fresh unless given),
 * closed after the test. Reusing a folder is how a test restarts the till. `hostPorts`
 * adds what only the desktop shell gives (its updater, its clipboard).
 */
export async function startTestCore(
  dir = tempDir(),
  backend = 'gnome_libsecret',
  hostPorts: Pick<CorePorts, 'updater' | 'clipboard' | 'openExternal'> = {},
): Promise<Core> {
  const core = await createCore(testCorePorts(dir, { cipher: switchableCipher({ backend }).cipher, ...hostPorts }));
  running.add(core);
  const close = core.close;
  return {
    ...core,
    close: async () => {
      running.delete(core);
      await close();
    },
  };
}
