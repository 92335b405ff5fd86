import { create } from 'zustand';
import type { AppInfo, TrainingStatus } from '../../../shared/contract/app';
import type { SecretName, SecretStatus } from '../../../shared/secrets';
import type { Language, Settings, SettingsPatch } from '../../../shared/settings';
import { pos } from '../pos';
import { call } from './call';
import { useFailures } from './failures';

/** Saving settings or a credential is how setup problems get fixed: what the connection checks said no longer stands. */
const SETUP_CALLS = ['settings.', 'secrets.', 'tokenx.', 'webhook.', 'tosla.status', 'tosla.listByDate'];
const setupChanged = () => useFailures.getState().settledFamilies(SETUP_CALLS);

export type Screen = 'cashier' | 'manager' | 'settings';

interface AppState {
  phase: 'loading' | 'ready' | 'unavailable';
  info: AppInfo | null;
  settings: Settings | null;
  training: TrainingStatus | null;
  secrets: SecretStatus | null;
  screen: Screen;
  helpOpen: boolean;

  start(): Promise<void>;
  navigate(screen: Screen): void;
  setHelpOpen(open: boolean): void;
  setLanguage(language: Language): Promise<void>;
  updateSettings(patch: SettingsPatch): Promise<boolean>;
  setSecret(name: SecretName, value: string): Promise<boolean>;
  clearSecret(name: SecretName): Promise<boolean>;
}

/** The shell's state: what main told us about the app, its settings and secrets, and the screen on show. */
export const useAppStore = create<AppState>()((set, get) => ({
  phase: 'loading',
  info: null,
  settings: null,
  training: null,
  secrets: null,
  screen: 'cashier',
  helpOpen: false,

  async start() {
    pos.on('settings.changed', (settings) => set({ settings }));
    pos.on('training.changed', (training) => set({ training }));
    pos.on('secrets.changed', (secrets) => set({ secrets }));
    const [info, settings, training, secrets] = await Promise.all([
      call('app.info'),
      call('settings.get'),
      call('training.status'),
      call('secrets.status'),
    ]);
    if (!info.ok || !settings.ok || !training.ok || !secrets.ok) {
      set({ phase: 'unavailable' });
      return;
    }
    set({ phase: 'ready', info: info.value, settings: settings.value, training: training.value, secrets: secrets.value });
  },

  navigate(screen) {
    // What went wrong on the screen being left is not news on the next one.
    if (screen !== get().screen) useFailures.getState().acknowledge();
    set({ screen, helpOpen: false });
  },
  setHelpOpen: (helpOpen) => set({ helpOpen }),

  async setLanguage(language) {
    await get().updateSettings({ language });
  },

  async updateSettings(patch) {
    const result = await call('settings.update', patch);
    if (result.ok) {
      set({ settings: result.value });
      setupChanged();
    }
    return result.ok;
  },

  async setSecret(name, value) {
    const result = await call('secrets.set', { name, value });
    if (result.ok) {
      set({ secrets: result.value });
      setupChanged();
    }
    return result.ok;
  },

  async clearSecret(name) {
    const result = await call('secrets.clear', { name });
    if (result.ok) set({ secrets: result.value });
    return result.ok;
  },
}));
