import { randomUUID } from 'node:crypto';
import type {
  CheckoutDetail,
  CheckoutTarget,
  ForcibleOutcome,
  RecoveryStatus,
} from '../../../shared/checkout/checkoutState';
import type { ApprovalVerifier, AuditSink } from '../auth/ports';
import { AppFailure } from '../failure';
import type { Logger } from '../ports';
import type { OpenBasket, WebhookPayload, WireBasketBody } from '../../../shared/tokenx/basketModel';
import { wireBasketSchema } from '../../../shared/tokenx/basketModel';
import { wireBasketTotal } from '../../../shared/tokenx/basketTotal';
import type { CheckoutGateway } from './gateway';
import type { CheckoutJournal, StoredEntry } from './journal';
import { eventOfRead, eventOfSend, eventOfWebhook } from './observations';
import type { PollPolicy, PollResult } from './poller';
import { Poller } from './poller';
import type { CheckoutEvent } from './stateMachine';
import { advance, canForce } from './stateMachine';

/** Which TokenX account the checkout talks to right now, and where baskets go by default. */
export interface CheckoutContext {
  /** Journal rows are keyed by it: `simulator`, or the live account's identity. */
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
  /** How often, and for how long after payment, a paid basket is read again (see `#watchSettled`). */
  voidWatch: () => VoidWatchPolicy;
  now: () => number;
  onChange: (entry: StoredEntry) => void;
  onRecovery: (status: RecoveryStatus) => void;
}

export interface VoidWatchPolicy extends PollPolicy {
  /** How long after it was paid a basket is still read again. */
  windowMs: number;
}

export interface SendRequest {
  /** The wire basket; its `basketID` and `checkNumber` are assigned by the journal. */
  basket: WireBasketBody;
  target?: CheckoutTarget;
}

export interface OpenDeviceBasket extends OpenBasket {
  /** True when this workstation's journal has it (in the current environment). */
  ours: boolean;
}

const BEFORE_DEVICE = new Set(['draft', 'sending', 'unknown']);
const RECOVERY_CONCURRENCY = 4;

/**
 * The checkout: journals each basket before any network call, sends it once under its
 * own id, and follows it to a final state from the webhook, the poller and start-up
 * recovery alike. All of them feed the one state machine; the journal is the truth.
 */
export class CheckoutService {
  readonly #deps: CheckoutServiceDeps;
  readonly #poller: Poller;
  /** Slow reads of paid baskets: TokenX stops reporting news of a paid basket except by a webhook that may be lost. */
  readonly #voidWatcher: Poller;
  /** One operation per basket at a time (send, read, cancel), so a read never races its own send. */
  readonly #busy = new Map<string, Promise<StoredEntry>>();
  #context: CheckoutContext | null = null;
  #recoveryIds: string[] = [];
  #recoveryFirstPassDone = false;
  #recovery: RecoveryStatus = { phase: 'recovering', found: 0, known: 0, unresolved: 0 };

  constructor(deps: CheckoutServiceDeps) {
    this.#deps = deps;
    this.#poller = new Poller(
      deps.pollPolicy,
      async (basketId) => {
        const before = this.#journalGet(basketId);
        const after = await this.#exclusive(basketId, () => this.#refresh(basketId, 'poll'));
        return { final: after.final, changed: before?.updatedAt !== after.updatedAt };
      },
      (basketId, error) =>
        deps.log.error('checkout poll failed', { basketId, error: error instanceof Error ? error.message : String(error) }),
    );
    this.#voidWatcher = new Poller(
      deps.voidWatch,
      (basketId) => this.#watchSettled(basketId),
      (basketId, error) =>
        deps.log.error('checkout void watch failed', { basketId, error: error instanceof Error ? error.message : String(error) }),
    );
  }

  /**
   * Switches to a TokenX account (at start-up, or when training mode changes) and
   * reconciles every unfinished basket of that account before selling resumes.
   */
  async activate(context: CheckoutContext): Promise<RecoveryStatus> {
    this.deactivate();
    this.#context = context;
    const unfinished = this.#deps.journal.unfinished(context.environment);
    this.#recoveryIds = unfinished.map((entry) => entry.basketId);
    this.#recoveryFirstPassDone = false;
    this.#publishRecovery();
    for (const entry of this.#deps.journal.recentlySettled(context.environment, this.#deps.voidWatch().windowMs)) {
      this.#voidWatcher.track(entry.basketId);
    }
    await this.#reconcileWithOpenBaskets(context);
    const queue = [...this.#recoveryIds];
    const worker = async () => {
      // A switch to another account mid-recovery leaves the rest to that account's next activation.
      for (let id = queue.shift(); id !== undefined && this.#context === context; id = queue.shift()) {
        const entry = await this.#exclusive(id, () => this.#refresh(id, 'recovery'));
        if (!entry.final) this.#poller.track(id);
      }
    };
    await Promise.all(Array.from({ length: RECOVERY_CONCURRENCY }, worker));
    if (this.#context !== context) return this.#recovery;
    this.#recoveryFirstPassDone = true;
    this.#publishRecovery();
    return this.#recovery;
  }

  deactivate(): void {
    this.#poller.stopAll();
    this.#voidWatcher.stopAll();
    this.#context = null;
  }

  recoveryStatus(): RecoveryStatus {
    return this.#recovery;
  }

  async send(request: SendRequest): Promise<StoredEntry> {
    const context = this.#requireContext();
    if (this.#recovery.phase !== 'ready') {
      throw new AppFailure(
        'checkout.recovering',
        `The app is still checking ${this.#recovery.unresolved} basket(s) from the last session with TokenX. Selling resumes as soon as they are settled.`,
        `Uygulama önceki oturumdan kalan ${this.#recovery.unresolved} sepeti TokenX ile kontrol ediyor. Sepetler netleşince satış devam eder.`,
      );
    }
    const target = request.target ?? context.defaultTarget;
    if (target === null) {
      throw new AppFailure(
        'checkout.no-target',
        "This till has no TokenX terminal id (or branch id) set. Enter it in Settings → TokenX.",
        'Bu kasanın TokenX terminal numarası (veya şube numarası) girilmemiş. Ayarlar → TokenX bölümünden girin.',
        'tokenx.terminalId',
      );
    }
    const basketId = randomUUID();
    const draft = this.#deps.journal.create({
      basketId,
      environment: context.environment,
      target,
      totalKurus: wireBasketTotal(request.basket),
      basket: { ...request.basket, basketID: basketId },
    });
    this.#deps.onChange(draft);
    const sent = await this.#exclusive(basketId, () => this.#dispatchSend(draft, 'send'));
    if (!sent.final) this.#poller.track(basketId);
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
    this.#requireEntry(basketId);
    const entry = await this.#exclusive(basketId, () => this.#refresh(basketId, 'check-again'));
    if (!entry.final) this.#poller.track(basketId);
    return entry;
  }

  /**
   * Cancel before payment: a request (delete, after an unlock for a list basket that a
   * device holds) confirmed only by the next read. A payment that won the race stands.
   */
  async cancel(basketId: string): Promise<StoredEntry> {
    const entry = this.#requireEntry(basketId);
    if (entry.final) throw alreadyFinal(entry);
    if (entry.state !== 'on-device') throw fateUnknown();
    return this.#exclusive(basketId, async () => {
      const gateway = this.#requireContext().gateway;
      let current = this.#apply(basketId, { kind: 'cancel-requested' }, 'cancel-requested', null);
      if (current.target.kind === 'branch' && current.lockedBy !== null) {
        await gateway.unlockBasket(current.target.branchId, basketId);
      }
      const deleted = await gateway.deleteBasket(basketId);
      current = await this.#refresh(basketId, 'cancel-confirm');
      if (!current.final && deleted.kind === 'rejected') {
        throw new AppFailure(
          'checkout.cancel-refused',
          `TokenX did not delete the basket (${deleted.code}: ${deleted.description}). If the device shows it, cancel it on the device.`,
          `TokenX sepeti silmedi (${deleted.code}: ${deleted.description}). Cihazda görünüyorsa cihazdan iptal edin.`,
        );
      }
      if (!current.final) this.#poller.track(basketId);
      return current;
    });
  }

  /** Manager only, and only when TokenX could not tell us what happened. */
  forceOutcome(request: { basketId: string; outcome: ForcibleOutcome; approvalToken: string; note: string }): StoredEntry {
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
      actorId: null,
      approverId: approver.userId,
      subject: request.basketId,
      amountKurus: entry.totalKurus,
      outcome: request.outcome,
      details: { previousState: entry.state, communicationError: entry.communicationError, note: request.note },
    });
    this.#poller.untrack(request.basketId);
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
    if (answer.kind !== 'ok') throw communicationFailure('list the open baskets', 'açık sepetler listelenemedi', answer);
    return answer.value.map((basket) => ({
      ...basket,
      ours: this.#journalGet(basket.basketID) !== undefined,
    }));
  }

  /** Frees a basket a device holds (manager), e.g. the one that keeps a terminal busy. */
  async unlockDeviceBasket(request: { basketId: string; branchId: string; approvalToken: string }): Promise<void> {
    const context = this.#requireContext();
    const approver = this.#deps.approvals.consume(request.approvalToken, {
      action: 'device-basket-unlock',
      subject: { basketId: request.basketId },
    });
    const answer = await context.gateway.unlockBasket(request.branchId, request.basketId);
    this.#auditDevice('checkout.device-basket-unlock', request.basketId, approver.userId, answer.kind);
    if (answer.kind !== 'ok') throw communicationFailure('unlock the basket', 'sepetin kilidi açılamadı', answer);
    if (this.#journalGet(request.basketId) !== undefined) await this.checkAgain(request.basketId);
  }

  /** Deletes a basket from TokenX (manager); ours is then confirmed by a read like any cancel. */
  async deleteDeviceBasket(request: { basketId: string; approvalToken: string }): Promise<void> {
    const context = this.#requireContext();
    const approver = this.#deps.approvals.consume(request.approvalToken, {
      action: 'device-basket-delete',
      subject: { basketId: request.basketId },
    });
    const ours = this.#journalGet(request.basketId);
    if (ours !== undefined && !ours.final) this.#apply(request.basketId, { kind: 'cancel-requested' }, 'cancel-requested', null);
    const answer = await context.gateway.deleteBasket(request.basketId);
    this.#auditDevice('checkout.device-basket-delete', request.basketId, approver.userId, answer.kind);
    if (answer.kind !== 'ok') throw communicationFailure('delete the basket', 'sepet silinemedi', answer);
    if (ours !== undefined) await this.checkAgain(request.basketId);
  }

  /** A verified webhook delivery; baskets this journal does not know are not ours to follow. */
  handleWebhook(envelope: WebhookPayload): void {
    const basketId = envelope.data.basketID;
    if (this.#journalGet(basketId) === undefined) {
      this.#deps.log.info('webhook for a basket this till did not send', { operation: envelope.operation, basketId });
      return;
    }
    const entry = this.#apply(basketId, eventOfWebhook(envelope), `webhook:${envelope.operation}`, null);
    if (entry.final) this.#poller.untrack(basketId);
  }

  stop(): void {
    this.deactivate();
  }

  async #dispatchSend(entry: StoredEntry, cause: string): Promise<StoredEntry> {
    const gateway = this.#requireContext().gateway;
    // Parsed before the journal says "sending", so a basket that cannot be sent never looks sent.
    const basket = wireBasketSchema.parse(entry.basket);
    const started = this.#apply(entry.basketId, { kind: 'send-started' }, `${cause}:started`, null);
    if (started.state !== 'sending') return started;
    const answer =
      started.target.kind === 'terminal'
        ? await gateway.createInstantBasket(started.target.terminalId, basket)
        : await gateway.createListBasket(started.target.branchId, basket);
    const event = eventOfSend(answer);
    if (event !== null) {
      const detail = answer.kind === 'ok' ? null : answer.kind === 'unknown' ? answer.reason : answer.description;
      return this.#apply(entry.basketId, event, `${cause}:${event.kind}`, detail);
    }
    // 1007: a basket with this id is already there (an earlier try got through): read it.
    const read = await gateway.getBasket(entry.basketId);
    const observed = this.#apply(entry.basketId, eventOfRead(read), `${cause}:duplicate-read`, null);
    return observed.state === 'sending'
      ? this.#apply(
          entry.basketId,
          { kind: 'no-answer', reason: 'TokenX reports the basket exists but could not show it yet' },
          `${cause}:duplicate-unread`,
          null,
        )
      : observed;
  }

  /** One read; a basket never seen by TokenX is sent again under the same id (1007 keeps it single). */
  async #refresh(basketId: string, cause: string): Promise<StoredEntry> {
    const context = this.#requireContext();
    const entry = this.#journalGet(basketId);
    if (entry === undefined) throw notFound(basketId);
    if (entry.final) return entry;
    if (entry.state === 'draft') return this.#dispatchSend(entry, cause);
    const answer = await context.gateway.getBasket(basketId);
    const event = eventOfRead(answer);
    const read = this.#apply(basketId, event, cause, answer.kind === 'unknown' ? answer.reason : null);
    const absent = event.kind === 'observed' && event.observation.kind === 'absent';
    if (absent && BEFORE_DEVICE.has(read.state) && !read.cancelRequested) return this.#dispatchSend(read, `${cause}:resend`);
    return read;
  }

  /**
   * A read of a paid basket (or one whose outcome a manager recorded): the state machine
   * lets only a void, or the device's own outcome over a forced one, through. Stops once
   * that came, or when the window since payment is over.
   */
  async #watchSettled(basketId: string): Promise<PollResult> {
    const entry = this.#journalGet(basketId);
    if (entry === undefined || !watchedAfterFinal(entry)) return { final: true, changed: false };
    if (this.#deps.now() - Date.parse(entry.updatedAt) > this.#deps.voidWatch().windowMs) return { final: true, changed: false };
    const after = await this.#exclusive(basketId, async () => {
      const answer = await this.#requireContext().gateway.getBasket(basketId);
      return this.#apply(basketId, eventOfRead(answer), 'void-watch', null);
    });
    return { final: !watchedAfterFinal(after), changed: after.updatedAt !== entry.updatedAt };
  }

  async #reconcileWithOpenBaskets(context: CheckoutContext): Promise<void> {
    if (this.#recoveryIds.length === 0 || context.defaultTarget?.kind !== 'terminal') return;
    const answer = await context.gateway.getOpenBaskets(context.defaultTarget.terminalId);
    if (answer.kind !== 'ok') return;
    for (const open of answer.value) {
      if (!this.#recoveryIds.includes(open.basketID)) continue;
      this.#apply(
        open.basketID,
        { kind: 'observed', observation: { kind: 'open', lockedBy: open.isLocked ? (open.lockedBy ?? null) : null } },
        'recovery:open-baskets',
        null,
      );
    }
  }

  #apply(basketId: string, event: CheckoutEvent, cause: string, detail: string | null): StoredEntry {
    const environment = this.#requireContext().environment;
    const entry = this.#deps.journal.get(environment, basketId);
    if (entry === undefined) throw notFound(basketId);
    const { next, changed } = advance(entry.machine, event);
    if (!changed) return entry;
    const saved = this.#deps.journal.update(environment, basketId, next, cause, detail);
    this.#deps.onChange(saved);
    if (watchedAfterFinal(saved)) this.#voidWatcher.track(basketId);
    if (this.#recoveryIds.includes(basketId)) this.#publishRecovery();
    return saved;
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

  #publishRecovery(): void {
    const context = this.#context;
    if (context === null) return;
    const known = this.#recoveryIds.filter((id) => {
      const entry = this.#deps.journal.get(context.environment, id);
      return entry === undefined || !BEFORE_DEVICE.has(entry.state);
    }).length;
    const unresolved = this.#recoveryIds.length - known;
    const phase = this.#recoveryFirstPassDone && unresolved === 0 ? 'ready' : 'recovering';
    const next: RecoveryStatus = { phase, found: this.#recoveryIds.length, known, unresolved };
    const same =
      next.phase === this.#recovery.phase &&
      next.found === this.#recovery.found &&
      next.known === this.#recovery.known &&
      next.unresolved === this.#recovery.unresolved;
    this.#recovery = next;
    if (!same) this.#deps.onRecovery(next);
  }

  #auditDevice(action: string, basketId: string, approverId: string, outcome: string): void {
    this.#deps.audit.record({ action, actorId: null, approverId, subject: basketId, outcome });
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
    if (this.#context === null) {
      throw new AppFailure(
        'checkout.not-ready',
        'The checkout is still starting. Try again in a moment.',
        'Ödeme modülü henüz başlıyor. Birazdan tekrar deneyin.',
      );
    }
    return this.#context;
  }
}

function watchedAfterFinal(entry: StoredEntry): boolean {
  return entry.state === 'paid' || entry.forced;
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

function communicationFailure(
  what: string,
  whatTr: string,
  answer: { kind: 'rejected'; code: string; description: string } | { kind: 'unknown'; reason: string },
): AppFailure {
  if (answer.kind === 'unknown') {
    return new AppFailure(
      'checkout.no-answer',
      `Could not ${what}: TokenX did not answer (${answer.reason}). Check the connection and try again.`,
      `${whatTr}: TokenX yanıt vermedi (${answer.reason}). Bağlantıyı kontrol edip tekrar deneyin.`,
    );
  }
  return new AppFailure(
    'checkout.refused',
    `Could not ${what}: TokenX answered ${answer.code} (${answer.description}).`,
    `${whatTr}: TokenX ${answer.code} yanıtını verdi (${answer.description}).`,
  );
}
