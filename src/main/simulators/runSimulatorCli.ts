import { errorMessage } from '../../shared/errorMessage';

/**
 * Runs a simulator from the command line until Ctrl+C or SIGTERM, then closes it (so its
 * state file is written); says why and exits 1 if it could not start. `start` prints
 * whatever the simulator wants a person to see.
 */
export function runSimulatorCli(name: string, start: () => Promise<{ close(): Promise<void> }>): void {
  start().then(
    (simulator) => {
      const stop = () => {
        void simulator.close().then(() => process.exit(0));
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (error: unknown) => {
      process.stderr.write(`${name} simulator did not start: ${errorMessage(error)}\n`);
      process.exit(1);
    },
  );
}
