// `npm start`: builds and opens the desktop app (training mode until credentials are
// set). The Electron binary is skipped at install (it cannot be fetched on the build
// machines), so it is fetched here on first start; where that is impossible the same
// app opens in the browser through the web harness instead.
//
// Every tool runs as `node <its JS entry>` (electron-vite's bin, npm's own npm-cli.js):
// no `npx`/`npm.cmd`, which Node refuses to spawn without a shell on Windows, and no
// shell, so it works the same on Windows, macOS and Linux.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(`Tezgah POS needs Node.js 24 or newer (found ${process.version}).`);
  process.exit(1);
}

const require = createRequire(import.meta.url);
const packageDir = (name) => dirname(require.resolve(`${name}/package.json`));

/** The JS file behind a package's command-line tool, from its package.json `bin`. */
function binOf(name) {
  const { bin } = JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8'));
  return join(packageDir(name), typeof bin === 'string' ? bin : bin[name]);
}

const node = (args, env = process.env) => spawnSync(process.execPath, args, { stdio: 'inherit', env }).status ?? 1;

const electronDir = packageDir('electron');
if (!existsSync(join(electronDir, 'path.txt'))) {
  console.log('Fetching the Electron runtime (first start only)…');
  node([join(electronDir, 'install.js')], { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' });
}

if (existsSync(join(electronDir, 'path.txt'))) {
  const args = [binOf('electron-vite'), 'preview'];
  // Chromium refuses to run its sandbox as root on Linux; only then is it switched off.
  if (process.platform === 'linux' && process.getuid?.() === 0) {
    console.warn('Running as root on Linux: Chromium cannot sandbox a root process, so the app starts with --no-sandbox. Start it as a normal user to keep the sandbox.');
    args.push('--noSandbox');
  }
  process.exit(node(args));
}

console.warn('The Electron runtime is not available on this machine; opening the web harness instead.');
// npm tells its scripts where its own JS entry is: `npm run web` without npm.cmd.
const npmCli = process.env.npm_execpath;
if (!npmCli) {
  console.error('Start it with `npm start` (npm runs the web harness for this script).');
  process.exit(1);
}
process.exit(node([npmCli, 'run', 'web']));
