import { create } from 'zustand';
import type { AppInfo, TrainingStatus } from '../../../shared/contract/app';
import type { PosApi } from '../../../shared/contract';
import type { AppError } from '../../../shared/result';
import type { SecretName, SecretStatus } from '../../../shared/secrets';
import type { Language, Settings, SettingsPatch } from '../../../shared/settings';

export type Screen = 'cashier' | 'manager' | 'settings';

interface AppState {
  phase: 'loading' | 'ready' | 'unavailable';
  api: PosApi | null;
  info: AppInfo | null;
  settings: Settings | null;
  training: TrainingStatus | null;
  secrets: SecretStatus | null;
  screen: Screen;
  helpOpen: boolean;
  /** The last error from main, shown until the next action succeeds or it is dismissed. */
  error: AppError | null;

  start(api: PosApi): Promise<void>;
  navigate(screen: Screen): void;
  setHelpOpen(open: boolean): void;
  dismissError(): void;
  setLanguage(language: Language): Promise<void>;
  updateSettings(patch: SettingsPatch): Promise<boolean>;
  setSecret(name: SecretName, value: string): Promise<boolean>;
  clearSecret(name: SecretName): Promise<boolean>;
}

/** The shell's state: what main told us, the screen on show, and the last error. */
export const useAppStore = create<AppState>()((set, get) => ({
  phase: 'loading',
  api: null,
  info: null,
  settings: null,
  training: null,
  secrets: null,
  screen: 'cashier',
  helpOpen: false,
  error: null,

  async start(api) {
    set({ api });
    api.on('settings.changed', (settings) => set({ settings }));
    api.on('training.changed', (training) => set({ training }));
    api.on('secrets.changed', (secrets) => set({ secrets }));
    const [info, settings, training, secrets] = await Promise.all([
      api.call('app.info'),
      api.call('settings.get'),
      api.call('training.status'),
      api.call('secrets.status'),
    ]);
    if (!info.ok || !settings.ok || !training.ok || !secrets.ok) {
      const failed = [info, settings, training, secrets].find((result) => !result.ok);
      set({ phase: 'unavailable', error: failed && !failed.ok ? failed.error : null });
      return;
    }
    set({ phase: 'ready', info: info.value, settings: settings.value, training: training.value, secrets: secrets.value });
  },

  navigate: (screen) => set({ screen, helpOpen: false }),
  setHelpOpen: (helpOpen) => set({ helpOpen }),
  dismissError: () => set({ error: null }),

  async setLanguage(language) {
    await get().updateSettings({ language });
  },

  async updateSettings(patch) {
    const api = get().api;
    if (!api) return false;
    const result = await api.call('settings.update', patch);
    if (!result.ok) {
      set({ error: result.error });
      return false;
    }
    set({ settings: result.value, error: null });
    return true;
  },

  async setSecret(name, value) {
    const api = get().api;
    if (!api) return false;
    const result = await api.call('secrets.set', { name, value });
    if (!result.ok) {
      set({ error: result.error });
      return false;
    }
    set({ secrets: result.value, error: null });
    return true;
  },

  async clearSecret(name) {
    const api = get().api;
    if (!api) return false;
    const result = await api.call('secrets.clear', { name });
    if (!result.ok) {
      set({ error: result.error });
      return false;
    }
    set({ secrets: result.value, error: null });
    return true;
  },
}));
