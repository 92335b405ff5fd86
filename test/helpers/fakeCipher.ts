import type { SecretCipher } from '../../src/main/core/ports';

/**
 * A reversible cipher whose backend can be switched mid-test, standing in for
 * safeStorage. The "encryption" is a byte flip: enough to prove ciphertext, not
 * plaintext, reaches the store.
 */
export function switchableCipher(initial: { backend: string; available?: boolean }) {
  const state = { backend: initial.backend, available: initial.available ?? true };
  const cipher: SecretCipher = {
    isAvailable: () => state.available,
    backend: () => state.backend,
    encrypt: (plain) => Buffer.from(Buffer.from(plain, 'utf8').map((byte) => byte ^ 0x5a)),
    decrypt: (data) => Buffer.from(data.map((byte) => byte ^ 0x5a)).toString('utf8'),
  };
  return { cipher, state };
}
