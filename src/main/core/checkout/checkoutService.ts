import { randomUUID } from 'node:crypto';
import type {
  CheckoutDetail,
  CheckoutTarget,
  ForcibleOutcome,
  RecoveryDecision,
  RecoveryStatus,
} from '../../../shared/checkout/checkoutState';
import type { ApprovalVerifier, AuditSink } from '../auth/ports';
import { AppFailure } from '../failure';
import type { Logger } from '../ports';
import type { OpenBasket, WebhookPayload, WireBasket, WireBasketBody } from '../../../shared/tokenx/basketModel';
import { wireBasketSchema } from '../../../shared/tokenx/basketModel';
import { wireBasketTotal } from '../../../shared/tokenx/basketTotal';
import type { TokenxOutcome } from '../tokenx/outcome';
import type { FollowUpPolicy, SettledWatchPolicy } from './followUpPolicy';
import { mayResendOnItsOwn, pollFloorForAge, settledWatchWindow } from './followUpPolicy';
import type { CheckoutGateway } from './gateway';
import type { CheckoutJournal, StoredEntry } from './journal';
import { eventOfRead, eventOfSend, observationOfBasket } from './observations';
import type { PollPolicy, PollResult } from './poller';
import { Poller } from './poller';
import { StartupRecovery } from './recovery';
import type { CheckoutEvent } from './stateMachine';
import { advance, canForce } from './stateMachine';
import { errorMessage } from '../../../shared/errorMessage';
import { tokenxCallFailure } from '../tokenx/callFailure';
import { checkoutNotReady } from '../tokenx/tokenxConnection';

/** Which TokenX account the checkout talks to right now, and where baskets go by default. */
export interface CheckoutContext {
  /** Journal rows are keyed by it: `training`, or the live account's key. */
  environment: string;
  gateway: CheckoutGateway;
  defaultTarget: CheckoutTarget | null;
}

export interface CheckoutServiceDeps {
  journal: CheckoutJournal;
  approvals: ApprovalVerifier;
  audit: AuditSink;
  log: Logger;
  pollPolicy: () => PollPolicy;
  /** How long final baskets are read again (see `settledWatchWindow`). */
  voidWatch: () => VoidWatchPolicy;
  followUp: () => FollowUpPolicy;
  /** This till's number, the leading digits of its check numbers. */
  tillNumber: () => number;
  now: () => number;
  onChange: (entry: StoredEntry) => void;
  onRecovery: (status: RecoveryStatus) => void;
}

export interface VoidWatchPolicy extends PollPolicy, SettledWatchPolicy {}

export interface SendRequest {
  /** The wire basket; its `basketID` and `checkNumber` are assigned by the journal. */
  basket: WireBasketBody;
  target?: CheckoutTarget;
  /** Who is selling: the user signed in at the till. */
  cashierId: string | null;
}

export interface OpenDeviceBasket extends OpenBasket {
  /** True when this workstation's journal has it (in the current environment). */
  ours: boolean;
}

/**
 * The checkout: journals each basket before any network call, sends it once under its
 * own id, and follows it until TokenX's own answer to a read settles it. The send, the
 * webhook (a hint that triggers a read), the poller, recovery and managers all feed the
 * one state machine (`stateMachine.ts`); the journal is the record.
 */
export class CheckoutService {
  readonly #deps: CheckoutServiceDeps;
  readonly #poller: Poller;
  /** Reads of settled baskets for a while: TokenX reports a void or a late payment only by a webhook that may be lost. */
  readonly #settledWatcher: Poller;
  /** One operation per basket at a time (send, read, cancel), so a read never races its own send. */
  readonly #busy = new Map<string, Promise<StoredEntry>>();
  /** TokenX's Retry-After from the last read of a basket, honoured by the poller. */
  readonly #retryAfter = new Map<string, number>();
  #context: CheckoutContext | null = null;
  #recovery: StartupRecovery | null = null;

  constructor(deps: CheckoutServiceDeps) {
    this.#deps = deps;
    this.#poller = new Poller(
      deps.pollPolicy,
      (basketId) => this.#poll(basketId),
      (basketId, error) => deps.log.error('checkout poll failed', { basketId, error: errorMessage(error) }),
    );
    this.#settledWatcher = new Poller(
      deps.voidWatch,
      (basketId) => this.#watchSettled(basketId),
      (basketId, error) => deps.log.error('checkout settled watch failed', { basketId, error: errorMessage(error) }),
    );
  }

  /**
   * Switches to a TokenX account (at start-up, or when training mode changes) and
   * recovers that account's unfinished baskets, each on its own, before selling resumes.
   */
  async activate(context: CheckoutContext): Promise<RecoveryStatus> {
    this.deactivate();
    this.#context = context;
    const environment = context.environment;
    for (const entry of this.#deps.journal.recentlySettled(environment, this.#deps.voidWatch().windowMs)) {
      if (this.#settledWindow(entry) !== null) this.#settledWatcher.track(entry.basketId);
    }
    const recovery = new StartupRecovery({
      ids: this.#deps.journal.unfinishedIds(environment),
      entry: (id) => this.#deps.journal.get(environment, id),
      openBaskets: async () => {
        if (context.defaultTarget?.kind !== 'terminal') return [];
        const answer = await context.gateway.getOpenBaskets(context.defaultTarget.terminalId);
        return answer.kind === 'ok' ? answer.value : [];
      },
      sawOpen: (basket) =>
        this.#exclusive(basket.basketID, async () =>
          this.#apply(
            basket.basketID,
            { kind: 'observed', observation: { kind: 'open', lockedBy: basket.isLocked ? (basket.lockedBy ?? null) : null }, at: this.#iso() },
            'recovery:open-baskets',
            null,
          ),
        ),
      settle: (id) => this.#exclusive(id, () => this.#settle(id, 'recovery')),
      setAside: (id, reason) => this.#setAside(id, reason),
      follow: (id) => this.#poller.track(id),
      reads: this.#deps.followUp().recoveryReads,
      stillActive: () => this.#context === context,
      log: this.#deps.log,
      publish: (status) => this.#deps.onRecovery(status),
    });
    this.#recovery = recovery;
    return recovery.run();
  }

  deactivate(): void {
    this.#poller.stopAll();
    this.#settledWatcher.stopAll();
    this.#context = null;
    this.#recovery = null;
  }

  recoveryStatus(): RecoveryStatus {
    return this.#recovery?.status() ?? { phase: 'recovering', found: 0, known: 0, unresolved: 0, awaitingDecision: 0, escalated: 0 };
  }

  async send(request: SendRequest): Promise<StoredEntry> {
    const context = this.#requireContext();
    const recovery = this.recoveryStatus();
    if (recovery.phase !== 'ready') {
      throw new AppFailure(
        'checkout.recovering',
        `The app is still checking ${recovery.unresolved} basket(s) from the last session with TokenX. Selling resumes as soon as they are read.`,
        `Uygulama önceki oturumdan kalan ${recovery.unresolved} sepeti TokenX ile kontrol ediyor. Sepetler okununca satış devam eder.`,
      );
    }
    const target = request.target ?? context.defaultTarget;
    if (target === null) {
      throw new AppFailure(
        'checkout.no-target',
        'This till has no TokenX terminal id (or branch id) set. Enter it in Settings → TokenX.',
        'Bu kasanın TokenX terminal numarası (veya şube numarası) girilmemiş. Ayarlar → TokenX bölümünden girin.',
        'tokenx.terminalId',
      );
    }
    const basketId = randomUUID();
    const draft = this.#deps.journal.create({
      basketId,
      environment: context.environment,
      target,
      tillNumber: this.#deps.tillNumber(),
      totalKurus: wireBasketTotal(request.basket),
      basket: { ...request.basket, basketID: basketId },
      cashierId: request.cashierId,
    });
    this.#deps.onChange(draft);
    // The contract has checked the body already; the journal added only the id and the check number.
    const checked: WireBasket = { ...request.basket, basketID: basketId, checkNumber: draft.checkNumber };
    const sent = await this.#exclusive(basketId, () => this.#dispatchSend(draft, 'send', checked));
    this.#follow(sent);
    return sent;
  }

  list(options: { unfinishedOnly: boolean; limit: number }): StoredEntry[] {
    const context = this.#requireContext();
    return this.#deps.journal.list(context.environment, options);
  }

  detail(basketId: string): CheckoutDetail {
    const context = this.#requireContext();
    const detail = this.#deps.journal.detail(context.environment, basketId);
    if (detail === undefined) throw notFound(basketId);
    return detail;
  }

  /** "Check again": one read now, whatever the poller's timing. */
  async checkAgain(basketId: string): Promise<StoredEntry> {
    const entry = this.#requireEntry(basketId);
    const after = await this.#exclusive(basketId, () =>
      entry.final ? this.#read(basketId, 'check-again') : this.#settle(basketId, 'check-again'),
    );
    this.#follow(after);
    return after;
  }

  /**
   * Cancel before payment, as a request confirmed by reads: read first; only a basket
   * no device holds is deleted; read again. A payment that lands meanwhile wins.
   */
  async cancel(basketId: string): Promise<StoredEntry> {
    const entry = this.#requireEntry(basketId);
    if (entry.final) throw alreadyFinal(entry);
    if (entry.state === 'awaiting-decision') throw decideInstead();
    if (entry.state !== 'on-device') throw fateUnknown();
    const after = await this.#exclusive(basketId, async () => {
      this.#apply(basketId, { kind: 'cancel-requested' }, 'cancel-requested', null);
      const before = await this.#read(basketId, 'cancel:read');
      if (before.final) return before;
      if (before.state !== 'on-device') throw fateUnknown();
      if (before.lockedBy !== null) throw lockedOnDevice(before.lockedBy);
      const deleted = await this.#requireContext().gateway.deleteBasket(basketId);
      const confirmed = await this.#read(basketId, 'cancel:confirm');
      if (!confirmed.final && deleted.kind === 'rejected') {
        throw new AppFailure(
          'checkout.cancel-refused',
          `TokenX did not delete the basket (${deleted.code}: ${deleted.description}). If the device shows it, cancel it on the device.`,
          `TokenX sepeti silmedi (${deleted.code}: ${deleted.description}). Cihazda görünüyorsa cihazdan iptal edin.`,
        );
      }
      return confirmed;
    });
    this.#follow(after);
    return after;
  }

  /** The cashier's answer for an old basket TokenX never saw: send it again, or drop it. */
  async decide(request: { basketId: string; decision: RecoveryDecision; decidedBy: string | null }): Promise<StoredEntry> {
    const entry = this.#requireEntry(request.basketId);
    if (entry.state !== 'awaiting-decision') {
      throw new AppFailure(
        'checkout.no-decision-pending',
        `This basket is not waiting for a decision (it is ${entry.state}).`,
        `Bu sepet bir karar beklemiyor (durumu: ${entry.state}).`,
      );
    }
    const after = await this.#exclusive(request.basketId, async () => {
      const decided = this.#apply(request.basketId, { kind: 'decided', decision: request.decision }, `decided:${request.decision}`, null);
      this.#deps.audit.record({
        action: 'checkout.recovery-decision',
        actorId: request.decidedBy,
        approverId: null,
        subject: request.basketId,
        amountKurus: entry.totalKurus,
        outcome: request.decision,
        details: { createdAt: entry.createdAt, checkNumber: entry.checkNumber },
      });
      return request.decision === 'resend' ? this.#dispatchSend(decided, 'resend-decided') : decided;
    });
    this.#follow(after);
    return after;
  }

  /** Manager only, and only when TokenX could not tell us what happened. */
  forceOutcome(request: { basketId: string; outcome: ForcibleOutcome; approvalToken: string; note: string; actorId: string | null }): StoredEntry {
    const entry = this.#requireEntry(request.basketId);
    if (!canForce(entry.machine)) {
      throw new AppFailure(
        'checkout.force-not-allowed',
        'An outcome can only be recorded by hand after a communication error with TokenX; this basket has a known state.',
        'Sonuç yalnızca TokenX ile iletişim hatasından sonra elle girilebilir; bu sepetin durumu biliniyor.',
      );
    }
    const approver = this.#deps.approvals.consume(request.approvalToken, {
      action: 'force-outcome',
      subject: { basketId: request.basketId, outcome: request.outcome },
    });
    const saved = this.#apply(
      request.basketId,
      { kind: 'forced', outcome: request.outcome },
      'forced',
      `${approver.displayName}: ${request.note}`,
    );
    this.#deps.audit.record({
      action: 'checkout.force-outcome',
      actorId: request.actorId,
      approverId: approver.userId,
      subject: request.basketId,
      amountKurus: entry.totalKurus,
      outcome: request.outcome,
      details: { previousState: entry.state, communicationError: entry.communicationError, note: request.note },
    });
    this.#poller.untrack(request.basketId);
    return saved;
  }

  /** A manager has seen the device-truth alert (and checked for a double sale). */
  acknowledgeAlert(request: { basketId: string; approvalToken: string; actorId: string | null }): StoredEntry {
    const entry = this.#requireEntry(request.basketId);
    if (entry.alert === null || entry.alert.acknowledgedBy !== null) {
      throw new AppFailure('checkout.no-alert', 'This basket has no open alert.', 'Bu sepette açık bir uyarı yok.');
    }
    const approver = this.#deps.approvals.consume(request.approvalToken, {
      action: 'force-outcome',
      subject: { basketId: request.basketId, outcome: 'alert-acknowledged' },
    });
    const saved = this.#apply(request.basketId, { kind: 'alert-acknowledged', by: approver.userId }, 'alert-acknowledged', approver.displayName);
    this.#deps.audit.record({
      action: 'checkout.alert-acknowledged',
      actorId: request.actorId,
      approverId: approver.userId,
      subject: request.basketId,
      amountKurus: entry.totalKurus,
      outcome: entry.alert.kind,
      details: { previousState: entry.alert.previous, state: entry.state },
    });
    return saved;
  }

  async openBaskets(terminalId?: string): Promise<OpenDeviceBasket[]> {
    const context = this.#requireContext();
    const terminal = terminalId ?? (context.defaultTarget?.kind === 'terminal' ? context.defaultTarget.terminalId : null);
    if (terminal === null) {
      throw new AppFailure(
        'checkout.no-terminal',
        'Choose a terminal: this till has no TokenX terminal id set.',
        'Bir terminal seçin: bu kasanın TokenX terminal numarası girilmemiş.',
        'terminalId',
      );
    }
    const answer = await context.gateway.getOpenBaskets(terminal);
    if (answer.kind !== 'ok') throw tokenxCallFailure('list the open baskets', 'açık sepetler listelenemedi', answer);
    return answer.value.map((basket) => ({ ...basket, ours: this.#journalGet(basket.basketID) !== undefined }));
  }

  /** Frees a basket a device holds (manager), e.g. the one that keeps a terminal busy. */
  async unlockDeviceBasket(request: { basketId: string; branchId: string; approvalToken: string; actorId: string | null }): Promise<void> {
    const context = this.#requireContext();
    const approver = this.#deps.approvals.consume(request.approvalToken, {
      action: 'device-basket-unlock',
      subject: { basketId: request.basketId },
    });
    const answer = await context.gateway.unlockBasket(request.branchId, request.basketId);
    this.#auditDevice('checkout.device-basket-unlock', request, approver.userId, answer.kind);
    if (answer.kind !== 'ok') throw tokenxCallFailure('unlock the basket', 'sepetin kilidi açılamadı', answer);
    if (this.#journalGet(request.basketId) !== undefined) await this.checkAgain(request.basketId);
  }

  /** Deletes a basket from TokenX (manager); ours is then confirmed by a read like any cancel. */
  async deleteDeviceBasket(request: { basketId: string; approvalToken: string; actorId: string | null }): Promise<void> {
    const context = this.#requireContext();
    const approver = this.#deps.approvals.consume(request.approvalToken, {
      action: 'device-basket-delete',
      subject: { basketId: request.basketId },
    });
    const ours = this.#journalGet(request.basketId);
    if (ours !== undefined && !ours.final) this.#apply(request.basketId, { kind: 'cancel-requested' }, 'cancel-requested', null);
    const answer = await context.gateway.deleteBasket(request.basketId);
    this.#auditDevice('checkout.device-basket-delete', request, approver.userId, answer.kind);
    if (answer.kind !== 'ok') throw tokenxCallFailure('delete the basket', 'sepet silinemedi', answer);
    if (ours !== undefined) await this.checkAgain(request.basketId);
  }

  /**
   * A verified webhook delivery is a hint, never the truth: it makes the basket be read
   * at once, and the read decides. A delivery that does not match the basket (another
   * terminal, another amount) is logged; the read still decides.
   */
  handleWebhook(envelope: WebhookPayload): void {
    const basketId = envelope.data.basketID;
    const entry = this.#journalGet(basketId);
    if (entry === undefined) {
      this.#deps.log.info('webhook for a basket this till did not send', { operation: envelope.operation, basketId });
      return;
    }
    const mismatch = webhookMismatch(entry, envelope);
    if (mismatch !== null) this.#deps.log.warn('webhook does not match the journaled basket; reading it', { basketId, mismatch });
    void this.#exclusive(basketId, () =>
      entry.final ? this.#read(basketId, `webhook:${envelope.operation}`) : this.#settle(basketId, `webhook:${envelope.operation}`),
    )
      .then((after) => this.#follow(after))
      .catch((error: unknown) => this.#deps.log.error('webhook read failed', { basketId, error: errorMessage(error) }));
  }

  stop(): void {
    this.deactivate();
  }

  // ------------------------------------------------------------------ one basket, under its lock

  /** `checked`: the basket of a first send, as the contract checked it; a later send parses the journal's copy. */
  async #dispatchSend(entry: StoredEntry, cause: string, checked?: WireBasket): Promise<StoredEntry> {
    const gateway = this.#requireContext().gateway;
    // Parsed before the journal says "sending", so a basket that cannot be sent never looks sent.
    const basket = checked ?? wireBasketSchema.parse(entry.basket);
    const started = this.#apply(entry.basketId, { kind: 'send-started' }, `${cause}:started`, null);
    if (started.state !== 'sending') return started;
    const answer =
      started.target.kind === 'terminal'
        ? await gateway.createInstantBasket(started.target.terminalId, basket)
        : await gateway.createListBasket(started.target.branchId, basket);
    const event = eventOfSend(answer);
    const answered = this.#apply(entry.basketId, event, `${cause}:${event.kind}`, answerDetail(answer));
    // A refusal is a hint: TokenX's answer to a read decides whether the basket is there.
    return event.kind === 'send-refused' ? this.#read(entry.basketId, `${cause}:confirm-refusal`) : answered;
  }

  /** One authoritative read, applied. */
  async #read(basketId: string, cause: string): Promise<StoredEntry> {
    const answer = await this.#requireContext().gateway.getBasket(basketId);
    if (answer.kind === 'rejected' && answer.retryAfterMs !== null) this.#retryAfter.set(basketId, answer.retryAfterMs);
    else this.#retryAfter.delete(basketId);
    return this.#apply(basketId, eventOfRead(answer, this.#iso()), cause, answer.kind === 'unknown' ? answer.reason : null);
  }

  /**
   * Moves an unfinished basket towards a final state: sends a draft, reads the rest,
   * and decides what an absence means. A basket TokenX never saw is sent again under
   * the same id (1007 keeps it single) only while young and on the day it was made;
   * otherwise the cashier decides. Reads that never settle are escalated, once.
   */
  async #settle(basketId: string, cause: string): Promise<StoredEntry> {
    const entry = this.#journalGet(basketId);
    if (entry === undefined) throw notFound(basketId);
    if (entry.final) return entry;
    const young = mayResendOnItsOwn(Date.parse(entry.createdAt), this.#deps.now(), this.#deps.followUp());
    if (entry.state === 'draft') {
      // A draft never left this till, so it cannot be on TokenX: send it, or ask.
      return young ? this.#dispatchSend(entry, cause) : this.#apply(basketId, { kind: 'held-for-decision' }, `${cause}:held`, null);
    }
    const read = await this.#read(basketId, cause);
    const neverSeenAbsent =
      read.state === 'unknown' && !read.machine.seen && read.rejection === null && read.communicationError === null && !read.cancelRequested;
    if (neverSeenAbsent) {
      return young ? this.#dispatchSend(read, `${cause}:resend`) : this.#apply(basketId, { kind: 'held-for-decision' }, `${cause}:held`, null);
    }
    if (!read.final && !read.escalated && read.machine.unsettledReads >= this.#deps.followUp().escalateAfterReads) {
      return this.#escalate(read, `TokenX did not settle the basket in ${read.machine.unsettledReads} reads`);
    }
    return read;
  }

  #escalate(entry: StoredEntry, reason: string): StoredEntry {
    const saved = this.#apply(entry.basketId, { kind: 'escalated' }, 'escalated', reason);
    this.#deps.log.warn('checkout basket escalated to a manager', { basketId: entry.basketId, reason });
    this.#deps.audit.record({
      action: 'checkout.escalated',
      actorId: entry.cashierId,
      approverId: null,
      subject: entry.basketId,
      amountKurus: entry.totalKurus,
      outcome: entry.state,
      details: { reason, communicationError: entry.communicationError },
    });
    return saved;
  }

  /** A broken entry is set aside for a manager; the others carry on. Its own record may be what is broken. */
  #setAside(basketId: string, reason: string): void {
    this.#deps.log.error('checkout recovery set a basket aside', { basketId, reason });
    this.#deps.audit.record({
      action: 'checkout.recovery-set-aside',
      actorId: null,
      approverId: null,
      subject: basketId,
      outcome: 'escalated',
      details: { reason },
    });
    try {
      const entry = this.#journalGet(basketId);
      if (entry !== undefined && !entry.escalated) this.#apply(basketId, { kind: 'escalated' }, 'recovery:set-aside', reason);
    } catch (error) {
      this.#deps.log.error('checkout entry unreadable', { basketId, error: errorMessage(error) });
    }
  }

  async #poll(basketId: string): Promise<PollResult> {
    const before = this.#journalGet(basketId);
    const after = await this.#exclusive(basketId, () => this.#settle(basketId, 'poll'));
    const waiting = after.state === 'awaiting-decision';
    const ageFloor = after.state === 'on-device' ? pollFloorForAge(this.#deps.now() - Date.parse(after.createdAt)) : 0;
    return {
      final: after.final || waiting,
      changed: before?.updatedAt !== after.updatedAt,
      notBeforeMs: Math.max(ageFloor, this.#retryAfter.get(basketId) ?? 0),
    };
  }

  /** A final basket read again for a while: only the device's own report can still move it. */
  async #watchSettled(basketId: string): Promise<PollResult> {
    const entry = this.#journalGet(basketId);
    const window = entry === undefined ? null : this.#settledWindow(entry);
    if (entry === undefined || window === null || this.#deps.now() - Date.parse(entry.updatedAt) > window) {
      return { final: true, changed: false };
    }
    const after = await this.#exclusive(basketId, () => this.#readSettled(basketId));
    return { final: this.#settledWindow(after) === null, changed: after.updatedAt !== entry.updatedAt };
  }

  /**
   * One read of a settled basket. A deleted basket that TokenX shows open again (a
   * create that landed after the delete, where TokenX lets an id be used again) is
   * deleted once more while no device holds it; one a device holds is left to the
   * device, whose payment then wins with an alert.
   */
  async #readSettled(basketId: string): Promise<StoredEntry> {
    const gateway = this.#requireContext().gateway;
    const before = this.#requireEntry(basketId);
    const answer = await gateway.getBasket(basketId);
    const after = this.#apply(basketId, eventOfRead(answer, this.#iso()), 'settled-watch', null);
    if (before.state !== 'deleted' || after.state !== 'deleted' || answer.kind !== 'ok') return after;
    const observation = observationOfBasket(answer.value);
    if (observation.kind !== 'open') return after;
    const held = observation.lockedBy !== null;
    this.#deps.log.warn('a deleted basket is open on TokenX again', { basketId, lockedBy: observation.lockedBy });
    this.#deps.audit.record({
      action: 'checkout.reappeared-after-delete',
      actorId: before.cashierId,
      approverId: null,
      subject: basketId,
      amountKurus: before.totalKurus,
      outcome: held ? 'held-by-device' : 'deleted-again',
      details: { lockedBy: observation.lockedBy },
    });
    if (held) return after;
    await gateway.deleteBasket(basketId);
    return this.#read(basketId, 'settled-watch:deleted-again');
  }

  #settledWindow(entry: StoredEntry): number | null {
    return settledWatchWindow(entry.state, entry.forced, this.#deps.voidWatch());
  }

  /** After any operation: unfinished baskets are polled, settled ones watched for a while. */
  #follow(entry: StoredEntry): void {
    if (!entry.final && entry.state !== 'awaiting-decision') this.#poller.track(entry.basketId);
    if (entry.final) this.#poller.untrack(entry.basketId);
  }

  #apply(basketId: string, event: CheckoutEvent, cause: string, detail: string | null): StoredEntry {
    const environment = this.#requireContext().environment;
    const entry = this.#deps.journal.get(environment, basketId);
    if (entry === undefined) throw notFound(basketId);
    const { next, changed } = advance(entry.machine, event);
    if (!changed) return entry;
    const saved = this.#deps.journal.update(environment, basketId, next, cause, detail);
    this.#deps.onChange(saved);
    this.#auditOutcome(entry, saved, cause);
    if (saved.final && this.#settledWindow(saved) !== null) this.#settledWatcher.track(basketId);
    this.#recovery?.changed(basketId);
    return saved;
  }

  /**
   * The manager's log shows what the device did with every basket, and shouts when the
   * device's report overruled what the till had recorded (a possible double sale).
   */
  #auditOutcome(before: StoredEntry, after: StoredEntry, cause: string): void {
    if (after.alert !== null && before.alert === null) {
      this.#deps.log.error('device truth overruled the journal: check for a double sale', {
        basketId: after.basketId,
        previous: after.alert.previous,
        state: after.state,
      });
      this.#deps.audit.record({
        action: 'checkout.device-truth-alert',
        actorId: after.cashierId,
        approverId: null,
        subject: after.basketId,
        amountKurus: after.totalKurus,
        outcome: after.alert.kind,
        details: { previousState: after.alert.previous, state: after.state, receiptNo: after.sale?.receiptNo ?? null, cause },
      });
      return;
    }
    if (!after.final || (before.final && before.state === after.state)) return;
    this.#deps.audit.record({
      action: 'checkout.outcome',
      actorId: after.cashierId,
      approverId: null,
      subject: after.basketId,
      amountKurus: after.totalKurus,
      outcome: after.state,
      details: {
        checkNumber: after.checkNumber,
        receiptNo: after.sale?.receiptNo ?? null,
        zNo: after.sale?.zNo ?? null,
        rejection: after.rejection?.code ?? null,
        cause,
      },
    });
  }

  #exclusive(basketId: string, work: () => Promise<StoredEntry>): Promise<StoredEntry> {
    const previous = this.#busy.get(basketId) ?? Promise.resolve(undefined);
    const next = previous.catch(() => undefined).then(work);
    this.#busy.set(basketId, next);
    const forget = () => {
      if (this.#busy.get(basketId) === next) this.#busy.delete(basketId);
    };
    next.then(forget, forget);
    return next;
  }

  #auditDevice(action: string, request: { basketId: string; actorId: string | null }, approverId: string, outcome: string): void {
    this.#deps.audit.record({ action, actorId: request.actorId, approverId, subject: request.basketId, outcome });
  }

  #iso(): string {
    return new Date(this.#deps.now()).toISOString();
  }

  #journalGet(basketId: string): StoredEntry | undefined {
    const context = this.#context;
    return context === null ? undefined : this.#deps.journal.get(context.environment, basketId);
  }

  #requireEntry(basketId: string): StoredEntry {
    const entry = this.#journalGet(basketId);
    if (entry === undefined) throw notFound(basketId);
    return entry;
  }

  #requireContext(): CheckoutContext {
    if (this.#context === null) throw checkoutNotReady();
    return this.#context;
  }
}

function answerDetail(answer: TokenxOutcome<unknown>): string | null {
  if (answer.kind === 'ok') return null;
  return answer.kind === 'unknown' ? answer.reason : `${answer.code}: ${answer.description}`;
}

/** What in a webhook does not fit the basket it names: another terminal, or a payment of another amount. */
function webhookMismatch(entry: StoredEntry, envelope: WebhookPayload): string | null {
  const terminal = envelope.terminalId ?? null;
  if (entry.target.kind === 'terminal' && terminal !== null && terminal !== '' && terminal !== entry.target.terminalId) {
    return `terminal ${terminal}, sent to ${entry.target.terminalId}`;
  }
  if (envelope.operation === 'BASKET_COMPLETED' && envelope.data.status === 0) {
    const paid = (envelope.data.paymentItems ?? []).reduce((sum, item) => sum + item.amount, 0);
    if (paid !== 0 && paid !== entry.totalKurus) return `paid ${paid} kuruş of ${entry.totalKurus}`;
  }
  return null;
}

function notFound(basketId: string): AppFailure {
  return new AppFailure(
    'checkout.not-found',
    `No basket ${basketId} in this till's journal.`,
    `Bu kasanın kayıtlarında ${basketId} numaralı sepet yok.`,
    'basketId',
  );
}

function alreadyFinal(entry: StoredEntry): AppFailure {
  return new AppFailure(
    'checkout.already-final',
    `The basket is already finished (${entry.state}); there is nothing to cancel.`,
    `Sepet zaten sonuçlanmış (${entry.state}); iptal edilecek bir şey yok.`,
  );
}

/** From Unknown the cashier may only check again; a manager may record the outcome. */
function fateUnknown(): AppFailure {
  return new AppFailure(
    'checkout.cancel-while-unknown',
    'TokenX has not confirmed this basket yet, so it cannot be cancelled. Use "Check again", or ask a manager to record the outcome.',
    'TokenX bu sepeti henüz doğrulamadı, bu yüzden iptal edilemez. "Tekrar kontrol et"i kullanın veya sonucu bir yöneticiye girdirin.',
  );
}

function decideInstead(): AppFailure {
  return new AppFailure(
    'checkout.decision-pending',
    'This basket never reached TokenX: choose "Send again" or "Drop" for it.',
    'Bu sepet TokenX’e hiç ulaşmadı: "Yeniden gönder" veya "Vazgeç" seçin.',
  );
}

/** A device holds the basket: it may be taking the payment right now, so only the device may cancel it. */
function lockedOnDevice(terminalId: string): AppFailure {
  return new AppFailure(
    'checkout.locked-on-device',
    `Device ${terminalId} has the basket open and may be taking the payment. Cancel it on the device.`,
    `${terminalId} cihazı sepeti açmış ve ödemeyi alıyor olabilir. İptali cihazdan yapın.`,
  );
}
