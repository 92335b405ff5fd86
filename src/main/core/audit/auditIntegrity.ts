import type { DatabaseSync } from 'node:sqlite';
import type { AuditBreak, AuditIntegrity } from '../../../shared/contract/audit';
import type { Clock } from '../ports';
import type { AuditHead, AuditHeadMirror } from './auditHeadMirror';
import type { AuditRowColumns } from './auditHash';
import { fromColumns, GENESIS_HASH, rowHash } from './auditHash';

interface ChainRow extends AuditRowColumns {
  prev_hash: string;
  hash: string;
}

/** Rows read between yields to the event loop, so a long check never freezes the till. */
const PAGE_ROWS = 2000;

/**
 * Walks the log in order, recomputing every row's hash and its link to the row before,
 * then checks the last row against the head the database keeps. The rows and head are
 * fixed at the start, so entries appended while the check runs do not disturb it.
 * Reports the first row that does not check out; rows after it cannot be vouched for.
 */
export async function checkAuditIntegrity(db: DatabaseSync, clock: Clock, mirror: AuditHeadMirror | null = null): Promise<AuditIntegrity> {
  const copy = mirror?.read() ?? 'absent';
  const { head, lastRowSeq } = snapshot(db);
  const page = db.prepare(
    `SELECT seq, at, action, actor_id, approver_id, subject, amount_kurus, outcome, details, prev_hash, hash
     FROM audit_log WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?`,
  );
  let expectedSeq = 1;
  let previousHash = GENESIS_HASH;
  let checkedRows = 0;
  let firstBroken: AuditBreak | null = null;
  let after = Number.MIN_SAFE_INTEGER;

  while (firstBroken === null && lastRowSeq !== null) {
    const rows = page.all(after, lastRowSeq, PAGE_ROWS) as unknown as ChainRow[];
    for (const row of rows) {
      const seq = Number(row.seq);
      firstBroken = rowBreak(row, seq, expectedSeq, previousHash);
      if (firstBroken !== null) break;
      checkedRows += 1;
      expectedSeq = seq + 1;
      previousHash = row.hash;
    }
    const last = rows.at(-1);
    if (last === undefined || rows.length < PAGE_ROWS) break;
    after = Number(last.seq);
    await new Promise((resolve) => setImmediate(resolve));
  }

  const lastSeq = checkedRows > 0 ? expectedSeq - 1 : null;
  if (firstBroken === null) firstBroken = tailBreak(head, lastSeq, previousHash);
  if (firstBroken === null) firstBroken = mirrorBreak(db, copy, lastSeq);
  return {
    intact: firstBroken === null,
    checkedRows,
    lastSeq,
    firstBroken,
    checkedAt: new Date(clock.now()).toISOString(),
  };
}

type Head = AuditHead;

function snapshot(db: DatabaseSync): { head: Head | null; lastRowSeq: number | null } {
  const head = db.prepare('SELECT seq, hash FROM audit_head WHERE id = 1').get() as Head | undefined;
  const last = db.prepare('SELECT MAX(seq) AS seq FROM audit_log').get() as { seq: number | null };
  return {
    head: head === undefined ? null : { seq: Number(head.seq), hash: head.hash },
    lastRowSeq: last.seq === null ? null : Number(last.seq),
  };
}

function rowBreak(row: ChainRow, seq: number, expectedSeq: number, previousHash: string): AuditBreak | null {
  if (seq !== expectedSeq) {
    return {
      seq: expectedSeq,
      reason: 'sequence-gap',
      message: `Audit row ${expectedSeq} is missing (the next row found is ${seq}): rows were deleted or renumbered.`,
      messageTr: `${expectedSeq} numaralı denetim kaydı eksik (sonraki kayıt ${seq}): kayıtlar silinmiş veya yeniden numaralanmış.`,
    };
  }
  if (row.prev_hash !== previousHash) {
    return {
      seq,
      reason: 'chain-broken',
      message: `Audit row ${seq} does not follow the row before it: rows were removed, inserted or reordered.`,
      messageTr: `${seq} numaralı denetim kaydı bir önceki kayda bağlanmıyor: kayıtlar silinmiş, eklenmiş veya yer değiştirmiş.`,
    };
  }
  const recomputed = rowHash(fromColumns(row, row.prev_hash));
  if (recomputed !== row.hash) {
    return {
      seq,
      reason: 'content-altered',
      message: `Audit row ${seq} was changed after it was written: its content no longer matches its hash.`,
      messageTr: `${seq} numaralı denetim kaydı yazıldıktan sonra değiştirilmiş: içeriği özetiyle (hash) uyuşmuyor.`,
    };
  }
  return null;
}

/** Deleting the newest rows leaves a chain that is whole but short; the head still names the true end. */
function tailBreak(head: Head | null, lastSeq: number | null, lastHash: string): AuditBreak | null {
  if (head === null && lastSeq === null) return null;
  if (head !== null && head.seq === lastSeq && head.hash === lastHash) return null;
  const headSeq = head === null ? null : head.seq;
  const seq = headSeq ?? lastSeq ?? 0;
  return {
    seq,
    reason: 'tail-missing',
    message:
      headSeq === null
        ? 'The audit log has rows but no record of where it ends: its head was removed.'
        : `The audit log should end at row ${headSeq} but ends at ${lastSeq ?? 'nothing'}: the newest rows were removed or replaced.`,
    messageTr:
      headSeq === null
        ? 'Denetim kaydında satırlar var ama nerede bittiğinin kaydı yok: son kayıt işareti silinmiş.'
        : `Denetim kaydı ${headSeq} numaralı satırda bitmeli, ama ${lastSeq ?? 'hiçbir satır'} ile bitiyor: en yeni kayıtlar silinmiş veya değiştirilmiş.`,
  };
}

/**
 * The copy of the log's end kept outside the database must name a row the log still
 * has, with the same hash: deleting the newest rows and rewriting the database's own
 * head cannot touch it. A copy behind the log is fine (rows written inside a caller's
 * transaction are copied at the next row).
 */
function mirrorBreak(db: DatabaseSync, copy: AuditHead | 'absent' | 'damaged', lastSeq: number | null): AuditBreak | null {
  if (copy === 'absent') return null;
  if (copy === 'damaged') {
    return {
      seq: lastSeq ?? 0,
      reason: 'tail-missing',
      message: 'The copy of where the audit log ends, kept outside the database, has been altered: the log cannot be vouched for.',
      messageTr: 'Denetim kaydının nerede bittiğine dair veritabanı dışında tutulan kopya değiştirilmiş: kayıt doğrulanamıyor.',
    };
  }
  const row = db.prepare('SELECT hash FROM audit_log WHERE seq = ?').get(copy.seq) as { hash: string } | undefined;
  if (row !== undefined && row.hash === copy.hash) return null;
  return {
    seq: copy.seq,
    reason: 'tail-missing',
    message:
      row === undefined
        ? `The audit log should reach row ${copy.seq} (the copy kept outside the database says so) but ends at ${lastSeq ?? 'nothing'}: the newest rows were removed.`
        : `Audit row ${copy.seq} is not the row the copy kept outside the database recorded: the newest rows were removed and written again.`,
    messageTr:
      row === undefined
        ? `Denetim kaydı ${copy.seq} numaralı satıra ulaşmalı (veritabanı dışındaki kopya öyle diyor) ama ${lastSeq ?? 'hiçbir satır'} ile bitiyor: en yeni kayıtlar silinmiş.`
        : `${copy.seq} numaralı denetim kaydı, veritabanı dışındaki kopyanın kaydettiği satır değil: en yeni kayıtlar silinip yeniden yazılmış.`,
  };
}
