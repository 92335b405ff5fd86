import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PosApi } from '../../src/shared/contract';
import type { TrainingStatus } from '../../src/shared/contract/app';
import { defaultSettings } from '../../src/shared/settings';
import type { Settings } from '../../src/shared/settings';
import { App } from '../../src/renderer/src/App';
import { en, tr } from '../../src/renderer/src/i18n/strings';
import { useAppStore } from '../../src/renderer/src/state/appStore';

/** An in-memory window.pos: answers the shell's calls and lets the test push events. */
function fakePos() {
  let settings: Settings = defaultSettings();
  const listeners = new Map<string, ((payload: unknown) => void)[]>();
  const training: TrainingStatus = {
    active: true,
    reason: 'missing-credentials',
    services: { tokenx: 'simulator', tosla: 'live' },
  };
  const answers: Record<string, (arg: unknown) => unknown> = {
    'app.info': () => ({ name: 'Tezgah POS', version: '0.1.0', host: 'web-harness', platform: 'linux', nodeVersion: '24', electronVersion: null }),
    'settings.get': () => settings,
    'settings.update': (patch) => {
      settings = { ...settings, ...(patch as Partial<Settings>) };
      return settings;
    },
    'training.status': () => training,
    'secrets.status': () => ({ backend: 'gnome_libsecret', writable: true, weak: false, needsReentry: false, items: {}, masked: {} }),
  };
  const api = {
    // Calls the shell does not own (the screens' own) are refused as main refuses an unknown call.
    call: async (name: string, arg?: unknown) => {
      const answer = answers[name];
      return answer
        ? { ok: true, value: answer(arg) }
        : { ok: false, error: { code: 'contract.unknown-call', message: `Unknown call: ${name}`, messageTr: `Bilinmeyen çağrı: ${name}` } };
    },
    on: (name: string, listener: (payload: unknown) => void) => {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      return () => undefined;
    },
  } as unknown as PosApi;
  const emit = (name: string, payload: unknown) => listeners.get(name)?.forEach((listener) => listener(payload));
  return { api, emit };
}

beforeEach(() => {
  useAppStore.setState({ phase: 'loading', settings: null, training: null, screen: 'cashier', helpOpen: false, error: null });
});
afterEach(cleanup);

describe('renderer shell', () => {
  it('has an English text for every Turkish one and no empty strings', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(tr).sort());
    for (const text of [...Object.values(tr), ...Object.values(en)]) expect(text.trim()).not.toBe('');
  });

  it('shows the training banner naming the simulated service, and hides it when training ends', async () => {
    const { api, emit } = fakePos();
    window.pos = api;
    render(<App />);
    const banner = await screen.findByTestId('training-banner');
    expect(banner.textContent).toContain('EĞİTİM MODU');
    expect(banner.textContent).toContain('TokenX');
    expect(banner.textContent).not.toContain('Tosla');
    act(() => emit('training.changed', { active: false, reason: 'off', services: { tokenx: 'live', tosla: 'live' } }));
    expect(screen.queryByTestId('training-banner')).toBeNull();
  });

  it('switches language with F12 and screens with F1–F3', async () => {
    const { api } = fakePos();
    window.pos = api;
    render(<App />);
    await screen.findByRole('heading', { name: 'Kasa' });
    fireEvent.keyDown(window, { key: 'F3' });
    expect(screen.getByRole('heading', { name: 'Ayarlar' })).toBeTruthy();
    fireEvent.keyDown(window, { key: 'F12' });
    expect(await screen.findByRole('heading', { name: 'Settings' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    fireEvent.keyDown(window, { key: 'F1' });
    expect(screen.getByRole('heading', { name: 'Till' })).toBeTruthy();
  });

  it('shows an error from main in the language on screen, with its code', async () => {
    const { api } = fakePos();
    window.pos = api;
    render(<App />);
    await screen.findByRole('heading', { name: 'Kasa' });
    act(() =>
      useAppStore.setState({
        error: { code: 'secrets.weak-backend-refused', message: 'No keychain', messageTr: 'Anahtar zinciri yok' },
      }),
    );
    expect(screen.getByRole('alert').textContent).toContain('Anahtar zinciri yok');
    expect(screen.getByRole('alert').textContent).toContain('secrets.weak-backend-refused');
  });
});
