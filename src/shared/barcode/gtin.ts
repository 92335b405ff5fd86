/**
 * Retail barcodes of the GTIN family (EAN-13, EAN-8, UPC-A). They share one check
 * digit rule: weights 3 and 1 alternate from the digit next to the check digit.
 */

export type GtinKind = 'EAN-13' | 'EAN-8' | 'UPC-A';

const KIND_BY_LENGTH: Readonly<Record<number, GtinKind>> = { 8: 'EAN-8', 12: 'UPC-A', 13: 'EAN-13' };

/** The check digit for the digits before it (the code without its last digit). */
export function gtinCheckDigit(body: string): number {
  if (!/^\d+$/u.test(body)) throw new RangeError(`Not a digit string: ${body}`);
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += i % 2 === 0 ? digit * 3 : digit;
  }
  return (10 - (sum % 10)) % 10;
}

export type GtinCheck =
  | { ok: true; kind: GtinKind }
  | { ok: false; reason: 'not-digits' | 'length' | 'check-digit'; expectedCheckDigit?: number };

/** Whether a scanned or typed code is a well-formed EAN-13, EAN-8 or UPC-A. */
export function checkGtin(code: string): GtinCheck {
  if (!/^\d+$/u.test(code)) return { ok: false, reason: 'not-digits' };
  const kind = KIND_BY_LENGTH[code.length];
  if (kind === undefined) return { ok: false, reason: 'length' };
  const expected = gtinCheckDigit(code.slice(0, -1));
  if (expected !== code.charCodeAt(code.length - 1) - 48) {
    return { ok: false, reason: 'check-digit', expectedCheckDigit: expected };
  }
  return { ok: true, kind };
}

/** Appends the check digit: `withCheckDigit('869000000001')` → a valid EAN-13. */
export const withCheckDigit = (body: string): string => body + String(gtinCheckDigit(body));

export interface BarcodeProblem {
  code: 'barcode.not-digits' | 'barcode.length' | 'barcode.check-digit';
  message: string;
  messageTr: string;
}

/** The English and Turkish text for a failed check, naming the code. */
export function describeGtinProblem(code: string, check: Extract<GtinCheck, { ok: false }>): BarcodeProblem {
  switch (check.reason) {
    case 'not-digits':
      return {
        code: 'barcode.not-digits',
        message: `Barcode "${code}" must contain digits only.`,
        messageTr: `"${code}" barkodu yalnızca rakamlardan oluşmalı.`,
      };
    case 'length':
      return {
        code: 'barcode.length',
        message: `Barcode "${code}" has ${code.length} digits; EAN-13 has 13, EAN-8 has 8 and UPC-A has 12.`,
        messageTr: `"${code}" barkodu ${code.length} haneli; EAN-13 13, EAN-8 8, UPC-A 12 hanelidir.`,
      };
    case 'check-digit':
      return {
        code: 'barcode.check-digit',
        message: `Barcode "${code}" has a wrong check digit (expected ${check.expectedCheckDigit}); it was misread or mistyped.`,
        messageTr: `"${code}" barkodunun kontrol hanesi yanlış (${check.expectedCheckDigit} olmalı); yanlış okunmuş veya yazılmış.`,
      };
  }
}
