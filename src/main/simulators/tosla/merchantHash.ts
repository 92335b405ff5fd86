import { createHash } from 'node:crypto';

/** A merchant's API account, the three values of vendor-docs "Ortam Bilgileri". */
export interface MerchantAccount {
  clientId: string;
  apiUser: string;
  apiPass: string;
}

/** The test merchant the vendor publishes ("Ortam Bilgileri"); the simulator's only merchant unless told otherwise. */
export const PUBLISHED_TEST_MERCHANT: MerchantAccount = {
  clientId: '1000000494',
  apiUser: 'POS_ENT_Test_001',
  apiPass: 'POS_ENT_Test_001!*!*',
};

/**
 * The hash a call must carry (vendor-docs "Hash Üretimi"): ApiPass, ClientId, ApiUser,
 * the random string and TimeSpan joined end to end, the SHA512 of its UTF-8 bytes (the
 * C# sample's `Encoding.UTF8`), base64-encoded (`Convert.ToBase64String`, padded).
 */
export function merchantHash(account: MerchantAccount, rnd: string, timeSpan: string): string {
  const joined = account.apiPass + account.clientId + account.apiUser + rnd + timeSpan;
  return createHash('sha512').update(Buffer.from(joined, 'utf8')).digest('base64');
}
