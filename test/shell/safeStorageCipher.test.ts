import { afterEach, describe, expect, it, vi } from 'vitest';
import { electronModule, fakeSafeStorage } from './electronMock';

vi.mock('electron', () => electronModule);

const { safeStorageCipher } = await import('../../src/main/electron/safeStorageCipher');
const platform = process.platform;

afterEach(() => Object.defineProperty(process, 'platform', { value: platform }));

describe('safeStorage cipher adapter', () => {
  it("reports Linux's selected backend so basic_text can be refused", () => {
    Object.defineProperty(process, 'platform', { value: 'linux' });
    fakeSafeStorage.getSelectedStorageBackend.mockReturnValueOnce('basic_text');
    expect(safeStorageCipher.backend()).toBe('basic_text');
  });

  it('names the Windows and macOS keychains', () => {
    Object.defineProperty(process, 'platform', { value: 'win32' });
    expect(safeStorageCipher.backend()).toBe('dpapi');
    Object.defineProperty(process, 'platform', { value: 'darwin' });
    expect(safeStorageCipher.backend()).toBe('keychain');
  });

  it('encrypts and decrypts through safeStorage only', () => {
    const sealed = safeStorageCipher.encrypt('s3cret');
    expect(fakeSafeStorage.encryptString).toHaveBeenCalledWith('s3cret');
    expect(safeStorageCipher.decrypt(sealed)).toBe('s3cret');
  });
});
