import type { Configuration } from 'electron-builder';
import { windowsSigning } from './build/signing';

/**
 * Installers for the tills: `npm run dist` (after `npm run build`). electron-builder
 * rather than Forge: one declarative file covers NSIS, MSI, AppImage and deb, flips the
 * fuses itself (with ASAR integrity), and writes the `latest.yml` files electron-updater
 * reads from the shop's update feed. `npm run dist:config-check` validates this file
 * against electron-builder's own schema without building anything.
 */
const config: Configuration = {
  appId: 'com.tezgah.pos',
  productName: 'Tezgah POS',
  copyright: 'Copyright © Tezgah POS',
  directories: { output: 'dist', buildResources: 'build' },
  // electron-vite bundles every dependency into out/ (externalizeDeps: false), so no
  // node_modules folder goes into the archive: only the build output and package.json.
  files: ['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json', '!**/*.map', '!node_modules/**'],
  asar: true,
  // The till opens no documents and answers no links.
  fileAssociations: [],
  protocols: [],
  // Chromium's own UI strings: the app speaks Turkish and English only.
  electronLanguages: ['tr', 'en-US'],
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    enableCookieEncryption: true,
    // The renderer is served from app://, never file:// (Electron's security checklist, item 18).
    grantFileProtocolExtraPrivileges: false,
  },
  // Writes app-update.yml into the app and latest*.yml beside the installers. The address
  // here is never used: each till reads its feed from the file IT writes at install time
  // (src/main/core/updates/feedConfig.ts); `.invalid` can never resolve.
  publish: [{ provider: 'generic', url: 'https://updates.tezgah.invalid/' }],

  win: {
    target: [
      { target: 'nsis', arch: ['x64'] },
      { target: 'msi', arch: ['x64'] },
    ],
    icon: 'build/icons/icon.ico',
    executableName: 'TezgahPOS',
    requestedExecutionLevel: 'asInvoker',
    ...windowsSigning(process.env),
  },
  nsis: {
    artifactName: 'TezgahPOS-${version}-Setup.${ext}',
    // Per machine, into Program Files: a cashier's Windows account cannot change the app.
    oneClick: false,
    perMachine: true,
    allowElevation: true,
    allowToChangeInstallationDirectory: false,
    createDesktopShortcut: 'always',
    createStartMenuShortcut: true,
    shortcutName: 'Tezgah POS',
    menuCategory: false,
    runAfterFinish: true,
    installerIcon: 'build/icons/icon.ico',
    uninstallerIcon: 'build/icons/icon.ico',
    uninstallDisplayName: 'Tezgah POS',
    // Turkish and English, picked from the Windows display language.
    installerLanguages: ['tr_TR', 'en_US'],
    multiLanguageInstaller: true,
    displayLanguageSelector: false,
    language: '1055',
    // The sales journal, audit log and settings live in the user data folder: never
    // delete them with the program.
    deleteAppDataOnUninstall: false,
    include: 'build/installer.nsh',
  },
  // For IT departments that push software (Group Policy, Intune, SCCM): msiexec /i … /qn.
  msi: {
    artifactName: 'TezgahPOS-${version}.${ext}',
    perMachine: true,
    oneClick: true,
    createDesktopShortcut: 'always',
    createStartMenuShortcut: true,
    shortcutName: 'Tezgah POS',
    runAfterFinish: false,
    // Fixed for the life of the product: Windows Installer upgrades in place only when it matches.
    upgradeCode: 'bf9634f8-2a3d-4edd-9817-a77b3dd4a807',
  },

  linux: {
    target: [
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ],
    icon: 'build/icons/png',
    executableName: 'tezgah-pos',
    category: 'Office',
    synopsis: 'Cashier app for Turkish shops (TokenX ÖKC, Tosla İşim)',
    description: 'Desktop cashier app for Turkish shops: baskets to the ÖKC through TokenX, Tosla İşim voids and refunds.',
    maintainer: 'Tezgah POS',
    desktop: { entry: { StartupWMClass: 'Tezgah POS', Keywords: 'pos;kasa;cashier;' } },
  },
  appImage: { artifactName: 'TezgahPOS-${version}-${arch}.${ext}' },
  deb: { artifactName: 'tezgah-pos_${version}_${arch}.${ext}', priority: 'optional' },
};

export default config;
