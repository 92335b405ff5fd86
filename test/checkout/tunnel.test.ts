import { describe, expect, it } from 'vitest';
import { findPublicUrl, startTunnel, tunnelArguments } from '../../src/main/core/webhook/tunnel';
import { fakeTunnelProgram } from './fixtures/fakeTunnelProgram';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

describe('tunnel process', () => {
  it('starts the chosen program as a real child with the app’s arguments and reads its public URL from the output', async () => {
    const exits: (number | null)[] = [];
    const tunnel = await startTunnel({
      kind: 'cloudflared',
      program: fakeTunnelProgram('cloudflared'),
      port: 4321,
      startTimeoutMs: 10_000,
      log: quiet,
      onExit: (code) => exits.push(code),
    });
    expect(tunnel.publicUrl).toBe('https://fake-4321-tunnel.trycloudflare.com');
    expect(() => process.kill(tunnel.pid, 0)).not.toThrow();
    await tunnel.stop();
    expect(() => process.kill(tunnel.pid, 0)).toThrow();
  });

  it('reports a program that ends without a URL, and one that cannot start, in both languages', async () => {
    const ends = fakeTunnelProgram('cloudflared', 'process.exit(3);');
    await expect(
      startTunnel({ kind: 'cloudflared', program: ends, port: 1, startTimeoutMs: 10_000, log: quiet, onExit: () => undefined }),
    ).rejects.toMatchObject({ appError: { code: 'webhook.tunnel-exited', messageTr: expect.stringContaining('çıkış kodu 3') } });
    await expect(
      startTunnel({ kind: 'ngrok', program: '/nonexistent/ngrok', port: 1, startTimeoutMs: 10_000, log: quiet, onExit: () => undefined }),
    ).rejects.toMatchObject({ appError: { code: 'webhook.tunnel-start-failed' } });
  });

  it('gives up after the start timeout and stops the child', async () => {
    const silent = fakeTunnelProgram('ngrok', 'setInterval(() => {}, 1000);');
    await expect(
      startTunnel({ kind: 'ngrok', program: silent, port: 1, startTimeoutMs: 200, log: quiet, onExit: () => undefined }),
    ).rejects.toMatchObject({ appError: { code: 'webhook.tunnel-no-url' } });
  });

  it('skips help links, and builds the arguments itself', () => {
    expect(findPublicUrl('see https://developers.cloudflare.com/x and https://github.com/y then https://abc.trycloudflare.com |')).toBe(
      'https://abc.trycloudflare.com',
    );
    expect(findPublicUrl('t=1 lvl=info msg="started tunnel" url=https://ab12.ngrok-free.app')).toBe('https://ab12.ngrok-free.app');
    expect(findPublicUrl('http://127.0.0.1:8080 only')).toBeNull();
    expect(tunnelArguments('cloudflared', 8787)).toEqual(['tunnel', '--no-autoupdate', '--url', 'http://127.0.0.1:8787']);
    expect(tunnelArguments('ngrok', 8787)).toEqual(['http', '127.0.0.1:8787', '--log', 'stdout', '--log-format', 'logfmt']);
  });
});
