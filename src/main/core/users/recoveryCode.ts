import { randomInt } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { PinHasher } from './pinHasher';

/** Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand survives. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 4;
const GROUP_LENGTH = 5;

/**
 * The installation's admin recovery code: 100 random bits, made at setup and shown once,
 * stored only as a scrypt hash. Too many guesses to need a throttle, so it always works
 * for whoever holds the paper it was written on.
 */
export class RecoveryCodes {
  readonly #db: DatabaseSync;
  readonly #hasher: PinHasher;

  constructor(db: DatabaseSync, hasher: PinHasher) {
    this.#db = db;
    this.#hasher = hasher;
  }

  isSet(): boolean {
    return this.#db.prepare('SELECT 1 FROM recovery_code WHERE id = 1').get() !== undefined;
  }

  /** Makes a new code, replacing any earlier one, and returns it for display; only its hash is kept. */
  async issue(at: string): Promise<string> {
    const code = Array.from({ length: GROUPS }, () =>
      Array.from({ length: GROUP_LENGTH }, () => ALPHABET.charAt(randomInt(ALPHABET.length))).join(''),
    ).join('-');
    const stored = await this.#hasher.hash(normalise(code));
    this.#db
      .prepare(
        `INSERT INTO recovery_code (id, code_hash, code_salt, code_cost, created_at) VALUES (1, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET code_hash = excluded.code_hash, code_salt = excluded.code_salt,
           code_cost = excluded.code_cost, created_at = excluded.created_at`,
      )
      .run(stored.hash, stored.salt, stored.cost, at);
    return code;
  }

  async matches(code: string): Promise<boolean> {
    const row = this.#db.prepare('SELECT code_hash, code_salt, code_cost FROM recovery_code WHERE id = 1').get() as
      | { code_hash: Uint8Array; code_salt: Uint8Array; code_cost: string }
      | undefined;
    if (row === undefined) return false;
    return this.#hasher.verify(normalise(code), { hash: row.code_hash, salt: row.code_salt, cost: row.code_cost });
  }
}

/** Upper case, no dashes, and the letters people confuse with digits read as those digits. */
function normalise(code: string): string {
  return code
    .toUpperCase()
    .replaceAll('-', '')
    .replaceAll(/[IL]/gu, '1')
    .replaceAll('O', '0');
}
