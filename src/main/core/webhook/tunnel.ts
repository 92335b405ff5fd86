import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import type { TunnelKind } from '../../../shared/settings';
import { AppFailure } from '../failure';
import type { Logger } from '../ports';

export type TunnelProgramKind = Exclude<TunnelKind, 'none'>;

export interface TunnelOptions {
  kind: TunnelProgramKind;
  /** The program's absolute path, as the admin chose it (checked by `tunnelProgram.ts`). */
  program: string;
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
 * The arguments the app gives each tunnel program: a quick tunnel to the loopback
 * receiver, printing its public address. Nothing here comes from a setting but the port.
 */
export function tunnelArguments(kind: TunnelProgramKind, port: number): string[] {
  const local = `127.0.0.1:${port}`;
  switch (kind) {
    case 'cloudflared':
      return ['tunnel', '--no-autoupdate', '--url', `http://${local}`];
    case 'ngrok':
      return ['http', local, '--log', 'stdout', '--log-format', 'logfmt'];
  }
}

/**
 * Starts the chosen tunnel program (no shell, arguments built by the app) and waits for
 * the first public https URL in its output, which is how cloudflared's quick tunnel and
 * ngrok announce themselves.
 */
export function startTunnel(options: TunnelOptions): Promise<Tunnel> {
  const child = spawn(options.program, tunnelArguments(options.kind, options.port), {
    stdio: ['ignore', 'pipe', 'pipe'],
    windowsHide: true,
    shell: false,
  });
  return new Promise<Tunnel>((resolve, reject) => {
    let settled = false;
    let seen = '';
    const timer = setTimeout(() => {
      fail(
        new AppFailure(
          'webhook.tunnel-no-url',
          `The tunnel program did not print a public https address within ${Math.round(options.startTimeoutMs / 1000)} s. Check that it works and is logged in.`,
          `Tünel programı ${Math.round(options.startTimeoutMs / 1000)} sn içinde herkese açık bir https adresi yazmadı. Programın çalıştığını ve oturum açık olduğunu kontrol edin.`,
          'tokenx.tunnel',
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
          `The tunnel program could not be started (${error.message}). Check that it is installed at the chosen path.`,
          `Tünel programı başlatılamadı (${error.message}). Seçilen yolda kurulu olduğunu kontrol edin.`,
          'tokenx.tunnel',
        ),
      ),
    );
    child.once('exit', (code) =>
      fail(
        new AppFailure(
          'webhook.tunnel-exited',
          `The tunnel program ended (exit code ${String(code)}) before printing a public address.`,
          `Tünel programı herkese açık bir adres yazmadan sonlandı (çıkış kodu ${String(code)}).`,
          'tokenx.tunnel',
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
