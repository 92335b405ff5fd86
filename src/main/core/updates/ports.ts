import type { UpdateUnavailable } from '../../../shared/updates';

/** What the updater (electron-updater in the app) reports, in the core's words. */
export type UpdaterEvent =
  | { kind: 'checking' }
  | { kind: 'available'; version: string }
  | { kind: 'not-available' }
  | { kind: 'progress'; percent: number }
  | { kind: 'downloaded'; version: string }
  | { kind: 'error'; message: string };

/**
 * The app's self-update, as the Electron shell offers it. The core decides when an
 * update may install; the shell only downloads, reports and, when told, installs.
 */
export interface UpdaterPort {
  /** Why this installation cannot update itself, or null when it can. */
  readonly unavailable: UpdateUnavailable | null;
  /** The feed in use and where IT puts the feed file. */
  readonly feed: { url: string | null; file: string | null };
  /** A problem with the feed file (when `unavailable` is `feed-invalid`). */
  readonly feedProblem: { message: string; messageTr: string } | null;
  check(): Promise<void>;
  /** Quits the app, runs the downloaded installer and starts the new version. */
  install(): void;
  /** Whether a downloaded update may install when the app is closed. */
  setInstallOnQuit(allowed: boolean): void;
  onEvent(listener: (event: UpdaterEvent) => void): void;
  /** Seconds since the last keyboard, mouse or scanner input on this workstation. */
  idleSeconds(): number;
}
