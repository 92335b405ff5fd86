import type { DatabaseSync } from 'node:sqlite';
import type { CheckoutEntry, RecoveryStatus } from '../../../shared/checkout/checkoutState';
import type { Settings } from '../../../shared/settings';
import type { ApprovalVerifier, AuditSink } from '../auth/ports';
import type { CoreModule } from '../module';
import type { Clock, Logger } from '../ports';
import type { TokenxConnection } from '../tokenx/tokenxConnection';
import type { CheckoutHandlers } from './checkoutHandlers';
import { checkoutHandlers } from './checkoutHandlers';
import type { VoidWatchPolicy } from './checkoutService';
import { CheckoutService } from './checkoutService';
import { DEFAULT_FOLLOW_UP } from './followUpPolicy';
import { CheckoutJournal, publicEntry } from './journal';
import type { PollPolicy } from './poller';

export interface CheckoutModuleDeps {
  db: DatabaseSync;
  clock: Clock;
  log: Logger;
  approvals: ApprovalVerifier;
  audit: AuditSink;
  settings: () => Settings;
  /** The TokenX account the checkout sells on; it starts over whenever the account changes. */
  connection: TokenxConnection;
  /** Who is signed in at the till: sales and decisions are attributed to them. */
  actor: () => string | null;
  onChange: (entry: CheckoutEntry) => void;
  onRecovery: (status: RecoveryStatus) => void;
}

export interface CheckoutModule extends CoreModule<CheckoutHandlers> {
  /** Which baskets this till has sent (a parked basket that was sent is not parked any more). */
  journal: CheckoutJournal;
  /** The checkout itself: webhook deliveries are handed to it as hints. */
  service: CheckoutService;
}

/**
 * Half an hour covers a receipt voided at the till right after a sale; five minutes a
 * payment that comes after a cancel or a decline was reported. Reads slow to one every
 * two minutes.
 */
const DEFAULT_VOID_WATCH: VoidWatchPolicy = {
  initialMs: 15_000,
  maxMs: 120_000,
  factor: 2,
  windowMs: 30 * 60_000,
  lateWindowMs: 5 * 60_000,
};

/**
 * Sales to the ÖKC through TokenX: the journal, the state machine, recovery and the
 * poller, on whichever account the connection has. A change of account reconciles the
 * new account's unfinished baskets before selling.
 */
export function createCheckoutModule(deps: CheckoutModuleDeps): CheckoutModule {
  const { connection, log } = deps;
  const journal = new CheckoutJournal(deps.db, deps.clock.now);
  const service = new CheckoutService({
    journal,
    approvals: deps.approvals,
    audit: deps.audit,
    log,
    pollPolicy: () => pollPolicy(deps.settings().tokenx.pollIntervalMs),
    voidWatch: () => DEFAULT_VOID_WATCH,
    followUp: () => DEFAULT_FOLLOW_UP,
    tillNumber: () => deps.settings().tokenx.tillNumber,
    now: deps.clock.now,
    onChange: (entry) => deps.onChange(publicEntry(entry)),
    onRecovery: deps.onRecovery,
  });
  const stopFollowing = connection.onChange(async (account) => {
    service.deactivate();
    if (account === null) return;
    if (account.legacyEnvironment !== null) {
      const moved = journal.renameEnvironment(account.legacyEnvironment, account.environment);
      if (moved > 0) log.info('checkout journal rows moved to the fingerprint key', { moved });
    }
    await service.activate({ environment: account.environment, gateway: account.client, defaultTarget: account.defaultTarget });
  });
  return {
    journal,
    service,
    handlers: checkoutHandlers(service, connection, deps.actor),
    close: async () => {
      await stopFollowing();
      service.stop();
    },
  };
}

function pollPolicy(intervalMs: number): PollPolicy {
  return { initialMs: Math.round(intervalMs / 2), maxMs: intervalMs * 2, factor: 1.5 };
}
