import type { Settings, SettingsPatch } from '../../../shared/settings';
import { defaultSettings, overlaySettings, settingsSchema } from '../../../shared/settings';
import type { Clock, KeyValueStore, Logger } from '../ports';

const KEY = 'settings';

/**
 * Owns the non-secret settings: reads them once, validates every write against the
 * schema, and tells subscribers about changes. A stored value that no longer parses is
 * kept aside under another key instead of being thrown away.
 */
export class SettingsService {
  readonly #store: KeyValueStore;
  readonly #listeners = new Set<(settings: Settings) => void>();
  #current: Settings;

  constructor(store: KeyValueStore, log: Logger, clock: Clock) {
    this.#store = store;
    const raw = store.get(KEY);
    const parsed = settingsSchema.safeParse(raw ?? {});
    if (parsed.success) {
      this.#current = parsed.data;
    } else {
      const aside = `${KEY}.unreadable-${new Date(clock.now()).toISOString()}`;
      log.warn('stored settings did not validate; kept aside and started from defaults', {
        keptAs: aside,
        issues: parsed.error.issues.slice(0, 3).map((issue) => issue.path.join('.')),
      });
      store.set(aside, raw);
      this.#current = defaultSettings();
      store.set(KEY, this.#current);
    }
  }

  get(): Settings {
    return this.#current;
  }

  update(patch: SettingsPatch): Settings {
    const next = settingsSchema.parse(overlaySettings(this.#current, patch));
    this.#current = next;
    this.#store.set(KEY, next);
    for (const listener of this.#listeners) listener(next);
    return next;
  }

  onChange(listener: (settings: Settings) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
