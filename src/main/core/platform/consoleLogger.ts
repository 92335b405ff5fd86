import type { Logger } from '../ports';

/** One JSON line per entry on stderr; callers never pass secrets in fields. */
const line = (level: string) => (message: string, fields?: Record<string, unknown>) =>
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level, message, ...fields })}\n`);

export const consoleLogger: Logger = { info: line('info'), warn: line('warn'), error: line('error') };

export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
