import type { Dispatcher } from 'undici';
import type { UpdaterPort } from './updates/ports';

/**
 * What the core needs from the outside world. The Electron shell passes the real
 * adapters; tests and the web harness pass plain-Node ones. Nothing in the core may
 * reach for these any other way.
 */

export interface Clock {
  /** Milliseconds since the Unix epoch (UTC). */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A small persistent key→JSON store (electron-store in the app, a JSON file in tests). */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
}

/** Encrypts secrets with an OS-held key (safeStorage in the app). */
export interface SecretCipher {
  isAvailable(): boolean;
  /** e.g. `gnome_libsecret`, `kwallet6`, `basic_text`, `dpapi`, `keychain`. */
  backend(): string;
  encrypt(plain: string): Buffer;
  decrypt(cipher: Buffer): string;
}

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** The system clipboard, where the host has one the core may write to (Electron's, from main). */
export interface Clipboard {
  writeText(text: string): void;
}

export interface HostInfo {
  kind: 'electron' | 'web-harness';
  appName: string;
  appVersion: string;
  electronVersion: string | null;
}

/** Native dialogs the desktop shell offers; the web harness has none. */
export interface DialogPort {
  /** An open-file dialog in main; resolves to the chosen path, or null when cancelled. */
  chooseProgram(name: string): Promise<string | null>;
  /** The same for a product list to import (CSV or JSON); the renderer only ever gets a handle to it. */
  chooseImportFile(): Promise<string | null>;
}

export interface CorePorts {
  clock: Clock;
  /** undici dispatcher for every outbound HTTP call (an Agent in the app, with timeouts). */
  dispatcher: Dispatcher;
  cipher: SecretCipher;
  /** Folder for the core's own files (databases); the app passes `userData`. */
  dataDir: string;
  stores: { settings: KeyValueStore; secrets: KeyValueStore };
  host: HostInfo;
  log: Logger;
  dialogs?: DialogPort;
  /** The app's self-update (the desktop app only). */
  updater?: UpdaterPort;
  clipboard?: Clipboard;
  /** Opens a loopback page in the system browser (Electron's shell); absent where the page opens it itself. */
  openExternal?: (url: string) => Promise<void>;
}
