import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkAuditIntegrity } from '../src/main/core/audit/auditIntegrity';
import { AuditLog } from '../src/main/core/audit/auditLog';
import { auditMigrations } from '../src/main/core/audit/auditMigrations';
import { systemClock } from '../src/main/core/ports';
import { openDatabase } from '../src/main/core/storage/database';
import { DEFAULT_PIN_COST, PinHasher } from '../src/main/core/users/pinHasher';

/**
 * How long the audit trail and PIN checks take on this machine: appending entries one
 * at a time (as services do), verifying the whole chain, one filtered page, and one
 * PIN check at the default scrypt cost.
 */
const ROWS = Number(process.env.AUDIT_BENCH_ROWS ?? 20_000);

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'audit-bench-'));
  try {
    const db = openDatabase({ file: join(dir, 'pos.sqlite'), migrations: [auditMigrations] });
    const log = new AuditLog(db, systemClock);

    let start = performance.now();
    for (let i = 0; i < ROWS; i += 1) {
      log.record({
        action: i % 2 === 0 ? 'tosla.refund' : 'checkout.sale',
        actorId: `cashier-${i % 7}`,
        approverId: i % 10 === 0 ? 'manager-1' : null,
        subject: `order-${i}`,
        amountKurus: 1000 + i,
        outcome: 'done',
        details: { terminal: 'T1', attempt: 1 },
      });
    }
    const appendMs = performance.now() - start;

    start = performance.now();
    const verdict = await checkAuditIntegrity(db, systemClock);
    const verifyMs = performance.now() - start;

    start = performance.now();
    const page = log.list({ action: 'tosla', userId: 'manager-1', offset: 100, limit: 50 });
    const pageMs = performance.now() - start;
    db.close();

    const hasher = new PinHasher(DEFAULT_PIN_COST);
    const stored = await hasher.hash('4827');
    start = performance.now();
    const runs = 5;
    for (let i = 0; i < runs; i += 1) await hasher.verify('4827', stored);
    const pinMs = (performance.now() - start) / runs;

    console.log(`audit append: ${ROWS} rows in ${appendMs.toFixed(0)} ms (${((appendMs * 1000) / ROWS).toFixed(1)} µs/row)`);
    console.log(`audit verify: ${verdict.checkedRows} rows in ${verifyMs.toFixed(0)} ms, intact=${String(verdict.intact)}`);
    console.log(`audit page (filtered, offset 100, ${page.entries.length} of ${page.total}): ${pageMs.toFixed(1)} ms`);
    console.log(`PIN check at scrypt N=${DEFAULT_PIN_COST.N} r=${DEFAULT_PIN_COST.r}: ${pinMs.toFixed(0)} ms`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
