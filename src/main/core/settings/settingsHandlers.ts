import type { SecretName } from '../../../shared/secrets';
import type { Settings } from '../../../shared/settings';
import type { AuditSink } from '../auth/ports';
import type { HandlerTable } from '../ipc/dispatcher';
import type { HostInfo } from '../ports';
import type { SecretStore } from '../secrets/secretStore';
import type { SettingsService } from './settingsService';
import { trainingStatus } from '../training';
import type { UserService } from '../users/userService';

export type SettingsHandlers = Pick<
  HandlerTable,
  | 'app.info'
  | 'settings.get'
  | 'settings.update'
  | 'secrets.status'
  | 'secrets.set'
  | 'secrets.clear'
  | 'training.status'
  | 'settings.setCustomHosts'
  | 'app.openExternal'
>;

export interface SettingsHandlerDeps {
  host: HostInfo;
  settings: SettingsService;
  secrets: SecretStore;
  audit: AuditSink;
  /** Who is signed in at the till, for the audit log. */
  actor: () => string | null;
  /** Confirms a fresh PIN for changes that decide where credentials may go. */
  users: Pick<UserService, 'confirmPin'>;
  /** Opens a loopback page in the system browser; absent where the page opens it itself (the web harness). */
  openExternal: ((url: string) => Promise<void>) | undefined;
}

/** The credentials that belong to one service's endpoint: a new endpoint must not receive the old ones. */
const ENDPOINT_CREDENTIALS: { service: 'tokenx' | 'tosla'; changed(before: Settings, after: Settings): boolean; names: SecretName[] }[] = [
  {
    service: 'tokenx',
    changed: (before, after) =>
      before.tokenx.environment !== after.tokenx.environment ||
      JSON.stringify(before.tokenx.baseUrls) !== JSON.stringify(after.tokenx.baseUrls),
    names: ['tokenx.clientId', 'tokenx.clientSecret'],
  },
  {
    service: 'tosla',
    changed: (before, after) => before.tosla.environment !== after.tosla.environment || before.tosla.baseUrl !== after.tosla.baseUrl,
    names: ['tosla.clientId', 'tosla.apiUser', 'tosla.apiPass'],
  },
];

/**
 * Settings and credentials. Who may call these is decided by the call gate; every
 * change is written to the audit log (credentials by name only, never by value), and a
 * change of a service's environment or base URL wipes that service's saved credentials,
 * so they are never sent to an endpoint they were not entered for.
 */
export function settingsHandlers({ host, settings, secrets, audit, actor, users, openExternal }: SettingsHandlerDeps): SettingsHandlers {
  const record = (action: string, subject: string, outcome: string, details: Record<string, unknown>) =>
    audit.record({ action, actorId: actor(), approverId: null, subject, outcome, details });
  return {
    'app.info': () => ({
      name: host.appName,
      version: host.appVersion,
      host: host.kind,
      platform: process.platform,
      nodeVersion: process.versions.node,
      electronVersion: host.electronVersion,
    }),
    'settings.get': () => settings.get(),
    'settings.update': (patch) => {
      const before = settings.get();
      const after = settings.update(patch);
      const changes = differences(before, after);
      if (changes.length === 0) return after;
      record('settings.update', 'settings', 'changed', { changes });
      for (const endpoint of ENDPOINT_CREDENTIALS) {
        const saved = endpoint.names.filter((name) => secrets.isSet(name));
        if (!endpoint.changed(before, after) || saved.length === 0) continue;
        for (const name of saved) secrets.clear(name);
        record('secrets.clear', endpoint.service, 'cleared', { names: saved, reason: 'endpoint-changed' });
      }
      return after;
    },
    'secrets.status': () => secrets.status(),
    'secrets.set': ({ name, value }) => {
      const status = secrets.set(name, value);
      record('secrets.set', name, 'saved', { backend: status.backend, weak: status.weak });
      return status;
    },
    'secrets.clear': ({ name }) => {
      const status = secrets.clear(name);
      record('secrets.clear', name, 'cleared', { reason: 'by-user' });
      return status;
    },
    'training.status': () => trainingStatus(settings.get(), secrets),
    'app.openExternal': async ({ url }) => {
      if (openExternal === undefined) return { opened: false };
      await openExternal(url);
      return { opened: true };
    },
    // Where credentials may go: the settings permission and a fresh PIN, every time.
    'settings.setCustomHosts': async ({ hosts, pin }) => {
      const user = await users.confirmPin('settings', pin);
      const before = settings.get().customHosts;
      const next = settings.setCustomHosts([...new Set(hosts)]);
      audit.record({
        action: 'settings.custom-hosts',
        actorId: user.id,
        approverId: null,
        subject: 'customHosts',
        outcome: 'changed',
        details: { from: before, to: next.customHosts },
      });
      return next;
    },
  };
}

/** Every leaf that changed, as `path: from → to`; settings hold no secrets, so values may be logged. */
export function differences(before: unknown, after: unknown, path = ''): { path: string; from: unknown; to: unknown }[] {
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => differences(before[key], after[key], path === '' ? key : `${path}.${key}`));
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ path, from: before ?? null, to: after ?? null }];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
