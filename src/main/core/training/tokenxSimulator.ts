import type { Clock } from '../ports';
import { SIM_BRANCH_ID, SIM_CLIENT_ID, SIM_CLIENT_SECRET, SIM_TERMINALS } from '../../simulators/tokenx/fixtures';
import { startTokenxSimulator } from '../../simulators/tokenx/server';

/** The TokenX simulator as training mode uses it: where it is, and the account it knows. */
export interface EmbeddedTokenx {
  baseUrl: string;
  /** The virtual ÖKC page a trainer opens to play the device, with this run's token. */
  okcUrl: string;
  clientId: string;
  clientSecret: string;
  /** The counter's terminal: the first one in instant sale mode. */
  terminalId: string;
  branchId: string;
  terminalIds: string[];
  close(): Promise<void>;
}

/**
 * Starts the embedded TokenX simulator on a free loopback port, with the device left to
 * the trainer. Its baskets live in `stateFile`, so a training basket still on the
 * device after a restart is found there, as with real TokenX.
 */
export async function launchEmbeddedTokenx(clock: Clock, stateFile: string): Promise<EmbeddedTokenx> {
  const simulator = await startTokenxSimulator({ clock, seed: clock.now(), stateFile });
  const counter = SIM_TERMINALS.find((terminal) => terminal.sale === 'instant') ?? SIM_TERMINALS[0];
  return {
    baseUrl: simulator.baseUrl,
    okcUrl: simulator.okcUrl,
    clientId: SIM_CLIENT_ID,
    clientSecret: SIM_CLIENT_SECRET,
    terminalId: counter?.id ?? '',
    branchId: SIM_BRANCH_ID,
    terminalIds: SIM_TERMINALS.map((terminal) => terminal.id),
    close: () => simulator.close(),
  };
}
