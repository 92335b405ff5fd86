import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** scrypt cost; stored with every hash so raising it later still verifies old PINs. */
export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/**
 * 2^15 × 8 takes about 32 MiB and a few tens of milliseconds: slow enough to make each
 * guess at a stolen database cost something, fast enough for a till. A 4–8 digit PIN
 * cannot resist an offline search however slow the hash; the lockout is what protects
 * it online.
 */
export const DEFAULT_PIN_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 1 };

const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

const costSchema = z.object({ N: z.number().int().min(2), r: z.number().int().min(1), p: z.number().int().min(1) }).strict();

export interface StoredPin {
  hash: Uint8Array;
  salt: Uint8Array;
  /** JSON of the ScryptCost used. */
  cost: string;
}

export class PinHasher {
  readonly #cost: ScryptCost;

  constructor(cost: ScryptCost = DEFAULT_PIN_COST) {
    this.#cost = cost;
  }

  async hash(pin: string): Promise<StoredPin> {
    const salt = randomBytes(SALT_LENGTH);
    const hash = await derive(pin, salt, this.#cost, KEY_LENGTH);
    return { hash, salt, cost: JSON.stringify(this.#cost) };
  }

  /** Constant-time comparison; a row whose cost does not parse never verifies. */
  async verify(pin: string, stored: StoredPin): Promise<boolean> {
    const cost = parseCost(stored.cost);
    if (cost === null || stored.hash.length === 0) return false;
    const candidate = await derive(pin, stored.salt, cost, stored.hash.length);
    return timingSafeEqual(candidate, stored.hash);
  }
}

function parseCost(text: string): ScryptCost | null {
  try {
    const parsed = costSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function derive(pin: string, salt: Uint8Array, cost: ScryptCost, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(pin, salt, length, { ...cost, maxmem: 256 * cost.N * cost.r + 1024 * 1024 }, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}
