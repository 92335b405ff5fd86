import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/main/core/platform/consoleLogger';
import type { Harness } from '../../src/harness/server';
import { startHarness } from '../../src/harness/server';
import { isCallName, isEventName } from '../../src/shared/contract';
import { createPosApi } from '../../src/shared/posApi';
import { startTestCore } from '../helpers/core';
import { tempDir } from '../helpers/tmp';

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

/** Names no call has, including ones whose `String()` throws or runs code. */
const strangeNames: unknown[] = [
  { toString: 1 },
  {
    toString() {
      throw new Error('boom');
    },
  },
  Object.create(null),
  Symbol('call'),
  ['app.info'],
  12,
  null,
  undefined,
];

describe('small findings', () => {
  it('the dispatcher answers {ok:false} for any name that is not a call, whatever it is', async () => {
    const core = await startTestCore();
    for (const name of strangeNames) {
      const answer = await core.invoke(name, undefined);
      expect(answer).toMatchObject({ ok: false, error: { code: 'contract.unknown-call' } });
    }
  });

  it('window.pos answers {ok:false} for the same names without reaching the transport', async () => {
    let reached = 0;
    const pos = createPosApi({
      invoke: () => {
        reached += 1;
        return Promise.resolve({ ok: true, value: null });
      },
      subscribe: () => undefined,
      isCallName,
      isEventName,
    });
    const call = pos.call as (name: unknown) => Promise<unknown>;
    for (const name of strangeNames) await expect(call(name)).resolves.toMatchObject({ ok: false, error: { code: 'contract.unknown-call' } });
    expect(reached).toBe(0);
  });

  it('the web harness answers 400, not 500, to a malformed escape in a path', async () => {
    const dir = tempDir();
    const webRoot = join(dir, 'web');
    mkdirSync(webRoot);
    writeFileSync(join(webRoot, 'harness.html'), '<!doctype html><title>harness</title>');
    harness = await startHarness({ dataDir: join(dir, 'data'), webRoot, log: silentLogger });
    const port = harness.port;
    const status = (path: string) =>
      new Promise<number>((resolve, reject) => {
        request({ host: '127.0.0.1', port, path }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        })
          .on('error', reject)
          .end();
      });
    expect(await status('/%E0%A4%A')).toBe(400);
    expect(await status('/%')).toBe(400);
    expect(await status('/harness.html')).toBe(200);
  });
});
