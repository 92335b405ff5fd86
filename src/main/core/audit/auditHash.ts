import { createHash } from 'node:crypto';
import { canonicalJson } from './canonicalJson';

/** The chain's starting point: what the first row names as its predecessor. */
export const GENESIS_HASH = '0'.repeat(64);

/** An audit row's columns as node:sqlite returns them (chain columns apart). */
export interface AuditRowColumns {
  seq: number;
  at: string;
  action: string;
  actor_id: string | null;
  approver_id: string | null;
  subject: string;
  amount_kurus: number | null;
  outcome: string;
  details: string;
}

/** One row as stored, the details already in canonical JSON. */
export interface StoredAuditRow {
  seq: number;
  at: string;
  action: string;
  actorId: string | null;
  approverId: string | null;
  subject: string;
  amountKurus: number | null;
  outcome: string;
  details: string;
  prevHash: string;
}

/** A row read back from the database, in the names the hash and the screens use. */
export function fromColumns(row: AuditRowColumns, prevHash: string): StoredAuditRow {
  return {
    seq: Number(row.seq),
    at: row.at,
    action: row.action,
    actorId: row.actor_id,
    approverId: row.approver_id,
    subject: row.subject,
    amountKurus: row.amount_kurus === null ? null : Number(row.amount_kurus),
    outcome: row.outcome,
    details: row.details,
    prevHash,
  };
}

/** A row's content in column order: what the hash covers, and what is stored before the chain columns. */
export function rowContent(row: StoredAuditRow): [number, string, string, string | null, string | null, string, number | null, string, string] {
  return [row.seq, row.at, row.action, row.actorId, row.approverId, row.subject, row.amountKurus, row.outcome, row.details];
}

/**
 * SHA-256 over the previous row's hash and this row's whole content, its sequence
 * number included, so an edited, removed, inserted or reordered row breaks the chain.
 */
export function rowHash(row: StoredAuditRow): string {
  return createHash('sha256').update(`${row.prevHash}\n${canonicalJson(rowContent(row))}`, 'utf8').digest('hex');
}
