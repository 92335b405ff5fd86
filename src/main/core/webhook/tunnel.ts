import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { AppFailure } from '../failure';
import type { Logger } from '../ports';

export interface TunnelOptions {
  /** e.g. `cloudflared tunnel --url http://127.0.0.1:{port}`; `{port}` becomes the receiver's port. */
  command: string;
  port: number;
  /** How long to wait for the public URL in the tunnel's output. */
  startTimeoutMs: number;
  log: Logger;
  /** Told when the tunnel process ends on its own after it had started. */
  onExit: (code: number | null, signal: NodeJS.Signals | null) => void;
}

export interface Tunnel {
  readonly publicUrl: string;
  readonly pid: number;
  stop(): Promise<void>;
}

/** Hosts whose links tunnels print as help, not as the tunnel's own address. */
const NOISE_HOSTS = ['cloudflare.com', 'github.com', 'ngrok.com'];

/**
 * Starts the configured tunnel command (no shell: the words are split here, quotes
 * respected) and waits for the first public https URL in its output, which is how
 * cloudflared's quick tunnel and similar tools announce themselves.
 */
export function startTunnel(options: TunnelOptions): Promise<Tunnel> {
  const argv = splitCommand(options.command.replaceAll('{port}', String(options.port)));
  const [program, ...args] = argv;
  if (program === undefined) {
    return Promise.reject(
      new AppFailure(
        'webhook.tunnel-command-empty',
        'No tunnel command is configured.',
        'Tünel komutu ayarlanmamış.',
        'tokenx.tunnelCommand',
      ),
    );
  }
  const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
  return new Promise<Tunnel>((resolve, reject) => {
    let settled = false;
    let seen = '';
    const timer = setTimeout(() => {
      fail(
        new AppFailure(
          'webhook.tunnel-no-url',
          `The tunnel command did not print a public https address within ${Math.round(options.startTimeoutMs / 1000)} s. Check the command in Settings.`,
          `Tünel komutu ${Math.round(options.startTimeoutMs / 1000)} sn içinde herkese açık bir https adresi yazmadı. Ayarlar'daki komutu kontrol edin.`,
          'tokenx.tunnelCommand',
        ),
      );
    }, options.startTimeoutMs);

    const fail = (error: AppFailure) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void stopChild(child);
      reject(error);
    };

    const onOutput = (chunk: Buffer) => {
      if (settled) return;
      // Keep a short tail so a URL split across two chunks is still found.
      seen = (seen + chunk.toString('utf8')).slice(-4096);
      const url = findPublicUrl(seen);
      if (url === null) return;
      settled = true;
      clearTimeout(timer);
      options.log.info('tunnel started', { url, pid: child.pid });
      child.once('exit', (code, signal) => options.onExit(code, signal));
      resolve({ publicUrl: url, pid: child.pid ?? -1, stop: () => stopChild(child) });
    };
    child.stdout?.on('data', onOutput);
    child.stderr?.on('data', onOutput);
    child.once('error', (error) =>
      fail(
        new AppFailure(
          'webhook.tunnel-start-failed',
          `The tunnel command could not be started (${error.message}). Check that the program is installed and the command is right.`,
          `Tünel komutu başlatılamadı (${error.message}). Programın kurulu ve komutun doğru olduğunu kontrol edin.`,
          'tokenx.tunnelCommand',
        ),
      ),
    );
    child.once('exit', (code) =>
      fail(
        new AppFailure(
          'webhook.tunnel-exited',
          `The tunnel command ended (exit code ${String(code)}) before printing a public address.`,
          `Tünel komutu herkese açık bir adres yazmadan sonlandı (çıkış kodu ${String(code)}).`,
          'tokenx.tunnelCommand',
        ),
      ),
    );
  });
}

export function findPublicUrl(text: string): string | null {
  for (const match of text.matchAll(/https:\/\/[^\s"'<>|]+/gu)) {
    let url: URL;
    try {
      url = new URL(match[0]);
    } catch {
      continue;
    }
    const host = url.hostname.toLowerCase();
    if (NOISE_HOSTS.some((noise) => host === noise || host.endsWith(`.${noise}`))) continue;
    return url.origin;
  }
  return null;
}

/** Splits a command line into words: whitespace separates, single or double quotes group. */
export function splitCommand(command: string): string[] {
  const words: string[] = [];
  for (const match of command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/gu)) {
    words.push(match[1] ?? match[2] ?? match[3] ?? '');
  }
  return words;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
