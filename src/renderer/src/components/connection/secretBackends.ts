import type { Bilingual } from '../../i18n/bilingual';

/** Where credentials are kept, as a person would call it; the backend's own name stays for support (a tooltip). */
const BACKENDS: Readonly<Record<string, Bilingual>> = {
  gnome_libsecret: { tr: 'GNOME anahtar zinciri', en: 'GNOME keyring' },
  kwallet: { tr: 'KDE cüzdanı', en: 'KDE Wallet' },
  kwallet5: { tr: 'KDE cüzdanı (5)', en: 'KDE Wallet (5)' },
  kwallet6: { tr: 'KDE cüzdanı (6)', en: 'KDE Wallet (6)' },
  basic_text: { tr: 'anahtar zinciri yok (zayıf saklama)', en: 'no keychain (weak storage)' },
  dpapi: { tr: 'Windows veri koruması (DPAPI)', en: 'Windows data protection (DPAPI)' },
  keychain: { tr: 'macOS Anahtar Zinciri', en: 'macOS Keychain' },
  harness_file_key: { tr: 'test ortamının anahtar dosyası', en: 'the test host’s key file' },
};

export const describeBackend = (backend: string): Bilingual => BACKENDS[backend] ?? { tr: 'tanınmayan bir depo', en: 'an unrecognised store' };
