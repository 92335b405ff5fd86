import { describe, expect, it } from 'vitest';
import { startTestCore } from '../helpers/core';
import { tempDir } from '../helpers/tmp';

const start = startTestCore;

describe('the core contract', () => {
  it('answers a malformed argument with a typed error naming the field', async () => {
    const api = await start();
    const result = await api.invoke('settings.update', { tokenx: { webhookPort: 'eighty' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'contract.invalid-argument', path: 'tokenx.webhookPort' } });
    if (!result.ok) {
      expect(result.error.messageTr).toContain('tokenx.webhookPort');
      // zod's Turkish locale, not the English text, in the Turkish message.
      expect(result.error.messageTr).toMatch(/Geçersiz değer: bir sayı olmalı/u);
      expect(result.error.message).toMatch(/expected number/u);
    }
  });

  it('rejects unknown calls, unknown fields and non-objects without throwing', async () => {
    const api = await start();
    await expect(api.invoke('secrets.reveal', { name: 'tosla.apiPass' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'contract.unknown-call' },
    });
    await expect(api.invoke('settings.update', { language: 'tr', isAdmin: true })).resolves.toMatchObject({
      ok: false,
      error: { code: 'contract.invalid-argument' },
    });
    await expect(api.invoke('secrets.set', 'tosla.apiPass=1')).resolves.toMatchObject({ ok: false });
    await expect(api.invoke(42, null)).resolves.toMatchObject({ ok: false, error: { code: 'contract.unknown-call' } });
  });

  it('opens only loopback pages in the system browser, and says so where the host cannot', async () => {
    const opened: string[] = [];
    const electronLike = await start(undefined, undefined, { openExternal: async (url) => void opened.push(url) });
    await expect(electronLike.invoke('app.openExternal', { url: 'http://127.0.0.1:8790/okc' })).resolves.toEqual({ ok: true, value: { opened: true } });
    await expect(electronLike.invoke('app.openExternal', { url: 'https://evil.example/okc' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'contract.invalid-argument', path: 'url' },
    });
    expect(opened).toEqual(['http://127.0.0.1:8790/okc']);
    const harnessLike = await start();
    await expect(harnessLike.invoke('app.openExternal', { url: 'http://127.0.0.1:8790/okc' })).resolves.toEqual({ ok: true, value: { opened: false } });
  });

  it('starts in training mode with no credentials and leaves it per service as they are set', async () => {
    const api = await start();
    const events: unknown[] = [];
    api.subscribe((name, payload) => name === 'training.changed' && events.push(payload));
    await expect(api.invoke('training.status', undefined)).resolves.toEqual({
      ok: true,
      value: { active: true, reason: 'missing-credentials', services: { tokenx: 'simulator', tosla: 'simulator' } },
    });
    await api.invoke('secrets.set', { name: 'tokenx.clientId', value: 'client' });
    await api.invoke('secrets.set', { name: 'tokenx.clientSecret', value: 'secret' });
    expect(events.at(-1)).toEqual({
      active: true,
      reason: 'missing-credentials',
      services: { tokenx: 'live', tosla: 'simulator' },
    });
    await api.invoke('settings.update', { trainingMode: 'on' });
    expect(events.at(-1)).toMatchObject({ active: true, reason: 'forced-on' });
  });

  it('never returns a secret value through any call', async () => {
    const api = await start();
    const set = await api.invoke('secrets.set', { name: 'tosla.apiPass', value: 'pa55-Word' });
    const status = await api.invoke('secrets.status', undefined);
    const settings = await api.invoke('settings.get', undefined);
    expect(JSON.stringify([set, status, settings])).not.toContain('pa55-Word');
  });

  it('persists settings across restarts and merges nested patches', async () => {
    const dir = tempDir();
    const first = await start(dir);
    await first.invoke('settings.update', { language: 'en', tokenx: { terminalId: 'AV0000000658' } });
    await first.invoke('settings.update', { tokenx: { baseUrls: { basket: 'https://basket.devtokeninc.com' } } });
    await first.close();
    const second = await start(dir);
    const settings = await second.invoke('settings.get', undefined);
    expect(settings).toMatchObject({
      ok: true,
      value: {
        language: 'en',
        tokenx: {
          terminalId: 'AV0000000658',
          baseUrls: { basket: 'https://basket.devtokeninc.com', auth: 'https://test-api.devtokeninc.com/app-store/external' },
        },
      },
    });
  });

  it('refuses a non-http base URL with the field named', async () => {
    const api = await start();
    const result = await api.invoke('settings.update', { tokenx: { baseUrls: { auth: 'javascript:alert(1)' } } });
    expect(result).toMatchObject({ ok: false, error: { code: 'contract.invalid-argument', path: 'tokenx.baseUrls.auth' } });
    if (!result.ok) {
      expect(result.error.messageTr).toContain('http(s) adresi olmalı');
      expect(result.error.message).toContain('must be an http(s) address');
    }
  });
});

describe('who may change settings', () => {
  it('is everyone before the first admin, then only users with the settings permission; language stays free', async () => {
    const api = await start();
    await expect(api.invoke('settings.update', { trainingMode: 'on' })).resolves.toMatchObject({ ok: true });

    const admin = await api.invoke('users.bootstrapAdmin', { displayName: 'Ayşe Yönetici', pin: '258013' });
    expect(admin).toMatchObject({ ok: true });
    await api.invoke('users.signOut', undefined);

    await expect(api.invoke('settings.update', { trainingMode: 'off' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'auth.not-signed-in' },
    });
    await expect(api.invoke('secrets.set', { name: 'tosla.apiPass', value: 'x' })).resolves.toMatchObject({ ok: false });
    await expect(api.invoke('settings.update', { language: 'en' })).resolves.toMatchObject({ ok: true });

    const roster = await api.invoke('users.roster', undefined);
    const id = roster.ok ? (roster.value as { id: string }[])[0]!.id : '';
    await expect(api.invoke('users.signIn', { id, pin: '258013' })).resolves.toMatchObject({ ok: true });
    await expect(api.invoke('settings.update', { trainingMode: 'off' })).resolves.toMatchObject({ ok: true });
    await expect(api.invoke('secrets.set', { name: 'tosla.apiPass', value: 'x' })).resolves.toMatchObject({ ok: true });
  });
});
