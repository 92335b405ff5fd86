import type { Logger } from '../ports';
import { redactFields, redactText } from './redact';

/**
 * One JSON line per entry on stderr, redacted like the file log. Used only where the
 * file log cannot be opened (the data folder is not writable), so nothing is lost silently.
 */
const line = (level: string) => (message: string, fields?: Record<string, unknown>) =>
  process.stderr.write(
    `${JSON.stringify({ time: new Date().toISOString(), level, message: redactText(message), ...redactFields(fields) })}\n`,
  );

export const consoleLogger: Logger = { info: line('info'), warn: line('warn'), error: line('error') };

export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
