import type { ServiceEnvironment } from './settings';

export type EndpointService = 'tokenx' | 'tosla';

/**
 * Where each vendor publishes its APIs (vendor docs and the protocol references): the
 * domains credentials may be sent to. TokenX hands each integrator its own production
 * URL under its domains; Tosla has one host per environment. Anything else must be
 * added by an admin as a custom host (audited, behind a fresh PIN).
 */
export const VENDOR_HOSTS: Record<EndpointService, Record<ServiceEnvironment, { exact: readonly string[]; domains: readonly string[] }>> = {
  tokenx: {
    test: { exact: [], domains: ['devtokeninc.com', 'tokeninc.com'] },
    production: { exact: [], domains: ['tokeninc.com', 'devtokeninc.com'] },
  },
  tosla: {
    test: { exact: ['prepentegrasyon.tosla.com'], domains: [] },
    production: { exact: ['entegrasyon.tosla.com'], domains: [] },
  },
};

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** A custom host as typed: a bare host name, no scheme, port or path. */
export const hostNamePattern = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/u;

export type EndpointVerdict =
  | { ok: true }
  | { ok: false; reason: 'not-a-url' | 'not-https' | 'host-not-allowed'; host: string };

/**
 * Whether credentials of `service` may go to `url` in `environment`: production only over
 * https to the vendor's published hosts or an admin's custom host; test also to a
 * simulator on this computer (loopback, http allowed).
 */
export function checkEndpoint(
  service: EndpointService,
  environment: ServiceEnvironment,
  url: string,
  customHosts: readonly string[],
): EndpointVerdict {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: 'not-a-url', host: '' };
  }
  const host = parsed.hostname.toLowerCase();
  if (environment === 'test' && LOOPBACK_HOSTS.has(host) && (parsed.protocol === 'http:' || parsed.protocol === 'https:')) {
    return { ok: true };
  }
  if (parsed.protocol !== 'https:') return { ok: false, reason: 'not-https', host };
  const allowed = VENDOR_HOSTS[service][environment];
  if (allowed.exact.includes(host) || allowed.domains.some((domain) => host === domain || host.endsWith(`.${domain}`))) {
    return { ok: true };
  }
  return customHosts.includes(host) ? { ok: true } : { ok: false, reason: 'host-not-allowed', host };
}
