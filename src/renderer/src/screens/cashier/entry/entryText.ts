import { checkGtin } from '../../../../../shared/barcode/gtin';
import { MAX_QUANTITY } from '../../../../../shared/basket/model';
import { readQuantity } from '../state/numberEntry';

/**
 * What the text in the entry field means when Enter is pressed (or, for `3*`, as it is
 * typed). Decided by the text alone, never by how fast it arrived: a scanner on a busy
 * PC or over Bluetooth types as slowly as it likes and is still one code.
 */
export type EntryMeaning =
  | { kind: 'empty' }
  | { kind: 'plu'; digits: string }
  | { kind: 'barcode'; code: string }
  /** A scan that landed after something typed (a search half-written): the scan counts, the text stays. */
  | { kind: 'scan-after-text'; code: string; text: string }
  | { kind: 'words'; query: string };

/** Codes this short are PLUs (weighed goods, bread) typed by hand; anything longer is a barcode. */
export const MAX_PLU_DIGITS = 6;

/** The longest retail barcodes (EAN-13) and the shortest (EAN-8) a scan at the end of typed text may be. */
const TRAILING_SCAN = /^(.*\D)(\d{8}|\d{12,13})$/u;

export function readEntry(text: string): EntryMeaning {
  const query = text.trim();
  if (query === '') return { kind: 'empty' };
  if (/^\d+$/u.test(query)) return query.length <= MAX_PLU_DIGITS ? { kind: 'plu', digits: query } : { kind: 'barcode', code: query };
  const trailing = TRAILING_SCAN.exec(query);
  if (trailing?.[1] !== undefined && trailing[2] !== undefined && checkGtin(trailing[2]).ok) {
    return { kind: 'scan-after-text', code: trailing[2], text: trailing[1].trimEnd() };
  }
  return { kind: 'words', query };
}

/** `3*` or `1,5*` typed: the next item's quantity in thousandths; null for anything else. */
export function readMultiplier(text: string): number | null {
  const match = /^(\d+(?:[.,]\d{1,3})?)\*$/u.exec(text.trim());
  if (match?.[1] === undefined) return null;
  // Measured goods may take 1,5*; countable ones are checked when the item comes in.
  const reading = readQuantity(match[1], 'KGM', MAX_QUANTITY);
  return reading.ok ? reading.value : null;
}

/** Letters typed: worth a search once there are two characters. */
export const isSearch = (text: string): boolean => {
  const query = text.trim();
  return query.length >= 2 && !/^\d+$/u.test(query);
};
