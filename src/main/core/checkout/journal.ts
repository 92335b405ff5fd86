import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import type {
  CheckoutDetail,
  CheckoutEntry,
  CheckoutState,
  CheckoutTarget,
  SaleResult,
  SentLine,
  Transition,
} from '../../../shared/checkout/checkoutState';
import {
  CHECKOUT_STATES,
  checkoutAlertSchema,
  checkoutStateSchema,
  FINAL_STATES,
  isFinalState,
  rejectionSchema,
  saleResultSchema,
} from '../../../shared/checkout/checkoutState';
import { wireBasketBodySchema } from '../../../shared/tokenx/basketModel';
import { wireBasketTotal, wireLineTotal } from '../../../shared/tokenx/basketTotal';
import type { MigrationSet } from '../storage/database';
import { inTransaction } from '../storage/database';
import type { MachineState } from './stateMachine';
import { isBookkeeping } from './stateMachine';

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
    {
      version: 2,
      description: 'truth model: seen by TokenX, unsettled reads, escalation, device-truth alerts, the selling cashier',
      up: `
        ALTER TABLE checkout_entries ADD COLUMN seen INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE checkout_entries ADD COLUMN unsettled_reads INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE checkout_entries ADD COLUMN escalated INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE checkout_entries ADD COLUMN alert_json TEXT;
        ALTER TABLE checkout_entries ADD COLUMN cashier_id TEXT;
        UPDATE checkout_entries SET seen = CASE WHEN state IN ('draft', 'sending', 'unknown') THEN 0 ELSE 1 END;
      `,
    },
    {
      version: 3,
      description: 'start-up reads only the unfinished and recently settled rows, however long the journal',
      up: `CREATE INDEX checkout_entries_env_updated ON checkout_entries (environment, updated_at)`,
    },
    {
      version: 4,
      description: "the whole sale: the device's receipt, Z and document numbers on the entry, each payment with its bank's batch and transaction numbers",
      up: (db) => {
        db.exec(`
          ALTER TABLE checkout_entries ADD COLUMN sale_status INTEGER;
          ALTER TABLE checkout_entries ADD COLUMN receipt_no INTEGER;
          ALTER TABLE checkout_entries ADD COLUMN z_no INTEGER;
          ALTER TABLE checkout_entries ADD COLUMN sale_uuid TEXT;
          ALTER TABLE checkout_entries ADD COLUMN invoice_id TEXT;
          ALTER TABLE checkout_entries ADD COLUMN document_type INTEGER;
          ALTER TABLE checkout_entries ADD COLUMN payment_count INTEGER;
          ALTER TABLE checkout_entries ADD COLUMN instance_identifier TEXT;
          CREATE INDEX checkout_entries_env_z_receipt ON checkout_entries (environment, z_no, receipt_no);
          CREATE TABLE checkout_sale_payments (
            basket_id TEXT NOT NULL REFERENCES checkout_entries (basket_id),
            position INTEGER NOT NULL,
            type INTEGER NOT NULL,
            amount_kurus INTEGER NOT NULL,
            description TEXT,
            operator_id INTEGER,
            status INTEGER,
            batch_no TEXT,
            txn_no TEXT,
            currency_id INTEGER,
            tax_rate INTEGER,
            PRIMARY KEY (basket_id, position)
          ) STRICT;
          CREATE INDEX checkout_sale_payments_txn ON checkout_sale_payments (txn_no);
        `);
        // Rows journaled before kept five of the sale's fields: those move over, the rest stay null.
        for (const raw of db.prepare('SELECT basket_id, sale_json FROM checkout_entries WHERE sale_json IS NOT NULL').all()) {
          const row = z.object({ basket_id: z.string(), sale_json: z.string() }).parse(raw);
          const sale = readSale(row.sale_json);
          if (sale !== null) writeSaleIndex(db, row.basket_id, sale);
        }
      },
    },
  ],
};

/** A stored sale, or null when the stored text no longer reads back (the entry is then set aside). */
function readSale(json: string): SaleResult | null {
  try {
    const parsed = saleResultSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The sale's fields in columns, and one row per payment, for what queries sales rather
 * than baskets: the day close (by Z and receipt number, by payment type and bank), a
 * return (the receipt it refers to), a card dispute (the bank's transaction number).
 * The payment rows are what the device reported, whatever the outcome: a query about
 * money taken joins the entry's state. `sale_json` stays the machine's own copy.
 */
function writeSaleIndex(db: DatabaseSync, basketId: string, sale: SaleResult | null): void {
  db.prepare(
    `UPDATE checkout_entries SET sale_status = ?, receipt_no = ?, z_no = ?, sale_uuid = ?, invoice_id = ?, document_type = ?,
       payment_count = ?, instance_identifier = ? WHERE basket_id = ?`,
  ).run(
    sale?.status ?? null,
    sale?.receiptNo ?? null,
    sale?.zNo ?? null,
    sale?.uuid ?? null,
    sale?.invoiceId ?? null,
    sale?.documentType ?? null,
    sale?.paymentCount ?? null,
    sale?.instanceIdentifier ?? null,
    basketId,
  );
  db.prepare('DELETE FROM checkout_sale_payments WHERE basket_id = ?').run(basketId);
  const insert = db.prepare(
    `INSERT INTO checkout_sale_payments (basket_id, position, type, amount_kurus, description, operator_id, status, batch_no, txn_no,
       currency_id, tax_rate) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  (sale?.paymentItems ?? []).forEach((item, position) =>
    insert.run(basketId, position, item.type, item.amount, item.description, item.operatorId, item.status, item.batchNo, item.txnNo, item.currencyId, item.taxRate),
  );
}

export interface NewEntry {
  basketId: string;
  environment: string;
  target: CheckoutTarget;
  /** This till's number (1–999), the leading digits of its check numbers. */
  tillNumber: number;
  totalKurus: number;
  /** The wire basket exactly as it will be sent, so every retry sends the same thing. */
  basket: unknown;
  cashierId: string | null;
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
  seen: z.number(),
  unsettled_reads: z.number(),
  escalated: z.number(),
  alert_json: z.string().nullable(),
  cashier_id: z.string().nullable(),
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

/**
 * Check numbers are unique across every till of an account: TokenX refuses a second
 * open basket with the same number (1101), and every till shares the account. A
 * till's numbers are its till number followed by a 7-digit sequence, so till 12 counts
 * 120000001, 120000002…; that stays within TokenX's 10 digits for till numbers up to
 * 999 (reference §3, "checkNumber int ≤ 10 digits").
 */
export const CHECK_SEQUENCE_SPAN = 10_000_000;
export const MAX_TILL_NUMBER = 999;
export const checkNumberOf = (tillNumber: number, sequence: number): number => tillNumber * CHECK_SEQUENCE_SPAN + sequence;
const iso = (ms: number) => new Date(ms).toISOString();
const FINAL_LIST = [...FINAL_STATES].map((state) => `'${state}'`).join(', ');
/** Named positively, so the (environment, state) index finds the few unfinished rows of a long journal. */
const UNFINISHED_LIST = CHECKOUT_STATES.filter((state) => !FINAL_STATES.has(state))
  .map((state) => `'${state}'`)
  .join(', ');

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
  create(entry: NewEntry): StoredEntry {
    return this.#transaction(() => {
      const checkNumber = checkNumberOf(entry.tillNumber, this.#nextSequence(entry.environment));
      const at = this.#now();
      this.#db
        .prepare(
          `INSERT INTO checkout_entries (basket_id, environment, target_kind, target_id, check_number, total_kurus,
             basket_json, state, cashier_id, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?)`,
        )
        .run(
          entry.basketId,
          entry.environment,
          entry.target.kind,
          entry.target.kind === 'terminal' ? entry.target.terminalId : entry.target.branchId,
          checkNumber,
          entry.totalKurus,
          JSON.stringify(withCheckNumber(entry.basket, checkNumber)),
          entry.cashierId,
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
    const row = this.#row(environment, basketId);
    return row === undefined ? undefined : toEntry(rowSchema.parse(row));
  }

  detail(environment: string, basketId: string): CheckoutDetail | undefined {
    const entry = this.get(environment, basketId);
    if (entry === undefined) return undefined;
    return { ...publicEntry(entry), transitions: this.transitions(basketId), ...sentContent(entry.basket) };
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

  /** Newest first. A row that no longer reads back is left out here; recovery sets it aside for a manager. */
  list(environment: string, options: { unfinishedOnly: boolean; limit: number }): StoredEntry[] {
    const filter = options.unfinishedOnly ? `AND state IN (${UNFINISHED_LIST})` : '';
    return readableEntries(
      this.#db
        .prepare(`SELECT * FROM checkout_entries WHERE environment = ? ${filter} ORDER BY created_at DESC, rowid DESC LIMIT ?`)
        .all(environment, options.limit),
    );
  }

  unfinished(environment: string): StoredEntry[] {
    return this.unfinishedIds(environment).flatMap((id) => readableEntries([this.#row(environment, id)]));
  }

  /** Only the ids, so one unreadable row cannot keep the others from being recovered. */
  unfinishedIds(environment: string): string[] {
    return this.#db
      .prepare(`SELECT basket_id FROM checkout_entries WHERE environment = ? AND state IN (${UNFINISHED_LIST}) ORDER BY rowid`)
      .all(environment)
      .map((row) => z.object({ basket_id: z.string() }).parse(row).basket_id);
  }

  #row(environment: string, basketId: string): unknown {
    return this.#db.prepare('SELECT * FROM checkout_entries WHERE environment = ? AND basket_id = ?').get(environment, basketId);
  }

  /**
   * Settled within the last `windowMs`: a receipt can still be voided, or a payment come
   * after all, so these are read again for a while after a restart too (the service
   * decides which states and for how long).
   */
  recentlySettled(environment: string, windowMs: number): StoredEntry[] {
    return readableEntries(
      this.#db
        .prepare(`SELECT * FROM checkout_entries WHERE environment = ? AND state IN (${FINAL_LIST}) AND updated_at >= ? ORDER BY rowid`)
        .all(environment, this.#now() - windowMs),
    );
  }

  /**
   * Writes the machine's next state atomically, with the transition that led there;
   * bookkeeping (another failed read) updates the entry without a transition row.
   */
  update(environment: string, basketId: string, next: MachineState, cause: string, detail: string | null): StoredEntry {
    return this.#transaction(() => {
      const before = this.#require(environment, basketId);
      const at = this.#now();
      this.#db
        .prepare(
          `UPDATE checkout_entries SET state = ?, locked_by = ?, sale_json = ?, rejection_json = ?, cancel_requested = ?,
             communication_error = ?, forced = ?, seen = ?, unsettled_reads = ?, escalated = ?, alert_json = ?, updated_at = ?
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
          next.seen ? 1 : 0,
          next.unsettledReads,
          next.escalated ? 1 : 0,
          next.alert === null ? null : JSON.stringify(next.alert),
          at,
          environment,
          basketId,
        );
      if (JSON.stringify(before.sale) !== JSON.stringify(next.sale)) writeSaleIndex(this.#db, basketId, next.sale);
      if (!isBookkeeping(before.machine, next)) this.#recordTransition(basketId, before.state, next.state, cause, detail, at);
      return this.#require(environment, basketId);
    });
  }

  /**
   * Moves an account's rows to a new key (live keys once carried the TokenX client id,
   * which must not reach the renderer; they now carry a fingerprint of it).
   */
  renameEnvironment(from: string, to: string): number {
    if (from === to) return 0;
    return this.#transaction(() => {
      const moved = this.#db.prepare('UPDATE checkout_entries SET environment = ? WHERE environment = ?').run(to, from).changes;
      this.#db
        .prepare(
          `INSERT INTO checkout_check_numbers (environment, last_number)
             SELECT ?, last_number FROM checkout_check_numbers WHERE environment = ?
           ON CONFLICT (environment) DO UPDATE SET last_number = MAX(last_number, excluded.last_number)`,
        )
        .run(to, from);
      this.#db.prepare('DELETE FROM checkout_check_numbers WHERE environment = ?').run(from);
      return Number(moved);
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

  /** This till's sequence only goes up, wrapping after 9,999,999 sales. */
  #nextSequence(environment: string): number {
    const row = this.#db
      .prepare(
        `INSERT INTO checkout_check_numbers (environment, last_number) VALUES (?, 1)
         ON CONFLICT (environment) DO UPDATE SET last_number = CASE WHEN last_number % ? >= ? THEN 1 ELSE last_number % ? + 1 END
         RETURNING last_number`,
      )
      .get(environment, CHECK_SEQUENCE_SPAN, CHECK_SEQUENCE_SPAN - 1, CHECK_SEQUENCE_SPAN) as { last_number: number };
    return row.last_number;
  }

  #transaction<T>(work: () => T): T {
    return inTransaction(this.#db, work);
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

function readableEntries(rows: readonly unknown[]): StoredEntry[] {
  return rows.flatMap((raw) => {
    try {
      return [toEntry(rowSchema.parse(raw))];
    } catch {
      return [];
    }
  });
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
    seen: row.seen === 1,
    unsettledReads: row.unsettled_reads,
    escalated: row.escalated === 1,
    alert: row.alert_json === null ? null : checkoutAlertSchema.parse(JSON.parse(row.alert_json)),
  };
  const { seen: _seen, unsettledReads: _reads, ...shown } = machine;
  return {
    basketId: row.basket_id,
    environment: row.environment,
    target,
    checkNumber: row.check_number,
    totalKurus: row.total_kurus,
    basket: JSON.parse(row.basket_json) as unknown,
    machine,
    ...shown,
    cashierId: row.cashier_id,
    final: isFinalState(row.state),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

/** The lines as they went out, for showing a journaled basket again; nothing when the stored basket does not read back. */
function sentContent(basket: unknown): { lines: SentLine[]; basketDiscountKurus: number } {
  const parsed = wireBasketBodySchema.safeParse(basket);
  if (!parsed.success) return { lines: [], basketDiscountKurus: 0 };
  const lines = parsed.data.items.map((item) => ({
    name: item.name,
    price: item.price,
    quantity: item.quantity,
    unit: item.unit ?? null,
    taxPercent: item.taxPercent,
    totalKurus: wireLineTotal(item),
  }));
  const itemsTotal = lines.reduce((sum, line) => sum + line.totalKurus, 0);
  return { lines, basketDiscountKurus: Math.max(0, itemsTotal + (parsed.data.taxFreeAmount ?? 0) - wireBasketTotal(parsed.data)) };
}
