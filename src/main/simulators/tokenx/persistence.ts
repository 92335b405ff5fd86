import { z } from 'zod';
import { readStateFile, writeStateFile } from '../stateFile';
import type { SimBasket, SimTerminal, SimulatorStore } from './store';

/**
 * Keeps the simulator's baskets, devices and callback URL in a file, so a training till
 * that restarts finds its baskets where the device left them, as it would with real
 * TokenX. The webhook auth value is never written: the app registers it again at every
 * start. A file that does not read back (or an older format) is kept aside and the
 * simulator starts fresh.
 */
const record = <T>() => z.custom<T>((value) => typeof value === 'object' && value !== null);

const persistedSchema = z.object({
  format: z.literal(2),
  baskets: z.array(z.tuple([z.string(), record<SimBasket>()])),
  terminals: z.array(z.tuple([z.string(), record<SimTerminal>()])),
  callbackUrl: z.string().nullable(),
});

export function restoreStore(store: SimulatorStore, file: string, now: number): void {
  const state = readStateFile(file, persistedSchema, now);
  if (state === null) return;
  store.baskets.clear();
  for (const [id, basket] of state.baskets) store.baskets.set(id, basket);
  for (const [id, terminal] of state.terminals) store.terminals.set(id, terminal);
  store.clientSettings = { callbackUrl: state.callbackUrl, callbackAuthHeader: null };
}

export function saveStore(store: SimulatorStore, file: string): void {
  const state: z.infer<typeof persistedSchema> = {
    format: 2,
    baskets: [...store.baskets],
    terminals: [...store.terminals],
    callbackUrl: store.clientSettings.callbackUrl,
  };
  writeStateFile(file, state);
}
