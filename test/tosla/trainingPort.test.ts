import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { systemClock } from '../../src/main/core/ports';
import { EmbeddedSimulator } from '../../src/main/core/training/embeddedSimulator';
import { launchEmbeddedTosla } from '../../src/main/core/training/toslaSimulator';
import { tempDir } from '../helpers/tmp';

describe('the training port for Tosla', () => {
  it('tries a failed start again at the next use, and starts only once after that', async () => {
    const dir = tempDir();
    // A state file whose folder is a plain file cannot be written: a real failed start.
    writeFileSync(join(dir, 'blocked'), '');
    const files = [join(dir, 'blocked', 'tosla-simulator.json'), join(dir, 'training', 'tosla-simulator.json')];
    let launches = 0;
    const embedded = new EmbeddedSimulator(() => launchEmbeddedTosla(systemClock, files[launches++] ?? ''));
    await expect(embedded.get()).rejects.toThrow(/ENOTDIR|EEXIST/u);
    await embedded.close();
    const running = await embedded.get();
    expect(running.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/Payment$/u);
    expect(running.credentials.clientId).toBe('1000000494');
    expect(await embedded.get()).toBe(running);
    expect(launches).toBe(2);
    await embedded.close();
    await expect(fetch(`${running.baseUrl}/inquiry`, { method: 'POST', body: '{}' })).rejects.toThrow();
  });
});
