import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import type {
  CheckoutDetail,
  CheckoutEntry,
  CheckoutState,
  CheckoutTarget,
  Transition,
} from '../../../shared/checkout/checkoutState';
import {
  checkoutStateSchema,
  FINAL_STATES,
  isFinalState,
  rejectionSchema,
  saleResultSchema,
} from '../../../shared/checkout/checkoutState';
import type { MigrationSet } from '../storage/database';
import type { MachineState } from './stateMachine';

export const checkoutMigrations: MigrationSet = {
  module: 'checkout',
  migrations: [
    {
      version: 1,
      description: 'checkout journal: entries, transitions, check numbers',
      up: `
        CREATE TABLE checkout_entries (
          basket_id TEXT PRIMARY KEY,
          environment TEXT NOT NULL,
          target_kind TEXT NOT NULL CHECK (target_kind IN ('terminal', 'branch')),
          target_id TEXT NOT NULL,
          check_number INTEGER NOT NULL,
          total_kurus INTEGER NOT NULL,
          basket_json TEXT NOT NULL,
          state TEXT NOT NULL,
          locked_by TEXT,
          sale_json TEXT,
          rejection_json TEXT,
          cancel_requested INTEGER NOT NULL DEFAULT 0,
          communication_error TEXT,
          forced INTEGER NOT NULL DEFAULT 0,
          created_at INTEGER NOT NULL,
          updated_at INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX checkout_entries_env_state ON checkout_entries (environment, state);
        CREATE INDEX checkout_entries_env_created ON checkout_entries (environment, created_at);
        CREATE TABLE checkout_transitions (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          basket_id TEXT NOT NULL REFERENCES checkout_entries (basket_id),
          from_state TEXT,
          to_state TEXT NOT NULL,
          cause TEXT NOT NULL,
          detail TEXT,
          at INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX checkout_transitions_basket ON checkout_transitions (basket_id, id);
        CREATE TABLE checkout_check_numbers (
          environment TEXT PRIMARY KEY,
          last_number INTEGER NOT NULL
        ) STRICT;
      `,
    },
  ],
};

export interface NewEntry {
  basketId: string;
  environment: string;
  target: CheckoutTarget;
  checkNumber: number;
  totalKurus: number;
  /** The wire basket exactly as it will be sent, so every retry sends the same thing. */
  basket: unknown;
}

export interface StoredEntry extends CheckoutEntry {
  basket: unknown;
  machine: MachineState;
}

const rowSchema = z.object({
  basket_id: z.string(),
  environment: z.string(),
  target_kind: z.enum(['terminal', 'branch']),
  target_id: z.string(),
  check_number: z.number(),
  total_kurus: z.number(),
  basket_json: z.string(),
  state: checkoutStateSchema,
  locked_by: z.string().nullable(),
  sale_json: z.string().nullable(),
  rejection_json: z.string().nullable(),
  cancel_requested: z.number(),
  communication_error: z.string().nullable(),
  forced: z.number(),
  created_at: z.number(),
  updated_at: z.number(),
});

const transitionRowSchema = z.object({
  from_state: checkoutStateSchema.nullable(),
  to_state: checkoutStateSchema,
  cause: z.string(),
  detail: z.string().nullable(),
  at: z.number(),
});

const CHECK_NUMBER_LIMIT = 9_999_999_999;
const iso = (ms: number) => new Date(ms).toISOString();
const FINAL_LIST = [...FINAL_STATES].map((state) => `'${state}'`).join(', ');

/**
 * The durable record of every basket and every change to it. A row is written before
 * the first network call for its basket; rows carry their environment (simulator or a
 * live TokenX account) and every query filters on it, so training data never mixes
 * with real sales.
 */
export class CheckoutJournal {
  readonly #db: DatabaseSync;
  readonly #now: () => number;

  constructor(db: DatabaseSync, now: () => number) {
    this.#db = db;
    this.#now = now;
  }

  /** Journals a new basket as a draft and hands out its check number, in one transaction. */
  create(entry: Omit<NewEntry, 'checkNumber'>): StoredEntry {
    return this.#transaction(() => {
      const checkNumber = this.#nextCheckNumber(entry.environment);
      const at = this.#now();
      this.#db
        .prepare(
          `INSERT INTO checkout_entries (basket_id, environment, target_kind, target_id, check_number, total_kurus,
             basket_json, state, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)`,
        )
        .run(
          entry.basketId,
          entry.environment,
          entry.target.kind,
          entry.target.kind === 'terminal' ? entry.target.terminalId : entry.target.branchId,
          checkNumber,
          entry.totalKurus,
          JSON.stringify(withCheckNumber(entry.basket, checkNumber)),
          at,
          at,
        );
      this.#recordTransition(entry.basketId, null, 'draft', 'journaled', null, at);
      return this.#require(entry.environment, entry.basketId);
    });
  }

  /** Whether this basket id was journaled for sending, in any environment. */
  has(basketId: string): boolean {
    return this.#db.prepare('SELECT 1 FROM checkout_entries WHERE basket_id = ?').get(basketId) !== undefined;
  }

  get(environment: string, basketId: string): StoredEntry | undefined {
    const row = this.#db
      .prepare('SELECT * FROM checkout_entries WHERE environment = ? AND basket_id = ?')
      .get(environment, basketId);
    return row === undefined ? undefined : toEntry(rowSchema.parse(row));
  }

  detail(environment: string, basketId: string): CheckoutDetail | undefined {
    const entry = this.get(environment, basketId);
    if (entry === undefined) return undefined;
    return { ...publicEntry(entry), transitions: this.transitions(basketId) };
  }

  transitions(basketId: string): Transition[] {
    return this.#db
      .prepare('SELECT from_state, to_state, cause, detail, at FROM checkout_transitions WHERE basket_id = ? ORDER BY id')
      .all(basketId)
      .map((raw) => {
        const row = transitionRowSchema.parse(raw);
        return { from: row.from_state, to: row.to_state, cause: row.cause, detail: row.detail, at: iso(row.at) };
      });
  }

  list(environment: string, options: { unfinishedOnly: boolean; limit: number }): StoredEntry[] {
    const filter = options.unfinishedOnly ? `AND state NOT IN (${FINAL_LIST})` : '';
    return this.#db
      .prepare(
        `SELECT * FROM checkout_entries WHERE environment = ? ${filter} ORDER BY created_at DESC, rowid DESC LIMIT ?`,
      )
      .all(environment, options.limit)
      .map((row) => toEntry(rowSchema.parse(row)));
  }

  unfinished(environment: string): StoredEntry[] {
    return this.#db
      .prepare(`SELECT * FROM checkout_entries WHERE environment = ? AND state NOT IN (${FINAL_LIST}) ORDER BY rowid`)
      .all(environment)
      .map((row) => toEntry(rowSchema.parse(row)));
  }

  /**
   * Paid (or recorded by hand) within the last `windowMs`: a receipt can still be voided
   * on the device, so these are read again for a while after a restart too.
   */
  recentlySettled(environment: string, windowMs: number): StoredEntry[] {
    return this.#db
      .prepare(
        `SELECT * FROM checkout_entries WHERE environment = ? AND (state = 'paid' OR forced = 1) AND updated_at >= ?
         ORDER BY rowid`,
      )
      .all(environment, this.#now() - windowMs)
      .map((row) => toEntry(rowSchema.parse(row)));
  }

  /** Writes the machine's next state and the transition that led there, atomically. */
  update(environment: string, basketId: string, next: MachineState, cause: string, detail: string | null): StoredEntry {
    return this.#transaction(() => {
      const before = this.#require(environment, basketId);
      const at = this.#now();
      this.#db
        .prepare(
          `UPDATE checkout_entries SET state = ?, locked_by = ?, sale_json = ?, rejection_json = ?, cancel_requested = ?,
             communication_error = ?, forced = ?, updated_at = ?
           WHERE environment = ? AND basket_id = ?`,
        )
        .run(
          next.state,
          next.lockedBy,
          next.sale === null ? null : JSON.stringify(next.sale),
          next.rejection === null ? null : JSON.stringify(next.rejection),
          next.cancelRequested ? 1 : 0,
          next.communicationError,
          next.forced ? 1 : 0,
          at,
          environment,
          basketId,
        );
      this.#recordTransition(basketId, before.state, next.state, cause, detail, at);
      return this.#require(environment, basketId);
    });
  }

  #require(environment: string, basketId: string): StoredEntry {
    const entry = this.get(environment, basketId);
    if (entry === undefined) throw new Error(`journal has no basket ${basketId} in ${environment}`);
    return entry;
  }

  #recordTransition(
    basketId: string,
    from: CheckoutState | null,
    to: CheckoutState,
    cause: string,
    detail: string | null,
    at: number,
  ): void {
    this.#db
      .prepare('INSERT INTO checkout_transitions (basket_id, from_state, to_state, cause, detail, at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(basketId, from, to, cause, detail, at);
  }

  /** TokenX refuses two open baskets with one check number, so numbers only ever go up. */
  #nextCheckNumber(environment: string): number {
    const row = this.#db
      .prepare(
        `INSERT INTO checkout_check_numbers (environment, last_number) VALUES (?, 1)
         ON CONFLICT (environment) DO UPDATE SET last_number = CASE WHEN last_number >= ? THEN 1 ELSE last_number + 1 END
         RETURNING last_number`,
      )
      .get(environment, CHECK_NUMBER_LIMIT) as { last_number: number };
    return row.last_number;
  }

  #transaction<T>(work: () => T): T {
    this.#db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      this.#db.exec('COMMIT');
      return result;
    } catch (error) {
      this.#db.exec('ROLLBACK');
      throw error;
    }
  }
}

/** The entry as the renderer sees it: without the stored wire basket and the machine's copy. */
export function publicEntry(entry: StoredEntry): CheckoutEntry {
  const { basket: _basket, machine: _machine, ...shown } = entry;
  return shown;
}

function withCheckNumber(basket: unknown, checkNumber: number): unknown {
  return typeof basket === 'object' && basket !== null ? { ...basket, checkNumber } : basket;
}

function toEntry(row: z.infer<typeof rowSchema>): StoredEntry {
  const target: CheckoutTarget =
    row.target_kind === 'terminal'
      ? { kind: 'terminal', terminalId: row.target_id }
      : { kind: 'branch', branchId: row.target_id };
  const machine: MachineState = {
    state: row.state,
    lockedBy: row.locked_by,
    sale: row.sale_json === null ? null : saleResultSchema.parse(JSON.parse(row.sale_json)),
    rejection: row.rejection_json === null ? null : rejectionSchema.parse(JSON.parse(row.rejection_json)),
    cancelRequested: row.cancel_requested === 1,
    communicationError: row.communication_error,
    forced: row.forced === 1,
  };
  return {
    basketId: row.basket_id,
    environment: row.environment,
    target,
    checkNumber: row.check_number,
    totalKurus: row.total_kurus,
    basket: JSON.parse(row.basket_json) as unknown,
    machine,
    ...machine,
    final: isFinalState(row.state),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}
