import { app, powerMonitor } from 'electron';
import type { ProgressInfo, UpdateDownloadedEvent, UpdateInfo } from 'electron-updater';
import { autoUpdater } from 'electron-updater';
import type { Logger } from '../core/ports';
import { feedFilePath, readFeedFile } from '../core/updates/feedConfig';
import type { UpdaterEvent, UpdaterPort } from '../core/updates/ports';

interface Where {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
}

/**
 * electron-updater behind the core's UpdaterPort. The feed comes from the machine-wide
 * file IT writes at install time (https only); without it, or in a development build,
 * the port says why and never touches electron-updater. Downloads start by themselves;
 * installing is the core's decision (see core/updates/installPolicy.ts).
 */
export function electronUpdater(log: Logger, where: Where = { platform: process.platform, env: process.env }): UpdaterPort {
  const file = feedFilePath(where.platform, where.env);
  const off = (unavailable: UpdaterPort['unavailable'], feedProblem: UpdaterPort['feedProblem'] = null): UpdaterPort => ({
    unavailable,
    feed: { url: null, file },
    feedProblem,
    check: async () => undefined,
    install: () => undefined,
    setInstallOnQuit: () => undefined,
    onEvent: () => undefined,
    idleSeconds: () => powerMonitor.getSystemIdleTime(),
  });
  if (!app.isPackaged) return off('development');
  const config = readFeedFile(file);
  if (config.kind === 'missing') return off('no-feed');
  if (config.kind === 'invalid') {
    log.warn('update feed file is not valid; updates are off', { file, problem: config.message });
    return off('feed-invalid', { message: config.message, messageTr: config.messageTr });
  }

  const { url, channel } = config.feed;
  autoUpdater.logger = {
    info: (message?: unknown) => log.info(`updater: ${String(message)}`),
    warn: (message?: unknown) => log.warn(`updater: ${String(message)}`),
    error: (message?: unknown) => log.error(`updater: ${String(message)}`),
  };
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = false;
  autoUpdater.allowDowngrade = false;
  autoUpdater.allowPrerelease = false;
  autoUpdater.setFeedURL({ provider: 'generic', url, channel });
  log.info('updates from feed', { url, channel, file });

  return {
    unavailable: null,
    feed: { url, file },
    feedProblem: null,
    check: async () => {
      await autoUpdater.checkForUpdates();
    },
    // Silent installer, then the new version starts: a till comes back by itself.
    install: () => autoUpdater.quitAndInstall(true, true),
    setInstallOnQuit: (allowed) => {
      autoUpdater.autoInstallOnAppQuit = allowed;
    },
    onEvent: (listener: (event: UpdaterEvent) => void) => {
      autoUpdater.on('checking-for-update', () => listener({ kind: 'checking' }));
      autoUpdater.on('update-available', (info: UpdateInfo) => listener({ kind: 'available', version: info.version }));
      autoUpdater.on('update-not-available', () => listener({ kind: 'not-available' }));
      autoUpdater.on('download-progress', (progress: ProgressInfo) => listener({ kind: 'progress', percent: progress.percent }));
      autoUpdater.on('update-downloaded', (event: UpdateDownloadedEvent) => listener({ kind: 'downloaded', version: event.version }));
      autoUpdater.on('error', (error: Error) => listener({ kind: 'error', message: error.message }));
    },
    idleSeconds: () => powerMonitor.getSystemIdleTime(),
  };
}
