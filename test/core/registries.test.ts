import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { handlerTable } from '../../src/main/core/ipc/handlerTable';
import { CALL_NAMES, EVENT_NAMES } from '../../src/shared/contract';
import { call, domain, event, mergeDomains } from '../../src/shared/contract/define';

const appInfo = () => ({ name: 'Tezgah POS', version: '0', host: 'web-harness' as const, platform: 'linux', nodeVersion: '24', electronVersion: null });

describe('the registries', () => {
  it('refuses a call two modules answer, naming it, instead of keeping the later one', () => {
    const settings = { handlers: { 'app.info': appInfo } };
    const impostor = { handlers: { 'app.info': () => ({ ...appInfo(), name: 'someone else' }) } };
    expect(() => handlerTable([settings, impostor])).toThrow(/Two modules answer the call "app\.info"/u);
    expect(handlerTable([settings])['app.info']()).toMatchObject({ name: 'Tezgah POS' });
  });

  it('refuses a call or an event two domains of the contract declare', () => {
    const spec = call(z.undefined(), z.null());
    expect(() => mergeDomains({ a: domain({ calls: { 'shifts.open': spec } }), b: domain({ calls: { 'shifts.open': spec } }) })).toThrow(
      /call "shifts\.open" is declared twice .*by b/u,
    );
    const changed = event(z.null());
    expect(() =>
      mergeDomains({ a: domain({ calls: {}, events: { 'shifts.changed': changed } }), b: domain({ calls: {}, events: { 'shifts.changed': changed } }) }),
    ).toThrow(/event "shifts\.changed" is declared twice/u);
  });

  it('gathers every registered domain, the TokenX and webhook calls in their own files', () => {
    for (const name of ['tokenx.testConnection', 'tokenx.simulator', 'webhook.status', 'webhook.setTunnel', 'settings.setCustomHosts', 'checkout.send']) {
      expect(CALL_NAMES).toContain(name);
    }
    expect(EVENT_NAMES).toContain('webhook.changed');
    expect(new Set(CALL_NAMES).size).toBe(CALL_NAMES.length);
  });
});
