import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import type { PublicUser, Role } from '../../../shared/contract/users';
import { privilegedActionSchema, roleSchema } from '../../../shared/contract/users';
import type { PrivilegedAction } from '../auth/ports';
import { AppFailure } from '../failure';
import { effectivePermissions } from './permissions';
import type { StoredPin } from './pinHasher';

/** A user as the core sees it; the PIN material never leaves the users module. */
export interface UserRecord {
  id: string;
  displayName: string;
  role: Role;
  /** As stored; use `effectivePermissions` for what applies. */
  permissions: PrivilegedAction[];
  active: boolean;
  pin: StoredPin;
  failedAttempts: number;
  lockedUntilMs: number | null;
  /** Lockouts in a row without a correct PIN between them: each lasts longer. */
  lockoutCount: number;
  /** Set when a cashier is promoted: their PIN was chosen under a cashier's rules. */
  pinChangeRequired: boolean;
  createdAt: string;
  updatedAt: string;
}

const rowSchema = z.object({
  id: z.string(),
  display_name: z.string(),
  role: roleSchema,
  permissions: z.string().transform((text, ctx) => {
    const parsed = z.array(privilegedActionSchema).safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
    ctx.addIssue({ code: 'custom', message: 'stored permissions are not a list of known actions' });
    return z.NEVER;
  }),
  active: z.number().transform((value) => value === 1),
  pin_hash: z.instanceof(Uint8Array),
  pin_salt: z.instanceof(Uint8Array),
  pin_cost: z.string(),
  failed_attempts: z.number(),
  locked_until_ms: z.number().nullable(),
  lockout_count: z.number(),
  pin_change_required: z.number().transform((value) => value === 1),
  created_at: z.string(),
  updated_at: z.string(),
});

const COLUMNS = `id, display_name, role, permissions, active, pin_hash, pin_salt, pin_cost, failed_attempts,
  locked_until_ms, lockout_count, pin_change_required, created_at, updated_at`;

/** SQL for the users table and nothing else: rules live in the services above it. */
export class UserRepository {
  readonly #db: DatabaseSync;

  constructor(db: DatabaseSync) {
    this.#db = db;
  }

  count(): number {
    return Number((this.#db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n);
  }

  countActiveAdmins(): number {
    return Number(
      (this.#db.prepare(`SELECT COUNT(*) AS n FROM users WHERE role = 'admin' AND active = 1`).get() as { n: number }).n,
    );
  }

  find(id: string): UserRecord | null {
    const row = this.#db.prepare(`SELECT ${COLUMNS} FROM users WHERE id = ?`).get(id);
    return row === undefined ? null : toRecord(row);
  }

  list(includeInactive: boolean): UserRecord[] {
    const rows = this.#db
      .prepare(`SELECT ${COLUMNS} FROM users ${includeInactive ? '' : 'WHERE active = 1'} ORDER BY display_name`)
      .all();
    return rows.map(toRecord);
  }

  insert(input: { displayName: string; role: Role; permissions: PrivilegedAction[]; pin: StoredPin; at: string }): UserRecord {
    const id = randomUUID();
    this.#unique(() =>
      this.#db
        .prepare(
          `INSERT INTO users (id, display_name, role, permissions, active, pin_hash, pin_salt, pin_cost, failed_attempts,
             locked_until_ms, created_at, updated_at)
           VALUES (?, ?, ?, ?, 1, ?, ?, ?, 0, NULL, ?, ?)`,
        )
        .run(id, input.displayName, input.role, JSON.stringify(input.permissions), input.pin.hash, input.pin.salt, input.pin.cost, input.at, input.at),
    input.displayName);
    return this.#mustFind(id);
  }

  updateProfile(
    id: string,
    change: {
      displayName: string;
      role: Role;
      permissions: PrivilegedAction[];
      active: boolean;
      pinChangeRequired: boolean;
      at: string;
    },
  ): UserRecord {
    this.#unique(
      () =>
        this.#db
          .prepare(
            `UPDATE users SET display_name = ?, role = ?, permissions = ?, active = ?, pin_change_required = ?, updated_at = ?
             WHERE id = ?`,
          )
          .run(
            change.displayName,
            change.role,
            JSON.stringify(change.permissions),
            change.active ? 1 : 0,
            change.pinChangeRequired ? 1 : 0,
            change.at,
            id,
          ),
      change.displayName,
    );
    return this.#mustFind(id);
  }

  /** A new PIN also lifts any lockout: whoever set it has just vouched for the user. */
  replacePin(id: string, pin: StoredPin, at: string): UserRecord {
    this.#db
      .prepare(
        `UPDATE users SET pin_hash = ?, pin_salt = ?, pin_cost = ?, failed_attempts = 0, locked_until_ms = NULL,
           lockout_count = 0, pin_change_required = 0, updated_at = ? WHERE id = ?`,
      )
      .run(pin.hash, pin.salt, pin.cost, at, id);
    return this.#mustFind(id);
  }

  /** Counts one wrong PIN in the database itself and returns the new count. */
  addFailedAttempt(id: string): number {
    const row = this.#db
      .prepare('UPDATE users SET failed_attempts = failed_attempts + 1 WHERE id = ? RETURNING failed_attempts')
      .get(id) as { failed_attempts: number };
    return Number(row.failed_attempts);
  }

  lock(id: string, untilMs: number): void {
    this.#db
      .prepare('UPDATE users SET failed_attempts = 0, locked_until_ms = ?, lockout_count = lockout_count + 1 WHERE id = ?')
      .run(untilMs, id);
  }

  clearFailures(id: string): void {
    this.#db.prepare('UPDATE users SET failed_attempts = 0, locked_until_ms = NULL, lockout_count = 0 WHERE id = ?').run(id);
  }

  #mustFind(id: string): UserRecord {
    const user = this.find(id);
    if (user === null) throw new Error(`user ${id} vanished while being written`);
    return user;
  }

  #unique(write: () => unknown, displayName: string): void {
    try {
      write();
    } catch (error) {
      if (error instanceof Error && /UNIQUE constraint failed: users\.display_name/u.test(error.message)) {
        throw new AppFailure(
          'users.name-taken',
          `There is already a user called "${displayName}". Choose a name the till can tell apart.`,
          `"${displayName}" adında bir kullanıcı zaten var. Kasada ayırt edilebilecek bir ad seçin.`,
          'displayName',
        );
      }
      throw error;
    }
  }
}

function toRecord(raw: unknown): UserRecord {
  const row = rowSchema.parse(raw);
  return {
    id: row.id,
    displayName: row.display_name,
    role: row.role,
    permissions: row.permissions,
    active: row.active,
    pin: { hash: row.pin_hash, salt: row.pin_salt, cost: row.pin_cost },
    failedAttempts: row.failed_attempts,
    lockedUntilMs: row.locked_until_ms,
    lockoutCount: row.lockout_count,
    pinChangeRequired: row.pin_change_required,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The only view of a user that crosses the contract. */
export function toPublicUser(user: UserRecord, nowMs: number): PublicUser {
  return {
    id: user.id,
    displayName: user.displayName,
    role: user.role,
    permissions: effectivePermissions(user.role, user.permissions),
    active: user.active,
    lockedUntil: user.lockedUntilMs !== null && user.lockedUntilMs > nowMs ? new Date(user.lockedUntilMs).toISOString() : null,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
  };
}
