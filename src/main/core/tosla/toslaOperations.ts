import { randomUUID } from 'node:crypto';
import { formatTry } from '../../../shared/money';
import { REQUEST_STATUS } from '../../../shared/tosla/catalog';
import type { ToslaDayPage, ToslaEnvironment, ToslaOperation, ToslaOrder } from '../../../shared/tosla/views';
import type { ApprovalVerifier, AuditSink } from '../auth/ports';
import { AppFailure } from '../failure';
import type { Clock, Logger } from '../ports';
import { isoToDateNumber } from './istanbulTime';
import { assessOrder } from './orderAssessment';
import type { ToslaLink } from './toslaConnection';
import type { JournaledOperation, Outcome, ToslaJournal } from './toslaJournal';
import { operationOpen } from './toslaJournal';
import { errorMessage } from '../../../shared/errorMessage';

export interface ToslaOperationsDeps {
  journal: ToslaJournal;
  connection: { current(): Promise<ToslaLink>; environment(): ToslaEnvironment };
  approvals: ApprovalVerifier;
  audit: AuditSink;
  clock: Clock;
  log: Logger;
  /** Who is signed in at the till, if anyone. */
  actor: () => string | null;
  onChange: (operation: ToslaOperation) => void;
  newId?: () => string;
}

/** Codes after which Tosla may still have done the work (999 "Genel Hata"): treated like a lost answer. */
const UNCERTAIN_CODES = new Set([999]);

const publicView = (op: JournaledOperation): ToslaOperation => {
  const { saleAmountKurus: _sale, refundedBeforeKurus: _before, createdAtMs: _at, checks: _checks, ...view } = op;
  return view;
};

/**
 * Voids and refunds of Tosla orders behind a manager's approval. Each one is journaled
 * before it is sent; when the answer is lost, Tosla's own record of the order (inquiry)
 * decides what happened, and nothing more is sent for that order until it has.
 */
export class ToslaOperations {
  readonly #deps: ToslaOperationsDeps;
  readonly #newId: () => string;

  constructor(deps: ToslaOperationsDeps) {
    this.#deps = deps;
    this.#newId = deps.newId ?? randomUUID;
  }

  async lookup(orderId: string): Promise<ToslaOrder> {
    const link = await this.#deps.connection.current();
    let open = this.#deps.journal.openFor(link.environment, orderId);
    if (open !== null) open = await this.#resolve(link, open);
    const record = await this.#inquire(link, orderId);
    return assessOrder(record, this.#deps.clock.now(), open !== null && isOpen(open) ? open.id : null);
  }

  async listByDate(query: { date: string; page: number; pageSize: number }): Promise<ToslaDayPage> {
    const link = await this.#deps.connection.current();
    const page = await link.client.history({ date: isoToDateNumber(query.date), page: query.page, pageSize: query.pageSize });
    return {
      ...query,
      count: page.count,
      records: page.transactions.map((r) => ({
        orderId: r.orderId,
        transactionId: r.transactionId,
        transactionType: r.transactionType,
        requestStatus: r.requestStatus,
        amountKurus: r.amount,
        refundedKurus: r.refundedAmount,
        installmentCount: r.installmentCount,
        cardNo: r.cardNo,
        createDate: r.createDate,
      })),
    };
  }

  async void(request: { orderId: string; approvalToken: string; reason: string }): Promise<ToslaOperation> {
    const { link, order } = await this.#prepare(request.orderId);
    if (!order.canVoid) throw voidNotPossible(order);
    return this.#execute(link, { ...request, kind: 'void', amountKurus: order.amountKurus }, order);
  }

  async refund(request: {
    orderId: string;
    amountKurus: number;
    approvalToken: string;
    reason: string;
  }): Promise<ToslaOperation> {
    if (!Number.isSafeInteger(request.amountKurus) || request.amountKurus <= 0) throw invalidAmount();
    const { link, order } = await this.#prepare(request.orderId);
    if (!order.canRefund) throw notRefundable(order);
    if (request.amountKurus > order.refundableKurus) throw aboveRemaining(request.amountKurus, order);
    return this.#execute(link, { ...request, kind: 'refund' }, order);
  }

  operations(query: { orderId?: string; limit: number; offset: number }): ToslaOperation[] {
    return this.#deps.journal.list(this.#deps.connection.environment(), query).map(publicView);
  }

  /** Asks Tosla about an operation whose answer was lost; never sends it again. */
  async checkAgain(operationId: string): Promise<ToslaOperation> {
    const link = await this.#deps.connection.current();
    const op = this.#deps.journal.get(link.environment, operationId);
    if (op === null) {
      throw new AppFailure(
        'tosla.operation-not-found',
        `No Tosla operation ${operationId} in this environment's journal.`,
        `Bu ortamın kayıtlarında ${operationId} numaralı Tosla işlemi yok.`,
      );
    }
    return publicView(isOpen(op) ? await this.#resolve(link, op) : op);
  }

  /** Start-up: every operation left open (sending or unknown) is checked against Tosla. */
  async reconcile(): Promise<ToslaOperation[]> {
    if (this.#deps.journal.open(this.#deps.connection.environment()).length === 0) return [];
    const link = await this.#deps.connection.current();
    const resolved: ToslaOperation[] = [];
    for (const op of this.#deps.journal.open(link.environment)) resolved.push(publicView(await this.#resolve(link, op)));
    return resolved;
  }

  /** Current state of the order, after settling any earlier operation on it whose answer was lost. */
  async #prepare(orderId: string): Promise<{ link: ToslaLink; order: ToslaOrder }> {
    const link = await this.#deps.connection.current();
    const open = this.#deps.journal.openFor(link.environment, orderId);
    if (open !== null && isOpen(await this.#resolve(link, open))) throw operationOpen(orderId);
    const record = await this.#inquire(link, orderId);
    return { link, order: assessOrder(record, this.#deps.clock.now(), null) };
  }

  async #inquire(link: ToslaLink, orderId: string) {
    const result = await link.client.inquiry(orderId);
    if (!result.found) {
      throw new AppFailure(
        'tosla.order-not-found',
        `Tosla has no order ${orderId}. Check the number on the order confirmation.`,
        `Tosla'da ${orderId} numaralı sipariş yok. Sipariş onayındaki numarayı kontrol edin.`,
      );
    }
    return result.record;
  }

  async #execute(
    link: ToslaLink,
    request: { orderId: string; kind: 'void' | 'refund'; amountKurus: number; approvalToken: string; reason: string },
    order: ToslaOrder,
  ): Promise<ToslaOperation> {
    const subject = { orderId: request.orderId, amountKurus: request.amountKurus };
    const approver = this.#deps.approvals.consume(
      request.approvalToken,
      request.kind === 'void' ? { action: 'tosla-void', subject } : { action: 'tosla-refund', subject },
    );
    const actorId = this.#deps.actor();
    const op = this.#deps.journal.insert({
      id: this.#newId(),
      environment: link.environment,
      orderId: request.orderId,
      kind: request.kind,
      amountKurus: request.amountKurus,
      saleAmountKurus: order.amountKurus,
      refundedBeforeKurus: order.refundedKurus,
      approverId: approver.userId,
      approverName: approver.displayName,
      actorId,
      reason: request.reason,
      at: this.#deps.clock.now(),
    });
    this.#audit(op, 'sent');
    this.#deps.onChange(publicView(op));

    let answer: Awaited<ReturnType<ToslaLink['client']['void']>>;
    try {
      answer =
        op.kind === 'void'
          ? await link.client.void(op.orderId, op.id)
          : await link.client.refund(op.orderId, op.amountKurus, op.id);
    } catch (error) {
      this.#deps.log.warn('tosla answer lost; checking the order', {
        operationId: op.id,
        error: errorMessage(error),
      });
      return publicView(await this.#resolve(link, this.#update(op, { status: 'unknown', at: this.#deps.clock.now() })));
    }
    if (UNCERTAIN_CODES.has(answer.code)) {
      const uncertain = this.#update(op, {
        status: 'unknown',
        responseCode: answer.code,
        responseMessage: answer.message,
        at: this.#deps.clock.now(),
      });
      return publicView(await this.#resolve(link, uncertain));
    }
    return publicView(
      this.#update(op, {
        status: answer.code === 0 ? 'succeeded' : 'rejected',
        responseCode: answer.code,
        responseMessage: answer.message,
        transactionId: answer.transactionId,
        resolvedBy: 'answer',
        at: this.#deps.clock.now(),
      }),
    );
  }

  /**
   * Decides a lost answer from the order's RequestStatus / RefundedAmount. "Not applied"
   * is only concluded once the request can no longer be in flight at Tosla.
   */
  async #resolve(link: ToslaLink, op: JournaledOperation): Promise<JournaledOperation> {
    const now = this.#deps.clock.now();
    const current = op.status === 'sending' ? this.#update(op, { status: 'unknown', at: now }) : op;
    let record;
    try {
      const result = await link.client.inquiry(op.orderId);
      if (!result.found) throw new Error('order not found at Tosla');
      record = result.record;
    } catch (error) {
      this.#deps.log.warn('tosla inquiry for a lost answer failed', {
        operationId: op.id,
        error: errorMessage(error),
      });
      this.#deps.journal.countCheck(link.environment, op.id, now);
      return this.#deps.journal.get(link.environment, op.id) ?? current;
    }
    const applied =
      op.kind === 'void'
        ? record.requestStatus === REQUEST_STATUS.voided
        : record.refundedAmount - op.refundedBeforeKurus >= op.amountKurus;
    if (applied) return this.#update(current, { status: 'succeeded', resolvedBy: 'inquiry', at: now });
    if (now - op.createdAtMs >= link.settleAfterMs) {
      return this.#update(current, { status: 'not-applied', resolvedBy: 'inquiry', at: now });
    }
    this.#deps.journal.countCheck(link.environment, op.id, now);
    return this.#deps.journal.get(link.environment, op.id) ?? current;
  }

  #update(op: JournaledOperation, outcome: Outcome): JournaledOperation {
    const next = this.#deps.journal.record(op.environment, op.id, outcome);
    if (!isOpen(next)) this.#audit(next, next.status);
    this.#deps.onChange(publicView(next));
    return next;
  }

  #audit(op: JournaledOperation, outcome: string): void {
    this.#deps.audit.record({
      action: `tosla.${op.kind}`,
      actorId: op.actorId,
      approverId: op.approverId,
      subject: op.orderId,
      amountKurus: op.amountKurus,
      outcome,
      details: {
        operationId: op.id,
        environment: op.environment,
        responseCode: op.responseCode,
        resolvedBy: op.resolvedBy,
        reason: op.reason,
      },
    });
  }
}

const isOpen = (op: JournaledOperation): boolean => op.status === 'sending' || op.status === 'unknown';

const invalidAmount = () =>
  new AppFailure(
    'tosla.amount-invalid',
    'The refund amount must be a whole number of kuruş above zero.',
    'İade tutarı sıfırdan büyük, tam kuruş bir tutar olmalı.',
    'amountKurus',
  );

const aboveRemaining = (amount: number, order: ToslaOrder) =>
  new AppFailure(
    'tosla.amount-above-remaining',
    `${formatTry(amount)} is more than can still be refunded on order ${order.orderId}: ${formatTry(order.refundableKurus)} of the ${formatTry(order.amountKurus)} sale.`,
    `${formatTry(amount)}, ${order.orderId} siparişinde iade edilebilecek tutardan fazla: ${formatTry(order.amountKurus)} satışın ${formatTry(order.refundableKurus)} kadarı kaldı.`,
    'amountKurus',
  );

const notRefundable = (order: ToslaOrder) =>
  new AppFailure(
    'tosla.not-refundable',
    `Order ${order.orderId} cannot be refunded. ${order.canVoid ? 'Void it instead.' : (order.blockedReason?.en ?? '')}`.trim(),
    `${order.orderId} siparişi iade edilemez. ${order.canVoid ? 'Bunun yerine iptal edin.' : (order.blockedReason?.tr ?? '')}`.trim(),
  );

const voidNotPossible = (order: ToslaOrder) => {
  if (order.canRefund) {
    return new AppFailure(
      'tosla.void-not-possible',
      `Order ${order.orderId} can no longer be voided (a void is only possible on the sale's business day, ${order.businessDate ?? 'unknown'}, with nothing refunded). Refund it instead.`,
      `${order.orderId} siparişi artık iptal edilemez (iptal yalnızca satışın iş gününde, ${order.businessDate ?? 'bilinmiyor'}, hiç iade yapılmamışken mümkün). Bunun yerine iade edin.`,
    );
  }
  return new AppFailure(
    'tosla.void-not-possible',
    `Order ${order.orderId} cannot be voided. ${order.blockedReason?.en ?? ''}`.trim(),
    `${order.orderId} siparişi iptal edilemez. ${order.blockedReason?.tr ?? ''}`.trim(),
  );
};
