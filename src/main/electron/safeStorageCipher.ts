import { safeStorage } from 'electron';
import type { SecretCipher } from '../core/ports';

/** The only place that touches Electron's safeStorage (DPAPI, Keychain, libsecret/KWallet). */
export const safeStorageCipher: SecretCipher = {
  isAvailable: () => safeStorage.isEncryptionAvailable(),
  backend: () => {
    switch (process.platform) {
      case 'linux':
        return safeStorage.getSelectedStorageBackend();
      case 'win32':
        return 'dpapi';
      case 'darwin':
        return 'keychain';
      default:
        return 'unknown';
    }
  },
  encrypt: (plain) => safeStorage.encryptString(plain),
  decrypt: (cipher) => safeStorage.decryptString(cipher),
};
