import { z } from 'zod';
import { call, domain } from './define';

const instant = z.iso
  .datetime({ offset: true })
  .transform((text) => new Date(text).toISOString())
  .describe('an ISO 8601 time with its zone; compared in UTC');

export const auditFilterSchema = z
  .object({
    /** `tosla` matches `tosla.refund` and `tosla.void`; `tosla.refund` matches only itself. */
    action: z.string().trim().min(1).max(80).optional(),
    /** Rows where this user is the actor or the approver. */
    userId: z.string().min(1).max(64).optional(),
    subject: z.string().trim().min(1).max(200).optional(),
    outcome: z.string().trim().min(1).max(80).optional(),
    /** Inclusive. */
    from: instant.optional(),
    /** Exclusive. */
    to: instant.optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .strict();
export type AuditFilter = z.output<typeof auditFilterSchema>;

export const auditRecordSchema = z.object({
  seq: z.number().int().positive(),
  /** UTC, ISO 8601. */
  at: z.string(),
  action: z.string(),
  actorId: z.string().nullable(),
  approverId: z.string().nullable(),
  subject: z.string(),
  amountKurus: z.number().int().nullable(),
  outcome: z.string(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditRecord = z.infer<typeof auditRecordSchema>;

export const auditPageSchema = z.object({
  /** How many rows match the filter, across all pages. */
  total: z.number().int().min(0),
  offset: z.number().int().min(0),
  /** Newest first. */
  entries: z.array(auditRecordSchema),
});
export type AuditPage = z.infer<typeof auditPageSchema>;

export const auditBreakSchema = z.object({
  /** The first row that does not check out (for a missing tail: the last row the head names). */
  seq: z.number().int(),
  reason: z.enum(['content-altered', 'chain-broken', 'sequence-gap', 'tail-missing']),
  message: z.string(),
  messageTr: z.string(),
});
export type AuditBreak = z.infer<typeof auditBreakSchema>;

export const auditIntegritySchema = z.object({
  intact: z.boolean(),
  checkedRows: z.number().int().min(0),
  lastSeq: z.number().int().nullable(),
  firstBroken: auditBreakSchema.nullable(),
  /** UTC, ISO 8601. */
  checkedAt: z.string(),
});
export type AuditIntegrity = z.infer<typeof auditIntegritySchema>;

export const auditCalls = {
  'audit.list': call(auditFilterSchema.optional().transform((filter) => filter ?? auditFilterSchema.parse({})), auditPageSchema),
  'audit.verify': call(z.undefined(), auditIntegritySchema),
};

export const auditContract = domain({ calls: auditCalls });
