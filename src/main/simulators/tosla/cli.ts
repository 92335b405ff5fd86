import { parseArgs } from 'node:util';
import { runSimulatorCli } from '../runSimulatorCli';
import { CONTROL_PATHS } from './controlApi';
import type { DialectChange, DialectName } from './dialect';
import { DIALECTS, isDialectName } from './dialect';
import { DOCUMENTED_METHODS } from './paymentApi';
import { startToslaSimulator } from './server';

/**
 * `npm run sim:tosla -- --port N [--end-of-day HH:mm] [--dialect NAME] [--accept-replays]`:
 * the simulator on its own, for trainers, integrators and manual tests.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'end-of-day': { type: 'string', default: '00:00' },
    dialect: { type: 'string', default: 'reference' },
    'accept-replays': { type: 'boolean', default: false },
  },
});

const fail = (message: string): never => {
  process.stderr.write(`${message}\n`);
  process.exit(2);
};

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) fail(`--port must be a number from 0 to 65535, got ${values.port}`);
const dialectName: DialectName = isDialectName(values.dialect)
  ? values.dialect
  : fail(`--dialect must be one of ${Object.keys(DIALECTS).join(', ')}, got ${values.dialect}`);
// Official plugins sign once and send the same hash on several calls (reference §3).
const dialect: DialectChange = { ...DIALECTS[dialectName], ...(values['accept-replays'] ? { hashReuse: 'accepted' } : {}) };

runSimulatorCli('Tosla İşim', async () => {
  const simulator = await startToslaSimulator({ port, endOfDay: values['end-of-day'], dialect });
  const [merchant] = simulator.merchants;
  process.stdout.write(
    [
      `Tosla İşim simulator listening on ${simulator.baseUrl}  (dialect ${dialectName}${values['accept-replays'] ? ', replays accepted' : ''})`,
      `  clientId ${merchant?.clientId}  apiUser ${merchant?.apiUser}  apiPass ${merchant?.apiPass}`,
      `  simulated: ${DOCUMENTED_METHODS.simulated.join(', ')}`,
      `  answered 250: ${DOCUMENTED_METHODS.answeredWith250.join(', ')}; error page: ${DOCUMENTED_METHODS.answeredWithErrorPage.join(', ')}`,
      `  control API: ${simulator.controlUrl}/${CONTROL_PATHS.join(', /')}  (header x-simulator-token: ${simulator.controlToken})`,
      '',
    ].join('\n'),
  );

  return simulator;
});
