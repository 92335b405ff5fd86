import type { DatabaseSync } from 'node:sqlite';
import type { TillSettings } from '../../../shared/settings';
import { defaultSettings } from '../../../shared/settings';
import type { AuditSink } from '../auth/ports';
import type { Clock } from '../ports';
import { ApprovalService, DEFAULT_APPROVAL_TTL_MS } from './approvals';
import { Authorizer } from './authorizer';
import { FailureTally } from './failureTally';
import type { LockoutPolicy } from './pinChecker';
import { DEFAULT_LOCKOUT, PinChecker } from './pinChecker';
import type { ScryptCost } from './pinHasher';
import { DEFAULT_PIN_COST, PinHasher } from './pinHasher';
import type { ThrottlePolicy } from './pinThrottle';
import { DEFAULT_THROTTLE, PinThrottle } from './pinThrottle';
import { RecoveryCodes } from './recoveryCode';
import { TillSession } from './tillSession';
import { UserRepository } from './userRepository';
import { UserService } from './userService';
import type { CoreModule } from '../module';
import type { UsersHandlers } from './usersHandlers';
import { usersHandlers } from './usersHandlers';

export interface UsersModuleDeps {
  /** Already migrated with `usersMigrations`. */
  db: DatabaseSync;
  audit: AuditSink;
  clock: Clock;
  lockout?: LockoutPolicy;
  throttle?: ThrottlePolicy;
  approvalTtlMs?: number;
  pinCost?: ScryptCost;
  /** The till settings (idle sign-out, discount limits) as they are now; the defaults when absent. */
  till?: () => Pick<TillSettings, 'elevatedIdleMinutes' | 'discountLimitPercent'>;
}

export interface UsersModule extends CoreModule<UsersHandlers> {
  session: TillSession;
  approvals: ApprovalService;
  authorizer: Authorizer;
  service: UserService;
  tally: FailureTally;
  throttle: PinThrottle;
  /** Who is signed in at the till now: the actor of everything the till does. */
  actor(): string | null;
}

/** People, PINs, the till's session and approvals, over one database. */
export function createUsersModule(deps: UsersModuleDeps): UsersModule {
  const { db, audit, clock, ...options } = deps;
  const fallback = defaultSettings().till;
  const till = options.till ?? (() => fallback);
  const limits = () => till().discountLimitPercent;
  const users = new UserRepository(db);
  const hasher = new PinHasher(options.pinCost ?? DEFAULT_PIN_COST);
  const tally = new FailureTally({ db, audit, clock });
  const throttle = new PinThrottle({ db, clock, policy: options.throttle ?? DEFAULT_THROTTLE });
  const pins = new PinChecker({ users, hasher, audit, clock, policy: options.lockout ?? DEFAULT_LOCKOUT, throttle, tally });
  const recovery = new RecoveryCodes(db, hasher);
  const session = new TillSession({ users, pins, audit, clock, recovery, idleMinutes: () => till().elevatedIdleMinutes });
  const approvals = new ApprovalService({
    users,
    pins,
    audit,
    clock,
    ttlMs: options.approvalTtlMs ?? DEFAULT_APPROVAL_TTL_MS,
    limits,
    tally,
  });
  let tillUserId: string | null = null;
  session.onChange(({ user }) => {
    if ((user?.id ?? null) !== tillUserId) approvals.revokeAll();
    tillUserId = user?.id ?? null;
  });
  const authorizer = new Authorizer({ session, approvals, users });
  const service = new UserService({
    users,
    hasher,
    pins,
    session,
    authorizer,
    audit,
    clock,
    recovery,
    throttle,
    tally,
    limits,
  });
  return {
    session,
    approvals,
    authorizer,
    service,
    tally,
    throttle,
    actor: () => session.user()?.id ?? null,
    handlers: usersHandlers({ session, approvals, service }),
    close: () => session.close(),
  };
}
