import type { EndpointService } from '../../../shared/endpoints';
import { checkEndpoint } from '../../../shared/endpoints';
import type { Settings, SettingsPatch, TunnelSetting } from '../../../shared/settings';
import { defaultSettings, overlaySettings, settingsSchema } from '../../../shared/settings';
import { AppFailure } from '../failure';
import type { Clock, KeyValueStore, Logger } from '../ports';

const KEY = 'settings';

/**
 * Owns the non-secret settings: reads them once, validates every write against the
 * schema and the endpoint rules, and tells subscribers about changes. A stored value
 * that no longer parses is kept aside under another key instead of being thrown away.
 * The tunnel and the custom hosts are written only through their own methods, which the
 * core calls after a fresh PIN.
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
      if (storedTunnelCommand(raw)) {
        // Older versions ran a free-form command; it is dropped, never run, and the tunnel is chosen again.
        log.warn('a stored tunnel command was dropped; choose the tunnel program again in Settings → TokenX');
        store.set(KEY, this.#current);
      }
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
    for (const problem of endpointProblems(this.#current, null)) {
      log.warn('a stored base URL is not allowed; its credentials will not be sent until it is fixed', { path: problem.appError.path });
    }
  }

  get(): Settings {
    return this.#current;
  }

  update(patch: SettingsPatch): Settings {
    const next = settingsSchema.parse(overlaySettings(this.#current, patch));
    const problem = endpointProblems(next, this.#current)[0];
    if (problem !== undefined) throw problem;
    return this.#write(next);
  }

  /** Only after the caller checked permission and a fresh PIN. */
  setTunnel(tunnel: TunnelSetting): Settings {
    return this.#write(settingsSchema.parse({ ...this.#current, tokenx: { ...this.#current.tokenx, tunnel } }));
  }

  /** Only after the caller checked permission and a fresh PIN. */
  setCustomHosts(hosts: string[]): Settings {
    return this.#write(settingsSchema.parse({ ...this.#current, customHosts: hosts }));
  }

  /** Whether credentials of `service` may be sent to its configured base URLs right now. */
  endpointsAllowed(service: EndpointService): boolean {
    return endpointProblems(this.#current, null).every((problem) => !problem.appError.path?.startsWith(`${service}.`));
  }

  onChange(listener: (settings: Settings) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #write(next: Settings): Settings {
    this.#current = next;
    this.#store.set(KEY, next);
    for (const listener of this.#listeners) listener(next);
    return next;
  }
}

function storedTunnelCommand(raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  const tokenx = (raw as { tokenx?: unknown }).tokenx;
  return typeof tokenx === 'object' && tokenx !== null && 'tunnelCommand' in tokenx;
}

const SERVICE_NAMES: Record<EndpointService, string> = { tokenx: 'TokenX', tosla: 'Tosla' };

/**
 * Every base URL of `next` that may not receive its service's credentials. With
 * `previous`, only the services whose environment, URLs or custom hosts changed are
 * judged, so an unrelated change is never refused for an older setting.
 */
function endpointProblems(next: Settings, previous: Settings | null): AppFailure[] {
  const hostsChanged = previous === null || JSON.stringify(previous.customHosts) !== JSON.stringify(next.customHosts);
  const urls: { service: EndpointService; path: string; url: string; environment: Settings['tokenx']['environment']; changed: boolean }[] = [
    ...(['auth', 'clientSettings', 'basket'] as const).map((key) => ({
      service: 'tokenx' as const,
      path: `tokenx.baseUrls.${key}`,
      url: next.tokenx.baseUrls[key],
      environment: next.tokenx.environment,
      changed:
        hostsChanged || previous.tokenx.environment !== next.tokenx.environment || previous.tokenx.baseUrls[key] !== next.tokenx.baseUrls[key],
    })),
    {
      service: 'tosla' as const,
      path: 'tosla.baseUrl',
      url: next.tosla.baseUrl,
      environment: next.tosla.environment,
      changed: hostsChanged || previous.tosla.environment !== next.tosla.environment || previous.tosla.baseUrl !== next.tosla.baseUrl,
    },
  ];
  return urls
    .filter((entry) => entry.changed && entry.url !== '')
    .flatMap((entry) => {
      const verdict = checkEndpoint(entry.service, entry.environment, entry.url, next.customHosts);
      if (verdict.ok) return [];
      const name = SERVICE_NAMES[entry.service];
      if (verdict.reason === 'not-https') {
        return [
          new AppFailure(
            'settings.endpoint-not-https',
            `${name} addresses must start with https:// (plain http is allowed only for a simulator on this computer, in the test environment).`,
            `${name} adresleri https:// ile başlamalı (düz http yalnızca test ortamında, bu bilgisayardaki bir simülatör için kullanılabilir).`,
            entry.path,
          ),
        ];
      }
      return [
        new AppFailure(
          'settings.endpoint-not-allowed',
          `${verdict.host || entry.url} is not one of ${name}'s published addresses, so credentials would not be sent to it. Use the address ${name} gave you, or have an admin allow it as a custom host.`,
          `${verdict.host || entry.url}, ${name}'ın yayımladığı adreslerden biri değil; kimlik bilgileri oraya gönderilmez. ${name}'ın verdiği adresi kullanın ya da bir admin bunu özel sunucu olarak eklesin.`,
          entry.path,
        ),
      ];
    });
}
