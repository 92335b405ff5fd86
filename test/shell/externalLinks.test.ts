import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronModule } from './electronMock';

vi.mock('electron', () => electronModule);

const { openLoopbackPage } = await import('../../src/main/electron/externalLinks');

beforeEach(() => electronModule.shell.openExternal.mockClear());

describe('opening the virtual ÖKC in the system browser', () => {
  it('hands a loopback http page to the shell', async () => {
    await openLoopbackPage('http://127.0.0.1:8790/okc');
    await openLoopbackPage('http://localhost:8790/okc');
    expect(electronModule.shell.openExternal.mock.calls).toEqual([['http://127.0.0.1:8790/okc'], ['http://localhost:8790/okc']]);
  });

  it.each(['https://127.0.0.1/okc', 'http://example.com/okc', 'http://user:pass@127.0.0.1/okc', 'file:///etc/passwd', 'javascript:alert(1)', 'http://127.0.0.1.example.com/'])(
    'refuses %s and never reaches the shell',
    async (url) => {
      await expect(openLoopbackPage(url)).rejects.toThrow(/non-loopback/u);
      expect(electronModule.shell.openExternal).not.toHaveBeenCalled();
    },
  );
});
