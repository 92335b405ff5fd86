import { parseArgs } from 'node:util';
import { VENDOR_TEST_CREDENTIALS } from '../../core/tosla/hash';
import { startToslaSimulator } from './server';

/** `npm run sim:tosla -- --port N [--end-of-day HH:mm]`: the simulator on its own, for trainers and manual tests. */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'end-of-day': { type: 'string', default: '00:00' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  process.stderr.write(`--port must be a number from 0 to 65535, got ${values.port}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  const simulator = await startToslaSimulator({ port, endOfDay: values['end-of-day'] });
  process.stdout.write(
    [
      `Tosla İşim simulator listening on ${simulator.baseUrl}`,
      `  clientId ${VENDOR_TEST_CREDENTIALS.clientId}  apiUser ${VENDOR_TEST_CREDENTIALS.apiUser}  apiPass ${VENDOR_TEST_CREDENTIALS.apiPass}`,
      `  control API: ${simulator.controlUrl}/state, /faults, /clock, /end-of-day, /orders, /reset  (header x-simulator-token: ${simulator.controlToken})`,
      '',
    ].join('\n'),
  );

  const stop = () => {
    void simulator.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
