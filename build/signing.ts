import type { WindowsConfiguration } from 'electron-builder';

/**
 * Windows code signing, chosen by environment variables so the same configuration
 * builds signed releases in CI and unsigned installers on a developer's machine:
 *
 * - Azure Trusted Signing: AZURE_TRUSTED_SIGNING_ENDPOINT, AZURE_TRUSTED_SIGNING_ACCOUNT,
 *   AZURE_TRUSTED_SIGNING_PROFILE and TEZGAH_PUBLISHER_NAME; the service principal comes
 *   from AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET (read by Azure's signing module).
 * - EV certificate on a hardware token or in the certificate store: TEZGAH_SIGN_SHA1
 *   (the certificate's thumbprint) and TEZGAH_PUBLISHER_NAME; signtool finds the key.
 * - Authenticode .pfx: WIN_CSC_LINK (or CSC_LINK: a path, https URL or base64) and
 *   WIN_CSC_KEY_PASSWORD (or CSC_KEY_PASSWORD), read by electron-builder itself, and
 *   TEZGAH_PUBLISHER_NAME.
 * - none of these: an unsigned build (Windows SmartScreen will warn on install).
 *
 * TEZGAH_PUBLISHER_NAME (the certificate's CN) also goes into app-update.yml, so a
 * signed till installs only updates signed by the same publisher. TEZGAH_REQUIRE_SIGNING=1
 * makes a build without a certificate fail instead of silently shipping unsigned.
 */

export type SigningMethod = 'azure-trusted-signing' | 'certificate-store' | 'pfx' | 'unsigned';

const TIMESTAMP = 'http://timestamp.digicert.com';

type Env = Record<string, string | undefined>;

const present = (env: Env, name: string): string | undefined => {
  const value = env[name]?.trim();
  return value ? value : undefined;
};

export function signingMethod(env: Env): SigningMethod {
  if (present(env, 'AZURE_TRUSTED_SIGNING_ENDPOINT')) return 'azure-trusted-signing';
  if (present(env, 'TEZGAH_SIGN_SHA1')) return 'certificate-store';
  if (present(env, 'WIN_CSC_LINK') ?? present(env, 'CSC_LINK')) return 'pfx';
  return 'unsigned';
}

function required(env: Env, name: string, method: SigningMethod): string {
  const value = present(env, name);
  if (value === undefined) throw new Error(`${method} signing needs ${name} to be set.`);
  return value;
}

/** The part of the `win` configuration that signs, for the method the environment selects. */
export function windowsSigning(env: Env): Pick<WindowsConfiguration, 'azureSignOptions' | 'signtoolOptions' | 'forceCodeSigning'> {
  const method = signingMethod(env);
  const forceCodeSigning = env.TEZGAH_REQUIRE_SIGNING === '1';
  if (forceCodeSigning && method === 'unsigned') {
    throw new Error('TEZGAH_REQUIRE_SIGNING=1 but no signing method is configured (see README, "Build installers").');
  }
  switch (method) {
    case 'azure-trusted-signing':
      return {
        forceCodeSigning,
        azureSignOptions: {
          endpoint: required(env, 'AZURE_TRUSTED_SIGNING_ENDPOINT', method),
          codeSigningAccountName: required(env, 'AZURE_TRUSTED_SIGNING_ACCOUNT', method),
          certificateProfileName: required(env, 'AZURE_TRUSTED_SIGNING_PROFILE', method),
          publisherName: required(env, 'TEZGAH_PUBLISHER_NAME', method),
        },
      };
    case 'certificate-store':
      return {
        forceCodeSigning,
        signtoolOptions: {
          certificateSha1: required(env, 'TEZGAH_SIGN_SHA1', method),
          publisherName: required(env, 'TEZGAH_PUBLISHER_NAME', method),
          signingHashAlgorithms: ['sha256'],
          rfc3161TimeStampServer: TIMESTAMP,
        },
      };
    case 'pfx':
      return {
        forceCodeSigning,
        signtoolOptions: {
          publisherName: required(env, 'TEZGAH_PUBLISHER_NAME', method),
          signingHashAlgorithms: ['sha256'],
          rfc3161TimeStampServer: TIMESTAMP,
        },
      };
    case 'unsigned':
      // No publisher name either: an unsigned till must not demand signed updates it can never get.
      return { forceCodeSigning: false };
  }
}
