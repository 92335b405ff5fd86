import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Checks what `npm run build:all` produced (npm test builds first): the Electron
 * layout, a preload that a sandbox can load, and no harness code in the desktop build.
 */
const out = join(__dirname, '../../out');
const read = (path: string) => readFileSync(join(out, path), 'utf8');
const filesUnder = (dir: string): string[] =>
  readdirSync(join(out, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );

describe('build output', () => {
  it('exists (run `npm run build:all` first)', () => {
    for (const path of ['main/index.js', 'preload/index.cjs', 'renderer/index.html', 'web/harness.html']) {
      expect(existsSync(join(out, path)), path).toBe(true);
    }
  });

  it('has a one-file CommonJS preload that requires nothing but electron', () => {
    expect(readdirSync(join(out, 'preload')).filter((name) => !name.endsWith('.map'))).toEqual(['index.cjs']);
    const requires = [...read('preload/index.cjs').matchAll(/require\("([^"]+)"\)/gu)].map((match) => match[1]);
    expect(new Set(requires)).toEqual(new Set(['electron']));
  });

  it('keeps the web-harness bridge out of the Electron build', () => {
    const desktop = [...filesUnder('renderer'), ...filesUnder('main'), ...filesUnder('preload')].filter((file) =>
      /\.(js|cjs|html)$/u.test(file),
    );
    for (const file of desktop) {
      expect(read(file), file).not.toContain('/api/call');
      expect(read(file), file).not.toContain('harness-token');
    }
    expect(filesUnder('web').some((file) => file.endsWith('.js') && read(file).includes('/api/call'))).toBe(true);
  });

  it('ships no source maps in the desktop build', () => {
    const maps = [...filesUnder('renderer'), ...filesUnder('main'), ...filesUnder('preload')].filter((file) => file.endsWith('.map'));
    expect(maps).toEqual([]);
    for (const file of filesUnder('renderer').filter((name) => name.endsWith('.js'))) {
      expect(read(file), file).not.toContain('sourceMappingURL');
    }
  });

  it('keeps electron external in main and loads the preload as .cjs', () => {
    const main = read('main/index.js');
    expect(main).toContain('require("electron")');
    expect(main).toContain('index.cjs');
  });
});
