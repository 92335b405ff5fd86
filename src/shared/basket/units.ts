import { z } from 'zod';

/**
 * Units as UN/ECE Recommendation 20 codes, the ones e-Fatura/e-Arşiv and TokenX use.
 * Countable units take whole quantities; measured ones take thousandths (grams of a kg).
 */
export const UNIT_CODES = ['C62', 'KGM', 'GRM', 'LTR', 'MLT', 'MTR', 'MTK', 'PA', 'BX'] as const;
export const unitCodeSchema = z.enum(UNIT_CODES);
export type UnitCode = z.infer<typeof unitCodeSchema>;

interface UnitInfo {
  en: string;
  tr: string;
  measured: boolean;
  /** Spellings seen in Turkish Excel exports, folded to lower case. */
  aliases: readonly string[];
}

export const UNITS: Readonly<Record<UnitCode, UnitInfo>> = {
  C62: { en: 'piece', tr: 'adet', measured: false, aliases: ['adet', 'ad', 'piece', 'pcs', 'pc', 'ea'] },
  KGM: { en: 'kg', tr: 'kg', measured: true, aliases: ['kg', 'kilo', 'kilogram'] },
  GRM: { en: 'g', tr: 'gr', measured: true, aliases: ['g', 'gr', 'gram'] },
  LTR: { en: 'litre', tr: 'litre', measured: true, aliases: ['l', 'lt', 'litre', 'liter'] },
  MLT: { en: 'ml', tr: 'ml', measured: true, aliases: ['ml', 'mililitre'] },
  MTR: { en: 'metre', tr: 'metre', measured: true, aliases: ['m', 'mt', 'metre', 'meter'] },
  MTK: { en: 'm²', tr: 'm²', measured: true, aliases: ['m2', 'm²', 'metrekare'] },
  PA: { en: 'packet', tr: 'paket', measured: false, aliases: ['paket', 'pk', 'packet', 'pack'] },
  BX: { en: 'box', tr: 'kutu', measured: false, aliases: ['kutu', 'koli', 'box'] },
};

export const isMeasuredUnit = (unit: UnitCode): boolean => UNITS[unit].measured;

const BY_SPELLING = new Map<string, UnitCode>(
  UNIT_CODES.flatMap((code) => [[code.toLowerCase(), code] as const, ...UNITS[code].aliases.map((alias) => [alias, code] as const)]),
);

/**
 * Reads a unit code or a common Turkish/English spelling; null when unknown. ASCII is
 * lower-cased plainly (so "LITRE" is litre, not "lıtre"); anything else by Turkish rules.
 */
export function parseUnit(text: string): UnitCode | null {
  const trimmed = text.trim();
  const folded = /^[\x20-\x7e]*$/u.test(trimmed) ? trimmed.toLowerCase() : trimmed.toLocaleLowerCase('tr-TR');
  return BY_SPELLING.get(folded) ?? null;
}
