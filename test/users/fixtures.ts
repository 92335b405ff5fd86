import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterEach } from 'vitest';
import { AuditLog } from '../../src/main/core/audit/auditLog';
import { auditMigrations } from '../../src/main/core/audit/auditMigrations';
import type { ApprovalRequest } from '../../src/main/core/auth/ports';
import type { Clock } from '../../src/main/core/ports';
import { settingsApproval } from '../../src/shared/approvals';
import { openDatabase } from '../../src/main/core/storage/database';
import type { UsersModuleDeps } from '../../src/main/core/users/usersModule';
import { createUsersModule } from '../../src/main/core/users/usersModule';
import { usersMigrations } from '../../src/main/core/users/usersMigrations';
import { tempDir } from '../helpers/tmp';

/** A clock the test moves by hand. */
export function manualClock(startIso = '2025-03-14T09:30:00.000Z') {
  let now = Date.parse(startIso);
  const clock: Clock = { now: () => now };
  return { clock, advance: (ms: number) => (now += ms) };
}

const databases: DatabaseSync[] = [];
afterEach(() => {
  while (databases.length > 0) databases.pop()?.close();
});

/** Low scrypt cost: the tests exercise the rules, not the hash's slowness. */
export const FAST_PIN_COST = { N: 2 ** 10, r: 8, p: 1 };

export const ADMIN_PIN = '258013';
export const MANAGER_PIN = '482719';
export const CASHIER_PIN = '7391';

/** One approval request of each kind the tests use, each bound to its own subject. */
export const REQUEST = {
  refund: { action: 'tosla-refund', subject: { orderId: 'ORD-20250314-0001', amountKurus: 1000 } },
  void: { action: 'tosla-void', subject: { orderId: 'ORD-20250314-0002', amountKurus: 4550 } },
  lineVoid: { action: 'line-void', subject: { basketId: 'basket-1', lineId: 'line-1', amountKurus: 1250 } },
  price: { action: 'price-override', subject: { basketId: 'basket-1', lineId: 'line-1', priceKurus: 990 } },
  force: { action: 'force-outcome', subject: { basketId: 'basket-1', outcome: 'paid' } },
  createZeynep: settingsApproval('users.create', 'Zeynep'),
} satisfies Record<string, ApprovalRequest>;

/** Users module over a fresh database with an admin signed in, plus a manager and a cashier. */
export async function usersWithStaff(options: Omit<Partial<UsersModuleDeps>, 'db' | 'audit' | 'clock'> = {}) {
  const { clock, advance } = manualClock();
  const file = join(tempDir(), 'pos.sqlite');
  const db = openDatabase({ file, migrations: [auditMigrations, usersMigrations] });
  databases.push(db);
  const audit = new AuditLog(db, clock);
  const users = createUsersModule({ db, audit, clock, pinCost: FAST_PIN_COST, ...options });
  const admin = (await users.service.bootstrapAdmin('Aylin Admin', ADMIN_PIN)).user;
  if (admin === null) throw new Error('bootstrap did not sign the admin in');
  const manager = await users.service.create({ displayName: 'Mehmet Müdür', role: 'manager', pin: MANAGER_PIN }, undefined);
  const cashier = await users.service.create({ displayName: 'Kerem Kasiyer', role: 'cashier', pin: CASHIER_PIN }, undefined);
  return { db, file, clock, advance, audit, users, admin, manager, cashier };
}

/** The error an AppFailure carries, or a marker when the promise did not fail. */
export async function failureOf(run: () => unknown): Promise<{ code: string; message: string; messageTr: string }> {
  try {
    await run();
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'appError' in error) {
      return (error as { appError: { code: string; message: string; messageTr: string } }).appError;
    }
    throw error;
  }
  return { code: 'did-not-fail', message: '', messageTr: '' };
}
