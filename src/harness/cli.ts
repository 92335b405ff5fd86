import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isAppFailure } from '../main/core/failure';
import { logLevelFrom, openLog } from '../main/core/platform/fileLogger';
import { startHarness } from './server';

/** `npm run web`: starts the harness and prints the URL to open in a browser. */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5174' },
    'data-dir': { type: 'string', default: '.userdata/web' },
  },
});

const webRoot = resolve('out/web');
if (!existsSync(resolve(webRoot, 'harness.html'))) {
  process.stderr.write('out/web is missing: run `npm run build:web` first.\n');
  process.exit(1);
}

async function main(): Promise<void> {
  const dataDir = resolve(values['data-dir']);
  // The same persistent log as the desktop app (<data>/logs), echoed on stderr.
  const log = await openLog({ dataDir, level: logLevelFrom(process.env.TEZGAH_LOG_LEVEL), alsoStderr: true });
  const harness = await startHarness({
    dataDir,
    webRoot,
    port: Number(values.port),
    ...(process.env.HARNESS_TOKEN ? { token: process.env.HARNESS_TOKEN } : {}),
    log,
  });
  process.stdout.write(`Tezgah POS web harness: ${harness.url}\n`);
  const stop = () => void harness.close().then(log.close).then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${isAppFailure(error) ? error.appError.message : String(error)}\n`);
  process.exit(1);
});
