import { z } from 'zod';
import type { KeyValueStore } from '../ports';

export interface AuditHead {
  seq: number;
  hash: string;
}

/**
 * A copy of the audit log's last row (number and hash) kept outside the database. The
 * database's own head record lives in the same file as the log, so whoever can delete
 * the newest rows can rewrite it too; the copy in another file is what still tells.
 */
export interface AuditHeadMirror {
  /** `absent` before the first row (or on an install from before the copy was kept). */
  read(): AuditHead | 'absent' | 'damaged';
  write(head: AuditHead): void;
}

const KEY = 'auditHead';
const headSchema = z.object({ seq: z.number().int().positive(), hash: z.string().regex(/^[0-9a-f]{64}$/u) }).strict();

/** The mirror in a key-value store (the core passes its settings store). */
export function storeHeadMirror(store: KeyValueStore): AuditHeadMirror {
  return {
    read: () => {
      const raw = store.get(KEY);
      if (raw === undefined) return 'absent';
      const parsed = headSchema.safeParse(raw);
      return parsed.success ? parsed.data : 'damaged';
    },
    write: (head) => store.set(KEY, head),
  };
}
