import type { Clock } from '../ports';
import { PUBLISHED_TEST_MERCHANT } from '../../simulators/tosla/merchantHash';
import { startToslaSimulator } from '../../simulators/tosla/server';

/** The Tosla simulator as training mode uses it: where it is, and the merchant it knows. */
export interface EmbeddedTosla {
  /** `http://127.0.0.1:<port>/api/Payment` */
  baseUrl: string;
  /** The vendor's published test merchant (the shape of `ToslaCredentials`, which training does not import). */
  credentials: { clientId: string; apiUser: string; apiPass: string };
  /** This run's control-API token, for trainers and tests (`tosla.status`). */
  controlToken: string;
  close(): Promise<void>;
}

/**
 * Starts the embedded Tosla simulator on a free loopback port, signing in as the vendor's
 * published test merchant. Its books live in `stateFile`, so the voids and refunds of a
 * training day are still there after a restart, as they would be at real Tosla.
 */
export async function launchEmbeddedTosla(clock: Clock, stateFile: string): Promise<EmbeddedTosla> {
  const simulator = await startToslaSimulator({ clock, stateFile });
  const { clientId, apiUser, apiPass } = PUBLISHED_TEST_MERCHANT;
  return {
    baseUrl: simulator.baseUrl,
    credentials: { clientId, apiUser, apiPass },
    controlToken: simulator.controlToken,
    close: () => simulator.close(),
  };
}
