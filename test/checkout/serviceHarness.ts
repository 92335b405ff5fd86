import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import type { ApprovalRequest, ApprovalVerifier, AuditEntry, PrivilegedAction } from '../../src/main/core/auth/ports';
import { CheckoutService } from '../../src/main/core/checkout/checkoutService';
import type { CheckoutGateway } from '../../src/main/core/checkout/gateway';
import { CheckoutJournal, checkoutMigrations } from '../../src/main/core/checkout/journal';
import { AppFailure } from '../../src/main/core/failure';
import { openDatabase } from '../../src/main/core/storage/database';
import type { CheckoutEntry, RecoveryStatus } from '../../src/shared/checkout/checkoutState';
import type { WireBasketBody } from '../../src/shared/tokenx/basketModel';

export const quietLog = { info: () => undefined, warn: () => undefined, error: () => undefined };
export const TERMINAL = 'AV0000000001';

export const sampleBasket = (price = 1500): WireBasketBody => ({
  items: [{ name: 'Çay', price, quantity: 2000, sectionNo: 1, taxPercent: 1000 }],
  paymentItems: [{ type: 1, amount: price * 2 }],
});

/** One-time tokens a test hands out; consuming one twice, or for another action, fails like the real verifier. */
export class TestApprovals implements ApprovalVerifier {
  readonly #tokens = new Map<string, PrivilegedAction>();
  grant(token: string, action: PrivilegedAction): string {
    this.#tokens.set(token, action);
    return token;
  }
  consume(token: string, { action }: ApprovalRequest) {
    if (this.#tokens.get(token) !== action) {
      throw new AppFailure('auth.approval-invalid', 'The approval is not valid.', 'Onay geçerli değil.');
    }
    this.#tokens.delete(token);
    return { userId: 'u-manager', displayName: 'Ayşe Yönetici', role: 'manager' as const };
  }
}

export interface Harness {
  db: DatabaseSync;
  journal: CheckoutJournal;
  service: CheckoutService;
  approvals: TestApprovals;
  audit: AuditEntry[];
  changes: CheckoutEntry[];
  recovery: RecoveryStatus[];
  close(): void;
}

export const FAST_VOID_WATCH = { initialMs: 5, maxMs: 20, factor: 1.5, windowMs: 60_000 };

export function buildService(
  dir: string,
  policy = { initialMs: 5, maxMs: 20, factor: 1.5 },
  voidWatch = FAST_VOID_WATCH,
): Harness {
  const db = openDatabase({ file: join(dir, 'pos.sqlite'), migrations: [checkoutMigrations] });
  const journal = new CheckoutJournal(db, Date.now);
  const approvals = new TestApprovals();
  const audit: AuditEntry[] = [];
  const changes: CheckoutEntry[] = [];
  const recovery: RecoveryStatus[] = [];
  const service = new CheckoutService({
    journal,
    approvals,
    audit: { record: (entry) => audit.push(entry) },
    log: quietLog,
    pollPolicy: () => policy,
    voidWatch: () => voidWatch,
    now: Date.now,
    onChange: (entry) => changes.push(entry),
    onRecovery: (status) => recovery.push(status),
  });
  return {
    db,
    journal,
    service,
    approvals,
    audit,
    changes,
    recovery,
    close: () => {
      service.stop();
      db.close();
    },
  };
}

export const context = (gateway: CheckoutGateway, environment = 'simulator') => ({
  environment,
  gateway,
  defaultTarget: { kind: 'terminal' as const, terminalId: TERMINAL },
});

/** Waits for a condition the code under test will reach; the bound only stops a broken test from hanging. */
export async function eventually<T>(
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  what: string,
  boundMs = 10_000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() - started > boundMs) throw new Error(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}
