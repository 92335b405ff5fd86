import ElectronStore from 'electron-store';
import type { KeyValueStore } from '../core/ports';

/** electron-store behind the core's KeyValueStore port; files live in userData, readable by this user only. */
export function electronKeyValueStore(name: string): KeyValueStore {
  const store = new ElectronStore<Record<string, unknown>>({ name, clearInvalidConfig: false, configFileMode: 0o600 });
  return {
    get: (key) => store.get(key),
    set: (key, value) => store.set(key, value),
    delete: (key) => store.delete(key),
  };
}
