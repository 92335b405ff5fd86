import { Agent } from 'undici';
import { systemClock } from '../src/main/core/ports';
import { istanbulDateNumber } from '../src/main/core/tosla/istanbulTime';
import { ToslaClient } from '../src/main/core/tosla/toslaClient';
import { PUBLISHED_TEST_MERCHANT } from '../src/main/simulators/tosla/merchantHash';
import { startToslaSimulator } from '../src/main/simulators/tosla/server';

/** Round-trip cost of signed Tosla calls against the loopback simulator: `npx tsx bench/tosla.ts`. */
const ROUNDS = 400;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

async function measure(label: string, run: (i: number) => Promise<unknown>): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    const started = performance.now();
    await run(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const total = times.reduce((sum, t) => sum + t, 0);
  console.log(
    `${label.padEnd(10)} ${ROUNDS} calls  mean ${(total / ROUNDS).toFixed(2)} ms  p50 ${percentile(times, 0.5).toFixed(2)} ms  p95 ${percentile(times, 0.95).toFixed(2)} ms`,
  );
}

async function main(): Promise<void> {
  const simulator = await startToslaSimulator({ seed: false });
  const dispatcher = new Agent();
  const client = new ToslaClient({ baseUrl: simulator.baseUrl, credentials: PUBLISHED_TEST_MERCHANT, dispatcher, clock: systemClock });
  for (let i = 0; i < ROUNDS; i += 1) simulator.ledger.addOrder({ orderId: `B-${i}`, amount: 10_000, createdAt: Date.now() - 60_000 });
  await measure('inquiry', (i) => client.inquiry(`B-${i}`));
  await measure('refund', (i) => client.refund(`B-${i}`, 100));
  // Refunded orders are refused a void: this measures the refusal's round trip.
  await measure('void', (i) => client.void(`B-${i}`));
  await measure('history', () => client.history({ date: istanbulDateNumber(Date.now()), page: 1, pageSize: 50 }));
  await dispatcher.close();
  await simulator.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
