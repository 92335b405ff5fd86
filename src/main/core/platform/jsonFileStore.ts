import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { KeyValueStore } from '../ports';

/**
 * A KeyValueStore kept in one JSON file, written atomically (temp file + rename) and
 * readable by this user only. Used by tests and the web harness where electron-store
 * (which needs Electron) cannot run.
 */
export class JsonFileStore implements KeyValueStore {
  readonly #file: string;
  #data: Record<string, unknown>;

  constructor(file: string) {
    this.#file = file;
    this.#data = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  }

  get(key: string): unknown {
    return this.#data[key];
  }

  set(key: string, value: unknown): void {
    this.#data = { ...this.#data, [key]: value };
    this.#flush();
  }

  delete(key: string): void {
    const { [key]: _removed, ...rest } = this.#data;
    this.#data = rest;
    this.#flush();
  }

  #flush(): void {
    mkdirSync(dirname(this.#file), { recursive: true, mode: 0o700 });
    const temp = `${this.#file}.tmp`;
    writeFileSync(temp, JSON.stringify(this.#data, null, 2), { mode: 0o600 });
    // A temp file left by an older version keeps its mode through writeFileSync: set it again.
    chmodSync(temp, 0o600);
    renameSync(temp, this.#file);
  }
}
