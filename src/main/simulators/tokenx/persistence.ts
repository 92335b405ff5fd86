import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
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

export function restoreStore(store: SimulatorStore, file: string): void {
  if (!existsSync(file)) return;
  const parsed = persistedSchema.safeParse(safeJson(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    renameSync(file, `${file}.unreadable-${Date.now()}`);
    return;
  }
  store.baskets.clear();
  for (const [id, basket] of parsed.data.baskets) store.baskets.set(id, basket);
  for (const [id, terminal] of parsed.data.terminals) store.terminals.set(id, terminal);
  store.clientSettings = { callbackUrl: parsed.data.callbackUrl, callbackAuthHeader: null };
}

export function saveStore(store: SimulatorStore, file: string): void {
  const state: z.infer<typeof persistedSchema> = {
    format: 2,
    baskets: [...store.baskets],
    terminals: [...store.terminals],
    callbackUrl: store.clientSettings.callbackUrl,
  };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(state));
  renameSync(`${file}.tmp`, file);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
