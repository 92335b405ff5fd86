/**
 * Money is integer kuruş, quantities integer thousandths. Everything that turns them
 * into text or back lives here so the renderer and main agree to the kuruş.
 */

const tryFormatter = new Intl.NumberFormat('tr-TR', { style: 'currency', currency: 'TRY' });
const plainFormatter = new Intl.NumberFormat('tr-TR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const quantityFormatter = new Intl.NumberFormat('tr-TR', { maximumFractionDigits: 3 });

export type Kurus = number;

export function assertKurus(value: number): asserts value is Kurus {
  if (!Number.isSafeInteger(value)) throw new RangeError(`Not a whole number of kuruş: ${value}`);
}

/** `123456` → `₺1.234,56` */
export function formatTry(kurus: Kurus): string {
  assertKurus(kurus);
  return tryFormatter.format(kurus / 100);
}

/** `123456` → `1.234,56` (for tables where the currency is in the header). */
export function formatAmount(kurus: Kurus): string {
  assertKurus(kurus);
  return plainFormatter.format(kurus / 100);
}

/** `1500` thousandths → `1,5` */
export function formatQuantity(thousandths: number): string {
  return quantityFormatter.format(thousandths / 1000);
}

export type ParseAmountError = 'empty' | 'format' | 'too-many-decimals' | 'too-large';

/**
 * Reads an amount typed the Turkish way (`1.234,56`, `1234,5`, `12`) into kuruş,
 * using only string arithmetic so no binary fraction ever touches the value.
 * A lone `.` followed by exactly two digits is accepted as a decimal point too,
 * because cashiers type on numeric keypads whose decimal key sends `.`.
 */
export function parseAmount(input: string): { ok: true; kurus: Kurus } | { ok: false; reason: ParseAmountError } {
  const text = input.trim().replace(/\s|₺|TL$/giu, '');
  if (text === '') return { ok: false, reason: 'empty' };
  let normalized: string;
  if (text.includes(',')) {
    if (!/^\d{1,3}(\.\d{3})*(,\d*)?$|^\d+(,\d*)?$/u.test(text)) return { ok: false, reason: 'format' };
    normalized = text.replace(/\./gu, '').replace(',', '.');
  } else if (/^\d+\.\d{1,2}$/u.test(text)) {
    normalized = text;
  } else if (/^\d{1,3}(\.\d{3})+$|^\d+$/u.test(text)) {
    normalized = text.replace(/\./gu, '');
  } else {
    return { ok: false, reason: 'format' };
  }
  const [whole = '0', fraction = ''] = normalized.split('.');
  if (fraction.length > 2) return { ok: false, reason: 'too-many-decimals' };
  const kurus = BigInt(whole === '' ? '0' : whole) * 100n + BigInt(fraction.padEnd(2, '0') || '0');
  if (kurus > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, reason: 'too-large' };
  return { ok: true, kurus: Number(kurus) };
}
