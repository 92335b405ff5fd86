import type { InstallBlocker, UpdateStatus, UpdateUnavailable } from '../../../shared/updates';
import { AppFailure } from '../failure';
import type { Clock, Logger } from '../ports';
import type { InstallMoment, TillActivity } from './installPolicy';
import { IDLE_BEFORE_INSTALL_SECONDS, installBlockers } from './installPolicy';
import type { UpdaterEvent, UpdaterPort } from './ports';
import { errorMessage } from '../../../shared/errorMessage';

export interface UpdateServiceDeps {
  /** The shell's updater; null where the host cannot update itself (the web harness). */
  port: UpdaterPort | null;
  currentVersion: string;
  clock: Clock;
  log: Logger;
  /** Baskets on the device with no final outcome; null when that cannot be known. */
  basketsInFlight(): Promise<number | null>;
  onChange(status: UpdateStatus): void;
  /** Background checks: the first shortly after start, then every few hours. */
  firstCheckAfterMs?: number;
  checkEveryMs?: number;
  /** How often a downloaded update looks again whether the till has become idle. */
  evaluateEveryMs?: number;
  idleBeforeInstallSeconds?: number;
}

const HOUR = 3_600_000;

/**
 * The app's self-update as the till sees it: checks in the background, lets the shell
 * download, and installs only when the install policy allows (never during a sale).
 */
export class UpdateService {
  readonly #deps: UpdateServiceDeps;
  #status: UpdateStatus;
  #draftLines: number | null = null;
  #timers: NodeJS.Timeout[] = [];
  #evaluating: Promise<void> | null = null;

  constructor(deps: UpdateServiceDeps) {
    this.#deps = deps;
    const unavailable: UpdateUnavailable | null = deps.port === null ? 'web-harness' : deps.port.unavailable;
    const problem = deps.port?.feedProblem ?? null;
    this.#status = {
      state: unavailable === null ? 'idle' : 'unavailable',
      unavailable,
      currentVersion: deps.currentVersion,
      availableVersion: null,
      downloadPercent: null,
      feed: deps.port?.feed ?? { url: null, file: null },
      lastCheckedAt: null,
      blockedBy: [],
      error: problem === null ? null : { code: 'update.feedInvalid', ...problem },
    };
    if (deps.port === null || unavailable !== null) return;
    const port = deps.port;
    port.setInstallOnQuit(false);
    port.onEvent((event) => this.#onUpdaterEvent(event));
    const timer = (callback: () => void, ms: number, repeat: boolean) => {
      const handle = repeat ? setInterval(callback, ms) : setTimeout(callback, ms);
      // Never keep the process alive just to check for updates.
      handle.unref();
      this.#timers.push(handle);
    };
    timer(() => void this.#backgroundCheck(), deps.firstCheckAfterMs ?? 60_000, false);
    timer(() => void this.#backgroundCheck(), deps.checkEveryMs ?? 4 * HOUR, true);
    timer(() => void this.evaluate(), deps.evaluateEveryMs ?? 30_000, true);
  }

  status(): UpdateStatus {
    return this.#status;
  }

  async check(): Promise<UpdateStatus> {
    const port = this.#available();
    if (this.#status.state === 'waiting' || this.#status.state === 'installing') return this.#status;
    try {
      await port.check();
    } catch (error) {
      // electron-updater also emits the error as an event, which sets the state.
      this.#deps.log.warn('update check failed', { error: errorMessage(error) });
    }
    return this.#status;
  }

  /** "Install now": refused while any sale is under way; the quiet-till wait is waived. */
  async installNow(): Promise<UpdateStatus> {
    const port = this.#available();
    if (this.#status.state !== 'waiting') {
      throw new AppFailure(
        'update.nothingToInstall',
        'No update has been downloaded yet.',
        'Henüz indirilmiş bir güncelleme yok.',
      );
    }
    const blockers = installBlockers(await this.#activity(port), 'requested');
    if (blockers.length > 0) {
      this.#set({ blockedBy: blockers });
      throw new AppFailure(
        'update.saleInProgress',
        'The update cannot install while a basket is open or waiting on the device. Finish or park the sale first.',
        'Açık bir sepet varken ya da cihazda bekleyen bir sepet varken güncelleme kurulamaz. Önce satışı bitirin veya bekletin.',
      );
    }
    this.#install(port, 'requested');
    return this.#status;
  }

  /** The till screen's unsent basket; a change may be what the waiting update waits for. */
  reportTill(draftLines: number): void {
    this.#draftLines = draftLines;
    void this.evaluate();
  }

  /** Installs a downloaded update if the till is idle and no sale is under way. */
  evaluate(): Promise<void> {
    this.#evaluating ??= this.#evaluate().finally(() => {
      this.#evaluating = null;
    });
    return this.#evaluating;
  }

  close(): void {
    for (const handle of this.#timers) clearTimeout(handle);
    this.#timers = [];
  }

  async #evaluate(): Promise<void> {
    const port = this.#deps.port;
    if (port === null || this.#status.state !== 'waiting') return;
    const activity = await this.#activity(port);
    port.setInstallOnQuit(installBlockers(activity, 'quit').length === 0);
    const blockers = installBlockers(activity, 'automatic', this.#deps.idleBeforeInstallSeconds ?? IDLE_BEFORE_INSTALL_SECONDS);
    if (this.#status.state !== 'waiting') return;
    if (blockers.length > 0) {
      if (!sameBlockers(blockers, this.#status.blockedBy)) this.#set({ blockedBy: blockers });
      return;
    }
    this.#install(port, 'automatic');
  }

  #install(port: UpdaterPort, moment: InstallMoment): void {
    this.#deps.log.info('installing update', { from: this.#status.currentVersion, to: this.#status.availableVersion, moment });
    this.#set({ state: 'installing', blockedBy: [] });
    port.install();
  }

  async #activity(port: UpdaterPort): Promise<TillActivity> {
    let basketsInFlight: number | null;
    try {
      basketsInFlight = await this.#deps.basketsInFlight();
    } catch {
      basketsInFlight = null;
    }
    return { basketsInFlight, draftLines: this.#draftLines, idleSeconds: port.idleSeconds() };
  }

  async #backgroundCheck(): Promise<void> {
    if (['checking', 'downloading', 'waiting', 'installing'].includes(this.#status.state)) return;
    await this.check();
  }

  #onUpdaterEvent(event: UpdaterEvent): void {
    const now = this.#deps.clock.now();
    switch (event.kind) {
      case 'checking':
        this.#set({ state: 'checking', error: null });
        return;
      case 'not-available':
        this.#set({ state: 'up-to-date', availableVersion: null, downloadPercent: null, lastCheckedAt: now });
        return;
      case 'available':
        this.#deps.log.info('update available', { version: event.version });
        this.#set({ state: 'downloading', availableVersion: event.version, downloadPercent: 0, lastCheckedAt: now });
        return;
      case 'progress':
        this.#set({ state: 'downloading', downloadPercent: Math.max(0, Math.min(100, Math.floor(event.percent))) });
        return;
      case 'downloaded':
        this.#deps.log.info('update downloaded; installs when the till is idle', { version: event.version });
        this.#set({ state: 'waiting', availableVersion: event.version, downloadPercent: 100, lastCheckedAt: now });
        void this.evaluate();
        return;
      case 'error':
        this.#deps.log.warn('update failed', { error: event.message });
        // A download already waiting stays installable; only the check that failed is lost.
        if (this.#status.state === 'waiting' || this.#status.state === 'installing') return;
        this.#set({
          state: 'failed',
          downloadPercent: null,
          lastCheckedAt: now,
          error: {
            code: 'update.failed',
            message: `Could not check for or download the update: ${event.message}`,
            messageTr: 'Güncelleme denetlenemedi ya da indirilemedi. Bağlantıyı ve güncelleme adresini kontrol edin; ayrıntı kayıt dosyasında.',
          },
        });
        return;
    }
  }

  #available(): UpdaterPort {
    const port = this.#deps.port;
    if (port === null || this.#status.unavailable !== null) {
      throw new AppFailure(
        'update.unavailable',
        'This installation does not update itself (see the update section for why).',
        'Bu kurulum kendini güncelleyemiyor (nedeni güncelleme bölümünde yazıyor).',
      );
    }
    return port;
  }

  #set(patch: Partial<UpdateStatus>): void {
    this.#status = { ...this.#status, ...patch };
    this.#deps.onChange(this.#status);
  }
}

const sameBlockers = (a: readonly InstallBlocker[], b: readonly InstallBlocker[]) =>
  a.length === b.length && a.every((blocker, index) => blocker === b[index]);
