import { z } from 'zod';
import { readStateFile, writeStateFile } from '../stateFile';
import type { LedgerSnapshot, MerchantLedger } from './ledger';

/**
 * Keeps the simulated merchant's books in a file, so a training till that restarts finds
 * the voids and refunds it made, as it would at real Tosla. The file is the simulator's
 * own; one that does not read back is set aside (`<file>.unreadable-<ms>`) and the
 * simulator starts fresh.
 */
const recordSchema = z
  .object({
    transactionId: z.number().int(),
    transactionType: z.number().int(),
    orderId: z.string(),
    createdAt: z.number().int(),
    amount: z.number().int(),
    installmentCount: z.number().int(),
    cardNo: z.string(),
    requestStatus: z.number().int(),
    refundedAmount: z.number().int(),
    postAuthedAmount: z.number().int(),
    commissionRateBp: z.number().int(),
    cardBankId: z.number().int(),
    cardTypeId: z.number().int(),
    echo: z.string().nullable(),
  })
  .strict();

const stateSchema = z
  .object({
    format: z.literal(1),
    nextTransactionId: z.number().int(),
    endOfDayMinutes: z.number().int().min(0).max(1439),
    orders: z.array(z.object({ original: recordSchema, children: z.array(recordSchema) }).strict()),
  })
  .strict();

/** Reads the file into the ledger; false when there was nothing usable to read. */
export function restoreLedger(ledger: MerchantLedger, file: string, now: number): boolean {
  const state = readStateFile(file, stateSchema, now);
  if (state === null) return false;
  const { format: _format, ...snapshot } = state;
  ledger.restore(snapshot);
  return true;
}

export function saveLedger(snapshot: LedgerSnapshot, file: string): void {
  writeStateFile(file, { format: 1, ...snapshot });
}
