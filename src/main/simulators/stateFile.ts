import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { z } from 'zod';

/**
 * A simulator's own state file, for either vendor (no vendor knowledge here). One that
 * does not read back as `schema` is set aside as `<file>.unreadable-<ms>`, never
 * overwritten; writes go through a temporary file so a crash leaves the old one whole.
 */
export function readStateFile<S extends z.ZodType>(file: string, schema: S, now: number): z.output<S> | null {
  if (!existsSync(file)) return null;
  const parsed = schema.safeParse(parseJson(readFileSync(file, 'utf8')));
  if (parsed.success) return parsed.data;
  renameSync(file, `${file}.unreadable-${now}`);
  return null;
}

export function writeStateFile(file: string, state: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(state));
  renameSync(`${file}.tmp`, file);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
