// `npm start`: builds and opens the desktop app (training mode until credentials are
// set). The Electron binary is skipped at install (it cannot be fetched on the build
// machines), so it is fetched here on first start; where that is impossible the same
// app opens in the browser through the web harness instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(`Tezgah POS needs Node.js 24 or newer (found ${process.version}).`);
  process.exit(1);
}

const require = createRequire(import.meta.url);
const electronDir = join(require.resolve('electron/package.json'), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (command, args, env = process.env) => spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;

if (!existsSync(join(electronDir, 'path.txt'))) {
  console.log('Fetching the Electron runtime (first start only)…');
  run(process.execPath, [join(electronDir, 'install.js')], { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' });
}

if (existsSync(join(electronDir, 'path.txt'))) {
  const args = ['electron-vite', 'preview'];
  if (process.platform === 'linux' && process.getuid?.() === 0) args.push('--noSandbox');
  process.exit(run(process.platform === 'win32' ? 'npx.cmd' : 'npx', args));
}

console.warn('The Electron runtime is not available on this machine; opening the web harness instead.');
process.exit(run(npm, ['run', 'web']));
