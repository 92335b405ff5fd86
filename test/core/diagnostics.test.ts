import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Diagnostics } from '../../src/shared/contract/support';
import { createFileLogger } from '../../src/main/core/platform/fileLogger';
import { startTestCore } from '../helpers/core';
import { tempDir } from '../helpers/tmp';

const value = <T>(result: { ok: true; value: unknown } | { ok: false; error: unknown }): T => {
  if (!result.ok) throw new Error(`call failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
};

describe('copy diagnostics', () => {
  it('bundles versions, states and the last log lines without a secret, saves it and puts it on the clipboard', async () => {
    const dir = tempDir();
    const log = await createFileLogger({ dataDir: dir });
    const webhook = 'Bearer cmOdSIRMR_yjt2OS-2aFohXB7rmXIi6uvxUpB4XvGBM';
    log.info('webhook registered', { callbackAuthHeader: webhook });
    log.warn(`refused webhook with ${webhook}`);
    log.info('sold', { basketId: 'c7b1e0a4-5d2f-4e8a-9b3c-1f6d2e8a7b90' });
    await log.close();

    const clipboard: string[] = [];
    const core = await startTestCore(dir, 'gnome_libsecret', { clipboard: { writeText: (text) => clipboard.push(text) } });
    value(await core.invoke('secrets.set', { name: 'tokenx.clientSecret', value: 'Xk4-tezgah-client-SECRET-2u9' }));
    const bundle = value<Diagnostics>(await core.invoke('diagnostics.copy', undefined));

    expect(bundle.copied).toBe(true);
    expect(clipboard).toEqual([bundle.text]);
    expect(existsSync(bundle.savedTo)).toBe(true);
    expect(readFileSync(bundle.savedTo, 'utf8')).toBe(bundle.text);
    expect(bundle.text).toContain('Tezgah POS 0.1.0');
    expect(bundle.text).toContain(`"node": "${process.versions.node}"`);
    expect(bundle.text).toContain('"unavailable": "web-harness"');
    expect(bundle.text).toMatch(/"set": \[\s*"tokenx.clientSecret"\s*\]/u);
    expect(bundle.text).toContain('c7b1e0a4-5d2f-4e8a-9b3c-1f6d2e8a7b90');
    for (const secret of ['cmOdSIRMR_yjt2OS-2aFohXB7rmXIi6uvxUpB4XvGBM', 'Xk4-tezgah-client-SECRET-2u9']) {
      expect(bundle.text).not.toContain(secret);
    }
  });

  it('leaves the copying to the screen where the host has no clipboard of its own', async () => {
    const core = await startTestCore();
    const bundle = value<Diagnostics>(await core.invoke('diagnostics.copy', undefined));
    expect(bundle.copied).toBe(false);
    expect(bundle.text).toContain('(kayıt yok / no log yet)');
  });
});
