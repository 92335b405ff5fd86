import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TrainingStatus } from '../../src/shared/contract/app';
import type { PublicUser } from '../../src/shared/contract/users';
import { defaultSettings } from '../../src/shared/settings';
import type { Settings } from '../../src/shared/settings';
import { App } from '../../src/renderer/src/App';
import { dictionaries } from '../../src/renderer/src/i18n/texts';
import '../../src/renderer/src/texts';
import { useSession } from '../../src/renderer/src/components/sessionStore';
import { useAppStore } from '../../src/renderer/src/state/appStore';
import { useFailures } from '../../src/renderer/src/state/failures';
import { fakePos, success } from './fakePos';

const { en, tr } = dictionaries;

const cashier: PublicUser = {
  id: 'c1',
  displayName: 'Can Demir',
  role: 'cashier',
  permissions: [],
  active: true,
  lockedUntil: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

/** A window.pos answering the shell's calls and what an idle till asks at start, with a cashier signed in. */
function installPos() {
  let settings: Settings = defaultSettings();
  const training: TrainingStatus = { active: true, reason: 'missing-credentials', services: { tokenx: 'simulator', tosla: 'live' } };
  return fakePos({
    'app.info': () => success({ name: 'Tezgah POS', version: '0.1.0', host: 'web-harness', platform: 'linux', nodeVersion: '24', electronVersion: null }),
    'settings.get': () => success(settings),
    'settings.update': (patch) => {
      settings = { ...settings, ...(patch as Partial<Settings>) };
      return success(settings);
    },
    'training.status': () => success(training),
    'secrets.status': () =>
      success({
        backend: 'gnome_libsecret',
        writable: true,
        weak: false,
        needsReentry: false,
        items: { 'tokenx.clientId': 'not-set', 'tokenx.clientSecret': 'not-set', 'tosla.clientId': 'not-set', 'tosla.apiUser': 'not-set', 'tosla.apiPass': 'not-set' },
        masked: {},
      }),
    'users.current': () => success({ user: cashier, needsBootstrap: false, pinChangeRequired: false, idleSignOutMinutes: null, recoveryCodeSet: true }),
    'checkout.recoveryStatus': () => success({ phase: 'ready', found: 0, known: 0, unresolved: 0, awaitingDecision: 0, escalated: 0 }),
    'checkout.list': () => success([]),
    'tokenx.simulator': () => success(null),
    'tokenx.fiscalParameters': () => success({ terminalId: 'AV0000000001', sections: [], receiptLimit: null, currencies: [] }),
    'catalog.quickKeys': () => success([]),
  });
}

beforeEach(() => {
  useAppStore.setState({ phase: 'loading', settings: null, training: null, screen: 'cashier', helpOpen: false });
  useSession.setState({ current: null });
});
afterEach(cleanup);

describe('renderer shell', () => {
  it('has an English text for every Turkish one and no empty strings', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(tr).sort());
    for (const text of [...Object.values(tr), ...Object.values(en)]) expect(text.trim()).not.toBe('');
  });

  it('shows the training banner naming the simulated service, and hides it when training ends', async () => {
    const { emit } = installPos();
    render(<App />);
    const banner = await screen.findByTestId('training-banner');
    expect(banner.textContent).toContain('EĞİTİM MODU');
    expect(banner.textContent).toContain('TokenX');
    expect(banner.textContent).not.toContain('Tosla');
    act(() => emit('training.changed', { active: false, reason: 'off', services: { tokenx: 'live', tosla: 'live' } }));
    expect(screen.queryByTestId('training-banner')).toBeNull();
  });

  it('names the signed-in cashier in the top bar', async () => {
    installPos();
    render(<App />);
    expect((await screen.findByTestId('signed-in-user')).textContent).toBe('Can Demir · Kasiyer');
  });

  it('switches screens with F1–F3, opens help with F12, and switches the language only with Alt+F12', async () => {
    installPos();
    render(<App />);
    await screen.findByRole('heading', { name: 'Kasa' });
    fireEvent.keyDown(window, { key: 'F3' });
    expect(screen.getByRole('heading', { name: 'Ayarlar' })).toBeTruthy();
    fireEvent.keyDown(window, { key: 'F12' });
    expect(screen.getByRole('dialog', { name: 'Klavye kısayolları' })).toBeTruthy();
    fireEvent.keyDown(window, { key: 'F12' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.documentElement.lang).toBe('tr');
    fireEvent.keyDown(window, { key: 'F12', altKey: true });
    expect(await screen.findByRole('heading', { name: 'Settings' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    fireEvent.keyDown(window, { key: 'F1' });
    expect(screen.getByRole('heading', { name: 'Till' })).toBeTruthy();
  });

  it('shows a failure in the language on screen without its raw code; the till shows its own at the entry field; leaving a screen leaves its failure', async () => {
    installPos();
    render(<App />);
    await screen.findByRole('heading', { name: 'Kasa' });
    fireEvent.keyDown(window, { key: 'F3' });
    act(() => useFailures.getState().report({ code: 'secrets.weak-backend-refused', message: 'No keychain', messageTr: 'Anahtar zinciri yok' }, 'secrets.set'));
    const bar = screen.getByTestId('error-bar');
    expect(bar.textContent).toContain('Anahtar zinciri yok');
    expect(bar.textContent).not.toContain('secrets.weak-backend-refused');
    fireEvent.keyDown(window, { key: 'F1' });
    expect(screen.queryByTestId('error-bar')).toBeNull();
    expect(screen.queryByTestId('blocking-message')).toBeNull();
    act(() => useFailures.getState().report({ code: 'catalog.invalid', message: 'Not a barcode.', messageTr: 'Barkod değil.' }, 'till'));
    expect(screen.getByTestId('blocking-message').textContent).toContain('Barkod değil.');
    expect(screen.queryByTestId('error-bar')).toBeNull();
  });
});
