import { createHash, randomBytes } from 'node:crypto';

/** What the core needs to sign a Tosla call; it comes from the secret store or the training simulator. */
export interface ToslaCredentials {
  clientId: string;
  apiUser: string;
  apiPass: string;
}

const sha512Base64 = (text: string): string => createHash('sha512').update(text, 'utf8').digest('base64');

/** base64(SHA-512(apiPass + clientId + apiUser + rnd + timeSpan)), no separators. */
export function requestHash(credentials: ToslaCredentials, rnd: string, timeSpan: string): string {
  return sha512Base64(credentials.apiPass + credentials.clientId + credentials.apiUser + rnd + timeSpan);
}

/**
 * The 3D callback hash: apiPass followed by the values named in `HashParameters`, in
 * order, fields the POST lacks counting as empty (reference §6.4).
 */
export function callbackHash(apiPass: string, values: readonly string[]): string {
  return sha512Base64(apiPass + values.join(''));
}

/** 24 uppercase hex characters, the longest `rnd` the API takes; fresh for every call. */
export const freshRnd = (): string => randomBytes(12).toString('hex').toUpperCase();
