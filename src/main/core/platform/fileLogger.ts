import { mkdirSync, readdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { DestinationStream, Level } from 'pino';
import pino from 'pino';
import pinoRoll from 'pino-roll';
import type { Logger } from '../ports';
import { consoleLogger } from './consoleLogger';
import { redactFields, redactText } from './redact';
import { errorMessage } from '../../../shared/errorMessage';

/**
 * The persistent log: pino writing JSON lines through pino-roll into `<data>/logs`,
 * rolled by size and pruned to a fixed number of files, every entry redacted before it
 * is written. Used by the desktop app (data = userData) and the web harness alike.
 *
 * pino-roll runs in-process as a plain destination stream, not as a pino transport:
 * transports load their target in a worker thread by file name, which a bundled main
 * process inside an ASAR archive cannot do. Writes are synchronous so the last lines
 * before a crash are on disk; a till logs a few lines per sale, so that costs nothing.
 */

export const LOG_FOLDER = 'logs';
const FILE_STEM = 'tezgah';
const EXTENSION = '.log';

export const logFolder = (dataDir: string): string => join(dataDir, LOG_FOLDER);

export interface FileLoggerOptions {
  dataDir: string;
  /** Lowest level written; `TEZGAH_LOG_LEVEL` picks it in the app. Default `info`. */
  level?: Level;
  /** A file is rolled once it reaches this size. Default 5 MiB. */
  maxFileBytes?: number;
  /** Files kept in all, the current one included. Default 5 (so about 25 MiB at most). */
  keepFiles?: number;
  /** Also write each line to stderr (development and the web harness). */
  alsoStderr?: boolean;
}

export interface FileLogger extends Logger {
  readonly folder: string;
  /** Writes what is buffered and closes the file. */
  close(): Promise<void>;
}

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
export const DEFAULT_KEEP_FILES = 5;

export async function createFileLogger(options: FileLoggerOptions): Promise<FileLogger> {
  const folder = logFolder(options.dataDir);
  mkdirSync(folder, { recursive: true });
  const file = await pinoRoll({
    file: join(folder, FILE_STEM),
    extension: EXTENSION,
    size: `${Math.max(1, Math.ceil((options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES) / 1024))}k`,
    limit: { count: options.keepFiles ?? DEFAULT_KEEP_FILES, removeOtherLogFiles: true },
    mkdir: true,
    sync: true,
  });
  const destination: DestinationStream = options.alsoStderr
    ? pino.multistream([{ stream: file }, { stream: process.stderr }])
    : file;
  const logger = pino(
    {
      level: options.level ?? 'info',
      // The workstation's name tells tills apart in a support ticket; a pid says nothing after a restart.
      base: { host: hostname() },
      messageKey: 'message',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
  const write = (level: 'info' | 'warn' | 'error') => (message: string, fields?: Record<string, unknown>) =>
    logger[level](redactFields(fields) ?? {}, redactText(message));
  return {
    folder,
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    close: () =>
      new Promise<void>((resolve) => {
        file.once('close', () => resolve());
        file.end();
      }),
  };
}

/** The log files in a folder, oldest first (pino-roll numbers them upwards). */
export function logFiles(folder: string): string[] {
  const numbered = /^tezgah\.(\d+)\.log$/u;
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .map((name) => ({ name, number: Number(numbered.exec(name)?.[1] ?? Number.NaN) }))
    .filter((entry) => Number.isInteger(entry.number))
    .sort((a, b) => a.number - b.number)
    .map((entry) => join(folder, entry.name));
}

const LEVELS: readonly Level[] = ['debug', 'info', 'warn', 'error'];

/** `TEZGAH_LOG_LEVEL=debug|info|warn|error`; anything else is `info`. */
export const logLevelFrom = (value: string | undefined): Level =>
  LEVELS.find((level) => level === value?.trim().toLowerCase()) ?? 'info';

/**
 * The file log, or stderr where the data folder cannot take it: the till must still
 * start (and say why it logs nowhere durable).
 */
export async function openLog(options: FileLoggerOptions): Promise<Logger & { close(): Promise<void> }> {
  try {
    return await createFileLogger(options);
  } catch (error) {
    consoleLogger.error('log folder not writable; logging to stderr only', {
      folder: logFolder(options.dataDir),
      error: errorMessage(error),
    });
    return { ...consoleLogger, close: async () => undefined };
  }
}
