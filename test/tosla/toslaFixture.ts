import { Agent } from 'undici';
import { afterEach } from 'vitest';
import type { Clock } from '../../src/main/core/ports';
import type { ToslaCredentials } from '../../src/main/core/tosla/hash';
import { ToslaClient } from '../../src/main/core/tosla/toslaClient';
import type { DialectName, ToslaDialect } from '../../src/main/simulators/tosla/dialect';
import { DIALECTS } from '../../src/main/simulators/tosla/dialect';
import { PUBLISHED_TEST_MERCHANT } from '../../src/main/simulators/tosla/merchantHash';
import type { ToslaSimulator, ToslaSimulatorOptions } from '../../src/main/simulators/tosla/server';
import { startToslaSimulator } from '../../src/main/simulators/tosla/server';

/** The vendor's test merchant, as the client takes credentials. */
export const TEST_CREDENTIALS: ToslaCredentials = { ...PUBLISHED_TEST_MERCHANT };

/** Every named dialect, for `describe.each`: the Tosla suites run under each. */
export const DIALECT_MATRIX = Object.entries(DIALECTS) as [DialectName, ToslaDialect][];

/** A clock a test sets by hand. */
export class ManualClock implements Clock {
  constructor(public current: number) {}
  now(): number {
    return this.current;
  }
  advance(ms: number): void {
    this.current += ms;
  }
}

/** A simulator on loopback plus a dispatcher, both closed after the test. */
export async function simulatorFixture(options: ToslaSimulatorOptions = {}) {
  const simulator: ToslaSimulator = await startToslaSimulator(options);
  const dispatcher = new Agent({ connect: { timeout: 2_000 } });
  afterEach(async () => {
    await dispatcher.close();
    await simulator.close();
  });
  const client = (
    overrides: { clock?: Clock; credentials?: ToslaCredentials; timeoutMs?: number; onClockSkew?: (ms: number) => void } = {},
  ) =>
    new ToslaClient({
      baseUrl: simulator.baseUrl,
      credentials: overrides.credentials ?? TEST_CREDENTIALS,
      dispatcher,
      clock: overrides.clock ?? simulator.clock,
      timeoutMs: overrides.timeoutMs ?? 2_000,
      onClockSkew: overrides.onClockSkew,
    });
  const control = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${simulator.controlUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', 'x-simulator-token': simulator.controlToken },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as unknown };
  };
  return { simulator, dispatcher, client, control };
}
