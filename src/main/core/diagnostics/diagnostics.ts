import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { arch, release, type as osType } from 'node:os';
import { join } from 'node:path';
import type { Diagnostics } from '../../../shared/contract/support';
import { logFiles, logFolder } from '../platform/fileLogger';
import { redactText, redactValue } from '../platform/redact';
import type { Clipboard, Clock, HostInfo } from '../ports';

export interface DiagnosticsDeps {
  dataDir: string;
  host: HostInfo;
  clock: Clock;
  clipboard: Clipboard | null;
  /** Named states worth a support engineer's first look (update, training, checkout, …). */
  states(): Promise<Record<string, unknown>>;
}

/** Enough log for the last hours of a till's day, small enough to paste into a ticket. */
const MAX_LOG_LINES = 400;
const MAX_LOG_BYTES = 256 * 1024;
const KEEP_BUNDLES = 5;

/**
 * "Copy diagnostics": versions, the states that matter and the last log lines, as one
 * text with every secret removed (the log was redacted when written and is redacted
 * again here, in case a file was written by something else; the states are redacted
 * like log fields). It is saved in the data folder and,
 * where the host can, put on the clipboard.
 */
export async function collectDiagnostics(deps: DiagnosticsDeps): Promise<Diagnostics> {
  const now = new Date(deps.clock.now());
  const versions = {
    app: `${deps.host.appName} ${deps.host.appVersion}`,
    host: deps.host.kind,
    electron: deps.host.electronVersion,
    chrome: process.versions.chrome ?? null,
    node: process.versions.node,
    os: `${osType()} ${release()} (${process.platform}/${arch()})`,
  };
  const folder = logFolder(deps.dataDir);
  const text = [
    `Tezgah POS — tanılama / diagnostics — ${now.toISOString()}`,
    '',
    '## Sürümler / versions',
    JSON.stringify({ ...versions, logFolder: folder }, null, 2),
    '',
    '## Durum / state',
    JSON.stringify(redactValue(await deps.states()), null, 2),
    '',
    '## Son kayıtlar / last log lines',
    redactText(lastLogLines(folder)),
  ].join('\n');
  const savedTo = saveBundle(join(deps.dataDir, 'diagnostics'), now, text);
  let copied = false;
  if (deps.clipboard !== null) {
    deps.clipboard.writeText(text);
    copied = true;
  }
  return { text, savedTo, copied };
}

function lastLogLines(folder: string): string {
  const lines: string[] = [];
  let bytes = 0;
  for (const file of logFiles(folder).reverse()) {
    const fileLines = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '');
    for (const line of fileLines.reverse()) {
      if (lines.length >= MAX_LOG_LINES || bytes + line.length > MAX_LOG_BYTES) return lines.reverse().join('\n');
      lines.push(line);
      bytes += line.length + 1;
    }
  }
  return lines.length === 0 ? '(kayıt yok / no log yet)' : lines.reverse().join('\n');
}

function saveBundle(folder: string, now: Date, text: string): string {
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `diagnostics-${now.toISOString().replace(/[:.]/gu, '-')}.txt`);
  writeFileSync(file, text, 'utf8');
  const older = readdirSync(folder)
    .filter((name) => /^diagnostics-.*\.txt$/u.test(name))
    .sort()
    .slice(0, -KEEP_BUNDLES);
  for (const name of older) rmSync(join(folder, name), { force: true });
  return file;
}
