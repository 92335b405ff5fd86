import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/tmp';
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

  it('runs its main bundle with no node_modules beside it, as the installers pack it', () => {
    // The installers leave node_modules out (electron-builder.ts `files`): every package
    // main needs must be inside out/main. Load the bundle from a folder with nothing else,
    // with a stand-in `electron` whose single-instance lock is taken, so it quits at once.
    const dir = tempDir();
    mkdirSync(join(dir, 'app/out/main'), { recursive: true });
    for (const file of readdirSync(join(out, 'main')).filter((name) => name.endsWith('.js'))) {
      copyFileSync(join(out, 'main', file), join(dir, 'app/out/main', file));
    }
    mkdirSync(join(dir, 'stubs/electron'), { recursive: true });
    writeFileSync(
      join(dir, 'stubs/electron/index.js'),
      `const anything = new Proxy(function () {}, { get: (_t, key) => (key === 'then' ? undefined : anything), apply: () => anything });
const app = new Proxy({}, { get: (_t, name) => name === 'requestSingleInstanceLock' ? () => false
  : name === 'quit' ? () => process.stdout.write('quit: another instance holds the lock\\n') : anything });
const names = ['BrowserWindow', 'Menu', 'Notification', 'autoUpdater', 'clipboard', 'dialog', 'ipcMain', 'nativeTheme', 'net',
  'powerMonitor', 'protocol', 'safeStorage', 'screen', 'session', 'shell', 'webContents'];
module.exports = Object.fromEntries([['app', app], ...names.map((name) => [name, anything])]);`,
    );
    const run = spawnSync(process.execPath, [join(dir, 'app/out/main/index.js')], {
      cwd: dir,
      env: { ...process.env, NODE_PATH: join(dir, 'stubs') },
      encoding: 'utf8',
    });
    expect(run.stderr).not.toMatch(/Cannot find module/u);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('quit: another instance holds the lock');
  });
});
