import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { signingMethod, windowsSigning } from '../../build/signing';

const root = join(__dirname, '../..');
const require = createRequire(import.meta.url);

/** The configuration exactly as electron-builder finds and loads it (file lookup order, defaults merged). */
async function loadedConfig(): Promise<Configuration> {
  const { getConfig } = require('app-builder-lib/out/util/config/config') as {
    getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<Configuration>;
  };
  return getConfig(root, null, null);
}

describe('electron-builder configuration', () => {
  it('sets every required fuse, none missing and none flipped', async () => {
    const fuses = (await loadedConfig()).electronFuses;
    const required = {
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    };
    expect(fuses).toBeDefined();
    for (const [fuse, value] of Object.entries(required)) {
      expect(fuses, `fuse ${fuse}`).toHaveProperty(fuse);
      expect(fuses?.[fuse as keyof typeof fuses], `fuse ${fuse}`).toBe(value);
    }
  });

  it('packs an ASAR archive of the build output only, with no file associations or protocols', async () => {
    const config = await loadedConfig();
    expect(config.appId).toBe('com.tezgah.pos');
    expect(config.productName).toBe('Tezgah POS');
    expect(config.asar).toBe(true);
    expect(config.fileAssociations).toEqual([]);
    expect(config.protocols).toEqual([]);
    // electron-builder normalises `files` into filter sets.
    const patterns = (config.files as { filter: string[] }[]).flatMap((set) => set.filter);
    expect(patterns).toEqual(expect.arrayContaining(['out/main/**', 'out/preload/**', 'out/renderer/**', '!node_modules/**']));
  });

  it('installs per machine into Program Files in Turkish or English, with shortcuts, and keeps the data on uninstall', async () => {
    const { nsis, msi, win } = await loadedConfig();
    expect(nsis).toMatchObject({
      oneClick: false,
      perMachine: true,
      allowToChangeInstallationDirectory: false,
      createDesktopShortcut: 'always',
      createStartMenuShortcut: true,
      installerLanguages: ['tr_TR', 'en_US'],
      multiLanguageInstaller: true,
      deleteAppDataOnUninstall: false,
    });
    expect(msi).toMatchObject({ perMachine: true, createDesktopShortcut: 'always', createStartMenuShortcut: true });
    const targets = (win?.target as { target: string }[]).map((entry) => entry.target);
    expect(targets).toEqual(['nsis', 'msi']);
  });

  it('builds an AppImage and a deb for Linux tills', async () => {
    const { linux } = await loadedConfig();
    expect((linux?.target as { target: string }[]).map((entry) => entry.target)).toEqual(['AppImage', 'deb']);
  });
});

describe('Windows signing from the environment', () => {
  it('builds unsigned where nothing is configured, and then asks for no signed updates', () => {
    expect(signingMethod({})).toBe('unsigned');
    expect(windowsSigning({})).toEqual({ forceCodeSigning: false });
  });

  it('refuses to ship unsigned when a release requires signing', () => {
    expect(() => windowsSigning({ TEZGAH_REQUIRE_SIGNING: '1' })).toThrow(/no signing method/u);
  });

  it('signs with a .pfx that electron-builder reads from WIN_CSC_LINK', () => {
    const signing = windowsSigning({ WIN_CSC_LINK: 'C:\\certs\\tezgah.pfx', TEZGAH_PUBLISHER_NAME: 'Tezgah Yazılım A.Ş.' });
    expect(signing.signtoolOptions).toMatchObject({ publisherName: 'Tezgah Yazılım A.Ş.', signingHashAlgorithms: ['sha256'] });
    expect(signing.azureSignOptions).toBeUndefined();
  });

  it('signs with an EV certificate from the store by thumbprint', () => {
    const signing = windowsSigning({ TEZGAH_SIGN_SHA1: 'A1B2', TEZGAH_PUBLISHER_NAME: 'Tezgah', TEZGAH_REQUIRE_SIGNING: '1' });
    expect(signing).toMatchObject({ forceCodeSigning: true, signtoolOptions: { certificateSha1: 'A1B2', publisherName: 'Tezgah' } });
  });

  it('signs through Azure Trusted Signing and names what is missing', () => {
    const azure = {
      AZURE_TRUSTED_SIGNING_ENDPOINT: 'https://weu.codesigning.azure.net',
      AZURE_TRUSTED_SIGNING_ACCOUNT: 'tezgah',
      AZURE_TRUSTED_SIGNING_PROFILE: 'public',
      TEZGAH_PUBLISHER_NAME: 'Tezgah',
    };
    expect(windowsSigning(azure).azureSignOptions).toEqual({
      endpoint: 'https://weu.codesigning.azure.net',
      codeSigningAccountName: 'tezgah',
      certificateProfileName: 'public',
      publisherName: 'Tezgah',
    });
    expect(() => windowsSigning({ ...azure, AZURE_TRUSTED_SIGNING_PROFILE: ' ' })).toThrow(/AZURE_TRUSTED_SIGNING_PROFILE/u);
  });
});
