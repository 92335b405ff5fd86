import { parseArgs } from 'node:util';
import { runSimulatorCli } from '../runSimulatorCli';
import { SIM_BRANCH_ID, SIM_CLIENT_ID, SIM_CLIENT_SECRET, SIM_FOREIGN_TERMINAL, SIM_TERMINALS } from './fixtures';
import { DIALECT_PROFILES } from './dialect';
import { startTokenxSimulator } from './server';

/** `npm run sim:tokenx -- --port N [--seed S] [--dialect P]`: the simulator on its own, until Ctrl+C. */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    seed: { type: 'string', default: '1' },
    host: { type: 'string', default: '127.0.0.1' },
    dialect: { type: 'string', default: 'documented' },
  },
});

const port = Number(values.port);
const seed = Number(values.seed);
const dialect = DIALECT_PROFILES[values.dialect];
if (!Number.isInteger(port) || port < 0 || port > 65535 || !Number.isInteger(seed) || dialect === undefined) {
  process.stderr.write(
    `usage: npm run sim:tokenx -- --port <0-65535> [--seed <int>] [--host 127.0.0.1] [--dialect ${Object.keys(DIALECT_PROFILES).join('|')}]\n`,
  );
  process.exit(2);
}

runSimulatorCli('TokenX', async () => {
  const simulator = await startTokenxSimulator({ port, seed, host: values.host, dialect });
  process.stdout.write(
    [
      `TokenX simulator: ${simulator.baseUrl}`,
      `  virtual ÖKC:    ${simulator.okcUrl}`,
      `  control API:    ${simulator.baseUrl}/__control/state  (header x-simulator-token: ${simulator.controlToken})`,
      `  client id:      ${SIM_CLIENT_ID}`,
      `  client secret:  ${SIM_CLIENT_SECRET}`,
      `  branch id:      ${SIM_BRANCH_ID}`,
      `  terminals:      ${SIM_TERMINALS.map((terminal) => `${terminal.id} (${terminal.sale})`).join(', ')}`,
      `  dialect:        ${values.dialect}`,
      `  foreign:        ${SIM_FOREIGN_TERMINAL.id} (another merchant's, refused)`,
      '',
    ].join('\n'),
  );

  return simulator;
});
