import { z } from 'zod';
import type { SecretName, SecretStatus } from '../../../shared/secrets';
import { IDENTIFIER_NAMES, maskIdentifier, SECRET_NAMES } from '../../../shared/secrets';
import { AppFailure } from '../failure';
import type { KeyValueStore, SecretCipher } from '../ports';

const KEY = 'vault';

const vaultSchema = z.object({
  version: z.literal(1),
  backend: z.string(),
  items: z.partialRecord(z.enum(SECRET_NAMES), z.string()),
  /** Masked identifiers, made when they are saved, so showing them never decrypts anything. */
  masked: z.partialRecord(z.enum(SECRET_NAMES), z.string()).optional(),
});
type Vault = z.infer<typeof vaultSchema>;

/**
 * Backends that are not a keychain: Chromium's `basic_text` uses a constant key; the
 * web harness's `harness_file_key` keeps its key in a file beside the ciphertext, so
 * anyone who can read one can read the other.
 */
const WEAK_BACKENDS = new Set(['basic_text', 'unknown', 'harness_file_key']);

/**
 * Credentials, encrypted by the injected cipher, ciphertext only on disk. Values leave
 * this class only through `reveal`, which main's API clients call; the renderer gets
 * `status()`, which says set / not set and nothing more.
 */
export class SecretStore {
  readonly #cipher: SecretCipher;
  readonly #store: KeyValueStore;
  readonly #allowWeak: () => boolean;
  readonly #listeners = new Set<(status: SecretStatus) => void>();

  constructor(cipher: SecretCipher, store: KeyValueStore, allowWeak: () => boolean) {
    this.#cipher = cipher;
    this.#store = store;
    this.#allowWeak = allowWeak;
  }

  status(): SecretStatus {
    const vault = this.#vault();
    const needsReentry = this.#needsReentry(vault);
    const weak = this.#weak();
    const items = Object.fromEntries(
      SECRET_NAMES.map((name) => [name, !needsReentry && vault.items[name] !== undefined ? 'set' : 'not-set']),
    ) as SecretStatus['items'];
    const masked = needsReentry ? {} : Object.fromEntries(Object.entries(vault.masked ?? {}).filter(([name]) => items[name as SecretName] === 'set'));
    return { backend: this.#cipher.backend(), writable: this.#writable(), weak, needsReentry, items, masked };
  }

  isSet(name: SecretName): boolean {
    return this.status().items[name] === 'set';
  }

  set(name: SecretName, value: string): SecretStatus {
    this.#assertWritable();
    const vault = this.#vault();
    // Secrets written under another backend cannot be read any more: start a fresh vault.
    const base: Vault = this.#needsReentry(vault) ? { version: 1, backend: this.#cipher.backend(), items: {} } : vault;
    const encrypted = this.#cipher.encrypt(value).toString('base64');
    const masked = IDENTIFIER_NAMES.includes(name) ? { ...base.masked, [name]: maskIdentifier(value) } : base.masked;
    this.#write({ ...base, backend: this.#cipher.backend(), items: { ...base.items, [name]: encrypted }, ...(masked ? { masked } : {}) });
    return this.#changed();
  }

  clear(name: SecretName): SecretStatus {
    const vault = this.#vault();
    const { [name]: _removed, ...items } = vault.items;
    const { [name]: _mask, ...masked } = vault.masked ?? {};
    this.#write({ ...vault, items, masked });
    return this.#changed();
  }

  /** The plain value, for main-process API clients only. Undefined when not set or unreadable. */
  reveal(name: SecretName): string | undefined {
    const vault = this.#vault();
    const encrypted = vault.items[name];
    if (encrypted === undefined || this.#needsReentry(vault) || !this.#cipher.isAvailable()) return undefined;
    try {
      return this.#cipher.decrypt(Buffer.from(encrypted, 'base64'));
    } catch {
      return undefined;
    }
  }

  onChange(listener: (status: SecretStatus) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #changed(): SecretStatus {
    const status = this.status();
    for (const listener of this.#listeners) listener(status);
    return status;
  }

  #weak(): boolean {
    return !this.#cipher.isAvailable() || WEAK_BACKENDS.has(this.#cipher.backend());
  }

  #writable(): boolean {
    if (!this.#cipher.isAvailable()) return false;
    return !this.#weak() || this.#allowWeak();
  }

  #assertWritable(): void {
    if (!this.#cipher.isAvailable()) {
      throw new AppFailure(
        'secrets.unavailable',
        'The operating system offers no secret storage here, so credentials cannot be saved.',
        'İşletim sistemi burada gizli bilgi deposu sunmuyor; kimlik bilgileri kaydedilemez.',
      );
    }
    if (!this.#writable()) {
      throw new AppFailure(
        'secrets.weak-backend-refused',
        `No keychain is available (backend "${this.#cipher.backend()}"): credentials would be stored with a fixed, public key. Install and unlock a keyring (GNOME Keyring or KWallet), or explicitly allow weak storage in settings.`,
        `Anahtar zinciri yok ("${this.#cipher.backend()}" arka ucu): kimlik bilgileri sabit, herkesçe bilinen bir anahtarla saklanırdı. Bir anahtarlık (GNOME Keyring veya KWallet) kurup açın ya da ayarlardan zayıf saklamaya açıkça izin verin.`,
      );
    }
  }

  #needsReentry(vault: Vault): boolean {
    return Object.keys(vault.items).length > 0 && vault.backend !== this.#cipher.backend();
  }

  #vault(): Vault {
    const parsed = vaultSchema.safeParse(this.#store.get(KEY));
    return parsed.success ? parsed.data : { version: 1, backend: this.#cipher.backend(), items: {} };
  }

  #write(vault: Vault): void {
    this.#store.set(KEY, vault);
  }
}
