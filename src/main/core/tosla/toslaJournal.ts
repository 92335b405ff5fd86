import type { DatabaseSync } from 'node:sqlite';
import type { ToslaEnvironment, ToslaOperation, ToslaOperationStatus } from '../../../shared/tosla/views';
import { AppFailure } from '../failure';

export interface NewOperation {
  id: string;
  environment: ToslaEnvironment;
  orderId: string;
  kind: 'void' | 'refund';
  amountKurus: number;
  saleAmountKurus: number;
  refundedBeforeKurus: number;
  approverId: string;
  approverName: string;
  actorId: string | null;
  reason: string;
  at: number;
}

/** A journal row with what resolving a lost answer needs beyond the screen's view. */
export interface JournaledOperation extends ToslaOperation {
  saleAmountKurus: number;
  refundedBeforeKurus: number;
  createdAtMs: number;
  checks: number;
}

export interface Outcome {
  status: ToslaOperationStatus;
  responseCode?: number | null;
  responseMessage?: string | null;
  transactionId?: string | null;
  resolvedBy?: 'answer' | 'inquiry' | null;
  at: number;
}

interface Row {
  id: string;
  environment: ToslaEnvironment;
  order_id: string;
  kind: 'void' | 'refund';
  amount_kurus: number;
  sale_amount_kurus: number;
  refunded_before_kurus: number;
  status: ToslaOperationStatus;
  approver_id: string;
  approver_name: string;
  actor_id: string | null;
  reason: string;
  created_at: number;
  updated_at: number;
  response_code: number | null;
  response_message: string | null;
  transaction_id: string | null;
  resolved_by: 'answer' | 'inquiry' | null;
  checks: number;
}

const toOperation = (row: Row): JournaledOperation => ({
  id: row.id,
  environment: row.environment,
  orderId: row.order_id,
  kind: row.kind,
  amountKurus: Number(row.amount_kurus),
  status: row.status,
  approverId: row.approver_id,
  approverName: row.approver_name,
  actorId: row.actor_id,
  reason: row.reason,
  createdAt: new Date(Number(row.created_at)).toISOString(),
  updatedAt: new Date(Number(row.updated_at)).toISOString(),
  responseCode: row.response_code === null ? null : Number(row.response_code),
  responseMessage: row.response_message,
  transactionId: row.transaction_id,
  resolvedBy: row.resolved_by,
  saleAmountKurus: Number(row.sale_amount_kurus),
  refundedBeforeKurus: Number(row.refunded_before_kurus),
  createdAtMs: Number(row.created_at),
  checks: Number(row.checks),
});

/** Statuses whose outcome at Tosla is not known yet. */
const OPEN = "('sending', 'unknown')";

/**
 * The durable record of every void and refund, written before the request leaves the
 * till. Every read is scoped to one environment.
 */
export class ToslaJournal {
  readonly #db: DatabaseSync;

  constructor(db: DatabaseSync) {
    this.#db = db;
  }

  /** Journals an operation as `sending`; refuses when the order already has one whose outcome is open. */
  insert(op: NewOperation): JournaledOperation {
    try {
      this.#db
        .prepare(
          `INSERT INTO tosla_operations (id, environment, order_id, kind, amount_kurus, sale_amount_kurus,
             refunded_before_kurus, status, approver_id, approver_name, actor_id, reason, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, 'sending', ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          op.id,
          op.environment,
          op.orderId,
          op.kind,
          op.amountKurus,
          op.saleAmountKurus,
          op.refundedBeforeKurus,
          op.approverId,
          op.approverName,
          op.actorId,
          op.reason,
          op.at,
          op.at,
        );
    } catch (error) {
      if (error instanceof Error && /UNIQUE constraint failed/u.test(error.message)) throw operationOpen(op.orderId);
      throw error;
    }
    return this.get(op.environment, op.id) as JournaledOperation;
  }

  record(environment: ToslaEnvironment, id: string, outcome: Outcome): JournaledOperation {
    this.#db
      .prepare(
        `UPDATE tosla_operations SET status = ?, updated_at = ?,
           response_code = COALESCE(?, response_code), response_message = COALESCE(?, response_message),
           transaction_id = COALESCE(?, transaction_id), resolved_by = COALESCE(?, resolved_by)
         WHERE environment = ? AND id = ?`,
      )
      .run(
        outcome.status,
        outcome.at,
        outcome.responseCode ?? null,
        outcome.responseMessage ?? null,
        outcome.transactionId ?? null,
        outcome.resolvedBy ?? null,
        environment,
        id,
      );
    return this.get(environment, id) as JournaledOperation;
  }

  countCheck(environment: ToslaEnvironment, id: string, at: number): void {
    this.#db
      .prepare('UPDATE tosla_operations SET checks = checks + 1, updated_at = ? WHERE environment = ? AND id = ?')
      .run(at, environment, id);
  }

  get(environment: ToslaEnvironment, id: string): JournaledOperation | null {
    const row = this.#db
      .prepare('SELECT * FROM tosla_operations WHERE environment = ? AND id = ?')
      .get(environment, id) as Row | undefined;
    return row === undefined ? null : toOperation(row);
  }

  openFor(environment: ToslaEnvironment, orderId: string): JournaledOperation | null {
    const row = this.#db
      .prepare(`SELECT * FROM tosla_operations WHERE environment = ? AND order_id = ? AND status IN ${OPEN}`)
      .get(environment, orderId) as Row | undefined;
    return row === undefined ? null : toOperation(row);
  }

  open(environment: ToslaEnvironment): JournaledOperation[] {
    const rows = this.#db
      .prepare(`SELECT * FROM tosla_operations WHERE environment = ? AND status IN ${OPEN} ORDER BY created_at`)
      .all(environment) as unknown as Row[];
    return rows.map(toOperation);
  }

  list(environment: ToslaEnvironment, query: { orderId?: string; limit: number; offset: number }): JournaledOperation[] {
    const rows = (
      query.orderId === undefined
        ? this.#db
            .prepare('SELECT * FROM tosla_operations WHERE environment = ? ORDER BY created_at DESC, id LIMIT ? OFFSET ?')
            .all(environment, query.limit, query.offset)
        : this.#db
            .prepare(
              `SELECT * FROM tosla_operations WHERE environment = ? AND order_id = ?
               ORDER BY created_at DESC, id LIMIT ? OFFSET ?`,
            )
            .all(environment, query.orderId, query.limit, query.offset)
    ) as unknown as Row[];
    return rows.map(toOperation);
  }
}

/** Refusal while an earlier operation on the order has no known outcome. */
export const operationOpen = (orderId: string) =>
  new AppFailure(
    'tosla.operation-open',
    `An earlier void or refund of order ${orderId} has no confirmed outcome yet. Nothing more is sent for this order until Tosla's records show what happened; use "Check again" in a minute.`,
    `${orderId} siparişi için önceki iptal veya iadenin sonucu henüz doğrulanmadı. Tosla kayıtları ne olduğunu gösterene kadar bu sipariş için başka bir şey gönderilmez; bir dakika sonra "Tekrar sorgula"yı kullanın.`,
  );
