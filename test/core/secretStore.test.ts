import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JsonFileStore } from '../../src/main/core/platform/jsonFileStore';
import { SecretStore } from '../../src/main/core/secrets/secretStore';
import { switchableCipher } from '../helpers/fakeCipher';
import { tempDir } from '../helpers/tmp';

function setup(backend: string, allowWeak = false) {
  const file = join(tempDir(), 'secrets.json');
  const { cipher, state } = switchableCipher({ backend });
  const weak = { allow: allowWeak };
  const store = new SecretStore(cipher, new JsonFileStore(file), () => weak.allow);
  return { store, state, file, weak };
}

describe('SecretStore', () => {
  it('keeps only ciphertext on disk and reveals the value to main only', () => {
    const { store, file } = setup('gnome_libsecret');
    const status = store.set('tokenx.clientSecret', 'Sup3r-Secret!');
    expect(status.items['tokenx.clientSecret']).toBe('set');
    expect(status.items['tokenx.clientId']).toBe('not-set');
    expect(JSON.stringify(status)).not.toContain('Sup3r-Secret!');
    expect(readFileSync(file, 'utf8')).not.toContain('Sup3r-Secret!');
    expect(store.reveal('tokenx.clientSecret')).toBe('Sup3r-Secret!');
  });

  it('refuses the basic_text backend unless the user opted in', () => {
    const { store, weak } = setup('basic_text');
    expect(store.status()).toMatchObject({ weak: true, writable: false });
    expect(() => store.set('tosla.apiPass', 'x')).toThrow(/No keychain/u);
    try {
      store.set('tosla.apiPass', 'x');
    } catch (error) {
      expect(error).toMatchObject({ appError: { code: 'secrets.weak-backend-refused' } });
    }
    expect(store.status().items['tosla.apiPass']).toBe('not-set');

    weak.allow = true;
    expect(store.set('tosla.apiPass', 'x').items['tosla.apiPass']).toBe('set');
  });

  it('refuses to store anything when no encryption is available', () => {
    const { store, state } = setup('gnome_libsecret');
    state.available = false;
    expect(() => store.set('tosla.apiUser', 'u')).toThrow(expect.objectContaining({ appError: expect.objectContaining({ code: 'secrets.unavailable' }) }));
  });

  it('asks for credentials again when the backend changed, instead of failing to decrypt', () => {
    const { store, state } = setup('kwallet5');
    store.set('tosla.clientId', '1000000494');
    store.set('tosla.apiUser', 'POS_ENT_Test_001');
    state.backend = 'kwallet6';

    const status = store.status();
    expect(status.needsReentry).toBe(true);
    expect(status.items['tosla.clientId']).toBe('not-set');
    expect(store.reveal('tosla.clientId')).toBeUndefined();

    const after = store.set('tosla.clientId', '1000000494');
    expect(after.needsReentry).toBe(false);
    expect(after.items).toMatchObject({ 'tosla.clientId': 'set', 'tosla.apiUser': 'not-set' });
    expect(store.reveal('tosla.clientId')).toBe('1000000494');
  });

  it('clears a secret and tells listeners', () => {
    const { store } = setup('dpapi');
    const seen: string[] = [];
    store.onChange((status) => seen.push(status.items['tokenx.clientId']));
    store.set('tokenx.clientId', 'abc');
    store.clear('tokenx.clientId');
    expect(seen).toEqual(['set', 'not-set']);
    expect(store.reveal('tokenx.clientId')).toBeUndefined();
  });
});
