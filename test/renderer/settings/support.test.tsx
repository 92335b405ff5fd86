import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PosApi } from '../../../src/shared/contract';
import { defaultSettings } from '../../../src/shared/settings';
import type { UpdateStatus } from '../../../src/shared/updates';
import { DiagnosticsSection } from '../../../src/renderer/src/screens/settings/support/DiagnosticsSection';
import { UpdatesSection } from '../../../src/renderer/src/screens/settings/support/UpdatesSection';
import { useAppStore } from '../../../src/renderer/src/state/appStore';

const waiting: UpdateStatus = {
  state: 'waiting',
  unavailable: null,
  currentVersion: '0.1.0',
  availableVersion: '0.2.0',
  downloadPercent: 100,
  feed: { url: 'https://updates.example.test/tezgah-pos/', file: 'C:\\ProgramData\\Tezgah POS\\update-feed.json' },
  lastCheckedAt: Date.parse('2026-03-14T09:30:00Z'),
  blockedBy: ['basket-in-flight', 'till-in-use'],
  error: null,
};

/** window.pos for these two sections: answers from a table, events pushed by the test. */
function fakePos(answers: Record<string, () => { ok: boolean; value?: unknown; error?: unknown }>) {
  const listeners = new Map<string, (payload: unknown) => void>();
  const api = {
    call: async (name: string) => answers[name]?.() ?? { ok: false, error: { code: 'x', message: name, messageTr: name } },
    on: (name: string, listener: (payload: unknown) => void) => {
      listeners.set(name, listener);
      return () => listeners.delete(name);
    },
  } as unknown as PosApi;
  return { api, emit: (name: string, payload: unknown) => listeners.get(name)?.(payload) };
}

beforeEach(() => useAppStore.setState({ settings: defaultSettings() }));
afterEach(cleanup);

describe('update section', () => {
  it('says in Turkish which version waits and why, and shows a refused install', async () => {
    const pos = fakePos({
      'updates.status': () => ({ ok: true, value: waiting }),
      'updates.install': () => ({
        ok: false,
        error: { code: 'update.saleInProgress', message: 'Finish the sale first.', messageTr: 'Önce satışı bitirin.' },
      }),
    });
    useAppStore.setState({ api: pos.api });
    render(<UpdatesSection />);
    expect(await screen.findByText(/0\.2\.0 sürümü indirildi; kasa boşta kalınca kurulacak/u)).toBeTruthy();
    expect(screen.getByText(/cihazda sonucu beklenen bir sepet var, kasa kullanılıyor/u)).toBeTruthy();
    expect(screen.getByText(/update-feed\.json/u)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Şimdi kur ve yeniden başlat' }));
    expect(await screen.findByText('Önce satışı bitirin.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Şimdi denetle' })).toHaveProperty('disabled', true);

    act(() => pos.emit('updates.changed', { ...waiting, state: 'installing', blockedBy: [] }));
    expect(await screen.findByText(/0\.2\.0 sürümü kuruluyor/u)).toBeTruthy();
  });

  it('tells why a till without a feed does not update, in English too', async () => {
    useAppStore.setState({ settings: { ...defaultSettings(), language: 'en' } });
    const pos = fakePos({
      'updates.status': () => ({
        ok: true,
        value: { ...waiting, state: 'unavailable', unavailable: 'no-feed', availableVersion: null, feed: { url: null, file: '/etc/tezgah-pos/update-feed.json' }, blockedBy: [] },
      }),
    });
    useAppStore.setState({ api: pos.api });
    render(<UpdatesSection />);
    expect(await screen.findByText(/IT has not set an update feed/u)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('diagnostics section', () => {
  it('shows the text selected for Ctrl+C where nothing could copy it', async () => {
    const pos = fakePos({
      'diagnostics.copy': () => ({ ok: true, value: { text: 'Tezgah POS 0.1.0 …', savedTo: '/data/diagnostics/d.txt', copied: false } }),
    });
    useAppStore.setState({ api: pos.api });
    render(<DiagnosticsSection />);
    fireEvent.click(screen.getByRole('button', { name: 'Tanılama bilgisini kopyala' }));
    expect(await screen.findByText(/Dosyaya kaydedildi: \/data\/diagnostics\/d\.txt/u)).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Tanılama metni' }) as HTMLTextAreaElement).value).toBe('Tezgah POS 0.1.0 …');
  });

  it('says it is on the clipboard when main copied it', async () => {
    const pos = fakePos({
      'diagnostics.copy': () => ({ ok: true, value: { text: 'x', savedTo: 'C:\\d.txt', copied: true } }),
    });
    useAppStore.setState({ api: pos.api });
    render(<DiagnosticsSection />);
    fireEvent.click(screen.getByRole('button', { name: 'Tanılama bilgisini kopyala' }));
    expect(await screen.findByText(/Panoya kopyalandı/u)).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
