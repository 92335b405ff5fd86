import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import type { AuditFilter, AuditPage, AuditRecord } from '../../../shared/contract/audit';
import type { AuditEntry, AuditSink } from '../auth/ports';
import { AppFailure } from '../failure';
import type { Clock } from '../ports';
import type { AuditHeadMirror } from './auditHeadMirror';
import type { AuditRowColumns, StoredAuditRow } from './auditHash';
import { fromColumns, GENESIS_HASH, rowContent, rowHash } from './auditHash';
import { canonicalJson } from './canonicalJson';
import { errorMessage } from '../../../shared/errorMessage';

/**
 * Appends entries to the hash-chained log and pages through it. Each append reads the
 * current head and writes the next row inside one savepoint, so it composes with a
 * caller's own transaction and two appends can never share a predecessor.
 */
export class AuditLog implements AuditSink {
  readonly #db: DatabaseSync;
  readonly #clock: Clock;
  readonly #head: StatementSync;
  readonly #insert: StatementSync;
  readonly #mirror: AuditHeadMirror | null;

  /** `mirror` keeps a copy of the log's end outside the database (the settings store). */
  constructor(db: DatabaseSync, clock: Clock, mirror: AuditHeadMirror | null = null) {
    this.#db = db;
    this.#clock = clock;
    this.#mirror = mirror;
    this.#head = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
    this.#insert = db.prepare(
      `INSERT INTO audit_log (seq, at, action, actor_id, approver_id, subject, amount_kurus, outcome, details, prev_hash, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  record(entry: AuditEntry): void {
    const stored = this.#prepare(entry);
    this.#db.exec('SAVEPOINT audit_record');
    try {
      const head = this.#head.get() as { seq: number; hash: string } | undefined;
      const row: StoredAuditRow = { ...stored, seq: (head?.seq ?? 0) + 1, prevHash: head?.hash ?? GENESIS_HASH };
      const hash = rowHash(row);
      this.#insert.run(...rowContent(row), row.prevHash, hash);
      this.#db.exec('RELEASE audit_record');
      // Inside a caller's transaction the row may still be rolled back: the copy follows at the next row.
      if (!this.#db.isTransaction) this.#advanceMirror({ seq: row.seq, hash });
    } catch (error) {
      this.#db.exec('ROLLBACK TO audit_record');
      this.#db.exec('RELEASE audit_record');
      throw error;
    }
  }

  /**
   * Moves the copy of the log's end forward, unless the copy names a row the log no
   * longer has (or is damaged): then the log was cut, and the copy stays as the evidence
   * the integrity check reports, instead of being overwritten by the next row.
   */
  #advanceMirror(head: { seq: number; hash: string }): void {
    const mirror = this.#mirror;
    if (mirror === null) return;
    const copy = mirror.read();
    if (copy === 'damaged') return;
    if (copy !== 'absent') {
      const row = this.#db.prepare('SELECT hash FROM audit_log WHERE seq = ?').get(copy.seq) as { hash: string } | undefined;
      if (row?.hash !== copy.hash) return;
    }
    mirror.write(head);
  }

  list(filter: AuditFilter): AuditPage {
    const where: string[] = [];
    const params: SQLInputValue[] = [];
    if (filter.action !== undefined) {
      where.push(`(action = ? OR substr(action, 1, length(?) + 1) = ? || '.')`);
      params.push(filter.action, filter.action, filter.action);
    }
    if (filter.userId !== undefined) {
      where.push('(actor_id = ? OR approver_id = ?)');
      params.push(filter.userId, filter.userId);
    }
    if (filter.subject !== undefined) {
      where.push('subject = ?');
      params.push(filter.subject);
    }
    if (filter.outcome !== undefined) {
      where.push('outcome = ?');
      params.push(filter.outcome);
    }
    if (filter.from !== undefined) {
      where.push('at >= ?');
      params.push(filter.from);
    }
    if (filter.to !== undefined) {
      where.push('at < ?');
      params.push(filter.to);
    }
    const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const total = Number(
      (this.#db.prepare(`SELECT COUNT(*) AS n FROM audit_log ${clause}`).get(...params) as { n: number }).n,
    );
    const rows = this.#db
      .prepare(
        `SELECT seq, at, action, actor_id, approver_id, subject, amount_kurus, outcome, details
         FROM audit_log ${clause} ORDER BY seq DESC LIMIT ? OFFSET ?`,
      )
      .all(...params, filter.limit, filter.offset) as unknown as AuditRowColumns[];
    return { total, offset: filter.offset, entries: rows.map(toRecord) };
  }

  #prepare(entry: AuditEntry): Omit<StoredAuditRow, 'seq' | 'prevHash'> {
    if (entry.amountKurus !== undefined && !Number.isSafeInteger(entry.amountKurus)) {
      throw invalidEntry(
        entry.action,
        `the amount must be a whole number of kuruş, got ${String(entry.amountKurus)}`,
        `tutar tam sayı kuruş olmalı, gelen değer ${String(entry.amountKurus)}`,
      );
    }
    let details: string;
    try {
      details = canonicalJson(entry.details ?? {});
    } catch (error) {
      const why = errorMessage(error);
      throw invalidEntry(entry.action, `its details cannot be stored (${why})`, `ayrıntıları saklanamıyor (${why})`);
    }
    return {
      at: new Date(this.#clock.now()).toISOString(),
      action: entry.action,
      actorId: entry.actorId,
      approverId: entry.approverId,
      subject: entry.subject,
      amountKurus: entry.amountKurus ?? null,
      outcome: entry.outcome,
      details,
    };
  }
}

function toRecord(row: AuditRowColumns): AuditRecord {
  const { prevHash: _chain, ...record } = fromColumns(row, '');
  return { ...record, details: parseDetails(row.details) };
}

/** A row whose details were altered into something unreadable still lists; the integrity check names it. */
function parseDetails(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // fall through to the marker below
  }
  return { unreadable: text.slice(0, 200) };
}

const invalidEntry = (action: string, why: string, whyTr: string) =>
  new AppFailure(
    'audit.invalid-entry',
    `The audit entry for "${action}" was not written: ${why}.`,
    `"${action}" için denetim kaydı yazılamadı: ${whyTr}.`,
  );
