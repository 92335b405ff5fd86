import type { DatabaseSync } from 'node:sqlite';
import type { AuditSink } from '../auth/ports';
import type { Clock } from '../ports';

/** Failures nobody can be named for: guesses with nobody signed in, tokens main never issued. */
export type AnonymousFailure = 'pin-wrong' | 'pin-refused-locked' | 'pin-throttled' | 'approval-unknown-token' | 'recovery-code-wrong';

const WINDOW_MS = 60 * 60_000;

/**
 * Counts anonymous failures per kind and hour instead of writing one audit row each, so
 * a script hammering the till cannot flood the log: the first failure of an hour writes
 * one row (something is happening now), and the next hour's first failure writes the
 * previous hour's total. At most two rows per kind and hour, whatever the volume.
 */
export class FailureTally {
  readonly #db: DatabaseSync;
  readonly #audit: AuditSink;
  readonly #clock: Clock;

  constructor(deps: { db: DatabaseSync; audit: AuditSink; clock: Clock }) {
    this.#db = deps.db;
    this.#audit = deps.audit;
    this.#clock = deps.clock;
  }

  count(kind: AnonymousFailure): void {
    const now = this.#clock.now();
    const windowStart = now - (now % WINDOW_MS);
    const row = this.#db
      .prepare(
        `INSERT INTO auth_failure_tally (kind, window_start_ms, count) VALUES (?, ?, 1)
         ON CONFLICT (kind, window_start_ms) DO UPDATE SET count = count + 1 RETURNING count`,
      )
      .get(kind, windowStart) as { count: number };
    if (Number(row.count) !== 1) return;
    const previous = this.#db
      .prepare(
        `SELECT window_start_ms, count FROM auth_failure_tally WHERE kind = ? AND window_start_ms < ?
         ORDER BY window_start_ms DESC LIMIT 1`,
      )
      .get(kind, windowStart) as { window_start_ms: number; count: number } | undefined;
    if (previous !== undefined) {
      const from = Number(previous.window_start_ms);
      this.#audit.record({
        action: 'auth.failures-counted',
        actorId: null,
        approverId: null,
        subject: kind,
        outcome: 'counted',
        details: { from: iso(from), to: iso(from + WINDOW_MS), count: Number(previous.count) },
      });
    }
    this.#audit.record({
      action: 'auth.failures-counting',
      actorId: null,
      approverId: null,
      subject: kind,
      outcome: 'counting',
      details: { since: iso(windowStart), until: iso(windowStart + WINDOW_MS) },
    });
  }

  /** This hour's count of one kind, for tests and the manager's view. */
  current(kind: AnonymousFailure): number {
    const now = this.#clock.now();
    const row = this.#db
      .prepare('SELECT count FROM auth_failure_tally WHERE kind = ? AND window_start_ms = ?')
      .get(kind, now - (now % WINDOW_MS)) as { count: number } | undefined;
    return row === undefined ? 0 : Number(row.count);
  }
}

const iso = (ms: number) => new Date(ms).toISOString();
