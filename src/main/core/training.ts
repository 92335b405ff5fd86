import type { TrainingStatus } from '../../shared/contract/app';
import type { Settings } from '../../shared/settings';
import type { SecretStore } from './secrets/secretStore';

/**
 * Which services run against their embedded simulators. With `auto` (the default) a
 * service is live only once its credentials are complete, so a fresh install works end
 * to end in training mode.
 */
export function trainingStatus(settings: Settings, secrets: SecretStore): TrainingStatus {
  const status = secrets.status().items;
  const tokenxReady = status['tokenx.clientId'] === 'set' && status['tokenx.clientSecret'] === 'set';
  const toslaReady =
    status['tosla.clientId'] === 'set' && status['tosla.apiUser'] === 'set' && status['tosla.apiPass'] === 'set';

  if (settings.trainingMode === 'on') {
    return { active: true, reason: 'forced-on', services: { tokenx: 'simulator', tosla: 'simulator' } };
  }
  if (settings.trainingMode === 'off') {
    return { active: false, reason: 'off', services: { tokenx: 'live', tosla: 'live' } };
  }
  const services = {
    tokenx: tokenxReady ? ('live' as const) : ('simulator' as const),
    tosla: toslaReady ? ('live' as const) : ('simulator' as const),
  };
  const active = services.tokenx === 'simulator' || services.tosla === 'simulator';
  return { active, reason: active ? 'missing-credentials' : 'off', services };
}
