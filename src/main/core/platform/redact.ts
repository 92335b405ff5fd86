/**
 * Removes secrets from whatever is about to be written to a log or a diagnostics
 * bundle. Callers are not supposed to log secrets at all; this is the net under them,
 * so it errs on the side of removing too much.
 *
 * Two nets: field names that always hold secrets (whatever the value looks like), and
 * value shapes that are secrets wherever they appear (auth headers, JWTs, long random
 * tokens and hashes, `name=value` pairs with a secret name, card numbers).
 */

export const REDACTED = '[redacted]';
export const CARD_REDACTED = '[card]';

/** Field names whose values are secrets. `tokenx…` is the service's name, not a token. */
const SECRET_FIELD =
  /secret|passw|apipass|pwd|token(?!x)|authori[sz]ation|authheader|cookie|signature|credential|apikey|privatekey|cvv|cvc|cardnumber|^pan$|^pin$|pin$|pincode|^hash$|hash$/iu;

/** `Bearer …` / `Basic …` credentials, as in the TokenX and webhook Authorization values. */
const AUTH_SCHEME = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/giu;
/** JSON Web Tokens: three base64url parts, the first always starts with `eyJ` (`{"`). */
const JWT = /\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/gu;
/** `name=value`, `name: value` and `"name":"value"` where the name says secret. */
const SECRET_PAIR =
  /(["']?)\b(client[_-]?secret|api[_-]?pass|pass(?:word)?|secret|(?:new|current|manager)?[_-]?pin(?:[_-]?code)?|hash|(?:access|refresh|approval)?[_-]?token|authorization|api[_-]?key)\1(\s*[:=]\s*)(["']?)[^\s"'&,;}]+/giu;
/** A run of base64/base64url characters long enough to be a key, token or hash. */
const LONG_RUN = /[A-Za-z0-9+/_=-]{24,}/gu;
/** Digit runs that may be card numbers (15–19 digits, optionally grouped by spaces or dashes). */
const CARD_CANDIDATE = /\b\d(?:[ -]?\d){14,18}\b/gu;

const classOf = (char: string): number => (/[a-z]/u.test(char) ? 1 : /[A-Z]/u.test(char) ? 2 : /\d/u.test(char) ? 3 : 0);

/**
 * Random base64 switches between lower case, upper case and digits at almost every
 * character; words, paths and identifiers do not. Hex (UUIDs, SHA-256 audit hashes)
 * has no upper case, so basket ids stay readable.
 */
function looksRandom(run: string): boolean {
  if (!/[a-z]/u.test(run) || !/[A-Z]/u.test(run)) return false;
  let switches = 0;
  let letters = 0;
  let previous = 0;
  for (const char of run) {
    const kind = classOf(char);
    if (kind === 0) continue;
    if (previous !== 0 && kind !== previous) switches += 1;
    previous = kind;
    letters += 1;
  }
  return letters > 0 && switches / letters >= 0.3;
}

/** The Luhn check every payment card number passes (EAN-13 barcodes and epoch times are shorter). */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export function redactText(text: string): string {
  return text
    .replace(AUTH_SCHEME, (_match, scheme: string) => `${scheme} ${REDACTED}`)
    .replace(JWT, REDACTED)
    .replace(SECRET_PAIR, (_match, quote: string, name: string, separator: string, valueQuote: string) =>
      `${quote}${name}${quote}${separator}${valueQuote}${REDACTED}`,
    )
    .replace(LONG_RUN, (run) => (looksRandom(run) ? REDACTED : run))
    .replace(CARD_CANDIDATE, (run) => {
      const digits = run.replace(/[ -]/gu, '');
      return digits.length >= 15 && digits.length <= 19 && passesLuhn(digits) ? CARD_REDACTED : run;
    });
}

export const isSecretField = (name: string): boolean => SECRET_FIELD.test(name.replace(/[\s_-]/gu, ''));

const MAX_DEPTH = 8;

/** A redacted deep copy: secret fields blanked, every string scrubbed, errors flattened. */
export function redactValue(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return redactText(value);
  if (typeof value === 'number' || typeof value === 'bigint') {
    const text = String(value);
    const scrubbed = redactText(text);
    return scrubbed === text ? value : scrubbed;
  }
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[circular]';
  if (depth >= MAX_DEPTH) return '[too deep]';
  seen.add(value);
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) return `[binary ${value.byteLength} bytes]`;
  if (value instanceof Error) {
    return redactValue({ name: value.name, message: value.message, stack: value.stack }, depth + 1, seen);
  }
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1, seen));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      isSecretField(key) && item !== null && item !== undefined && item !== '' ? REDACTED : redactValue(item, depth + 1, seen),
    ]),
  );
}

export function redactFields(fields: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  return fields === undefined ? undefined : (redactValue(fields) as Record<string, unknown>);
}
