import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { SIM_TOKEN_LIFETIME_SECONDS } from './fixtures';

/**
 * Access tokens that really expire. HS256 with a key made per simulator run (TokenX
 * uses RS256 from Keycloak; the algorithm is not what a client checks). The claims
 * copy Token's sample (reference §2.1). A token can also be revoked early, for the
 * "token expiry" fault.
 */

export type TokenCheck =
  | { ok: true; clientId: string }
  | { ok: false; code: '0001' | '0002' | '0003' | '0004' | '0005'; description: string };

const b64url = (value: Buffer | string): string => Buffer.from(value).toString('base64url');

export class JwtIssuer {
  readonly #key = randomBytes(32);
  #revokedBefore = 0;
  lifetimeSeconds = SIM_TOKEN_LIFETIME_SECONDS;

  readonly #now: () => number;

  constructor(now: () => number) {
    this.#now = now;
  }

  issue(clientId: string): { accessToken: string; expiresIn: number } {
    const iat = Math.floor(this.#now() / 1000);
    const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
    const claims = b64url(
      JSON.stringify({
        iss: 'http://simulator/auth/realms/tokenx-dtokc',
        typ: 'Bearer',
        scope: 'profile email',
        azp: clientId,
        clientId,
        merchantId: clientId,
        preferred_username: `service-account-${clientId}`,
        iat,
        issuedAtMs: this.#now(),
        exp: iat + this.lifetimeSeconds,
        jti: randomUUID(),
      }),
    );
    const signature = b64url(createHmac('sha256', this.#key).update(`${header}.${claims}`).digest());
    return { accessToken: `${header}.${claims}.${signature}`, expiresIn: this.lifetimeSeconds };
  }

  /** Every token issued until now stops working. */
  revokeAll(): void {
    this.#revokedBefore = this.#now() + 1;
  }

  check(authorization: string | undefined): TokenCheck {
    const match = /^Bearer ([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(authorization ?? '');
    if (match === null) return { ok: false, code: '0004', description: 'Authorization header is missing or improperly formatted.' };
    const [, header = '', claims = '', signature = ''] = match;
    const parsed = (part: string): Record<string, unknown> | null => {
      try {
        const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
        return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
      } catch {
        return null;
      }
    };
    const head = parsed(header);
    if (head?.alg !== 'HS256') return { ok: false, code: '0001', description: "JWT token's algorithm does not match the expected one." };
    const expected = createHmac('sha256', this.#key).update(`${header}.${claims}`).digest();
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return { ok: false, code: '0003', description: "JWT token's signature is invalid or does not match the expected signature." };
    }
    const body = parsed(claims);
    const exp = body?.exp;
    const issuedAtMs = body?.issuedAtMs;
    if (typeof exp !== 'number' || typeof issuedAtMs !== 'number' || exp * 1000 <= this.#now() || issuedAtMs < this.#revokedBefore) {
      return { ok: false, code: '0002', description: 'JWT token has expired and is no longer valid.' };
    }
    const clientId = body?.clientId;
    if (typeof clientId !== 'string') return { ok: false, code: '0005', description: 'Specific field (clientId) cannot be extracted from the JWT token.' };
    return { ok: true, clientId };
  }
}
