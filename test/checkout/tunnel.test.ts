import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findPublicUrl, splitCommand, startTunnel } from '../../src/main/core/webhook/tunnel';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const fake = fileURLToPath(new URL('./fixtures/fakeTunnel.mjs', import.meta.url));
const node = process.execPath;

describe('tunnel process', () => {
  it('starts the configured command as a real child and reads its public URL from the output', async () => {
    const exits: (number | null)[] = [];
    const tunnel = await startTunnel({
      command: `"${node}" "${fake}" {port}`,
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

  it('reports a command that ends without a URL, and one that cannot start, in both languages', async () => {
    await expect(
      startTunnel({ command: `"${node}" -e "process.exit(3)"`, port: 1, startTimeoutMs: 10_000, log: quiet, onExit: () => undefined }),
    ).rejects.toMatchObject({ appError: { code: 'webhook.tunnel-exited', messageTr: expect.stringContaining('çıkış kodu 3') } });
    await expect(
      startTunnel({ command: 'definitely-not-a-tunnel-program-xyz', port: 1, startTimeoutMs: 10_000, log: quiet, onExit: () => undefined }),
    ).rejects.toMatchObject({ appError: { code: 'webhook.tunnel-start-failed' } });
  });

  it('gives up after the start timeout and stops the child', async () => {
    await expect(
      startTunnel({ command: `"${node}" -e "setInterval(()=>{},1000)"`, port: 1, startTimeoutMs: 200, log: quiet, onExit: () => undefined }),
    ).rejects.toMatchObject({ appError: { code: 'webhook.tunnel-no-url' } });
  });

  it('skips help links and splits quoted commands', () => {
    expect(findPublicUrl('see https://developers.cloudflare.com/x and https://github.com/y then https://abc.trycloudflare.com |')).toBe(
      'https://abc.trycloudflare.com',
    );
    expect(findPublicUrl('http://127.0.0.1:8080 only')).toBeNull();
    expect(splitCommand(`cloudflared tunnel --url "http://127.0.0.1:{port}" --name 'a b'`)).toEqual([
      'cloudflared',
      'tunnel',
      '--url',
      'http://127.0.0.1:{port}',
      '--name',
      'a b',
    ]);
  });
});
