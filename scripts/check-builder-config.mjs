// `npm run dist:config-check`: loads electron-builder.ts exactly as electron-builder does
// and validates it against electron-builder's own JSON schema (app-builder-lib's
// scheme.json, the same check `electron-builder` runs before packaging), then checks that
// every file the configuration names exists (generating the icons first). Nothing is
// downloaded and no Electron binary is needed, so it runs in CI on every commit.
import { createRequire } from 'node:module';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateIcons } from './icons.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
const { DebugLogger } = require('builder-util');
const builderVersion = require('app-builder-lib/package.json').version;

await generateIcons();
const config = await getConfig(root, null, null);
await validateConfiguration(config, new DebugLogger(false));

const referenced = [
  ['win.icon', config.win?.icon],
  ['nsis.installerIcon', config.nsis?.installerIcon],
  ['nsis.uninstallerIcon', config.nsis?.uninstallerIcon],
  ['nsis.include', config.nsis?.include],
  ['linux.icon', config.linux?.icon],
];
const missing = referenced.filter(([, path]) => typeof path !== 'string' || !existsSync(join(root, path)));
if (missing.length > 0) {
  throw new Error(`electron-builder configuration names files that do not exist: ${missing.map(([key, path]) => `${key} = ${path}`).join(', ')}`);
}
const ico = statSync(join(root, config.win.icon));

const targets = [...(config.win?.target ?? []), ...(config.linux?.target ?? [])].map((entry) => entry.target);
console.log(`electron-builder ${builderVersion}: configuration is valid against its schema (${Object.keys(config).length} top-level keys).`);
console.log(`  targets: ${targets.join(', ')}; asar: ${config.asar}; fuses: ${Object.entries(config.electronFuses).map(([k, v]) => `${k}=${v}`).join(' ')}`);
console.log(`  icons: ${config.win.icon} (${ico.size} bytes), ${config.linux.icon}/; installer languages: ${config.nsis.installerLanguages.join(', ')}`);
