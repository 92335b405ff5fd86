/** The Turkish letters, each to the plain letter a cashier types for it; the three i's all to i. */
const TURKISH_LETTERS: Readonly<Record<string, string>> = { İ: 'i', I: 'i', ı: 'i', Ş: 's', ş: 's', Ğ: 'g', ğ: 'g', Ü: 'u', ü: 'u', Ö: 'o', ö: 'o', Ç: 'c', ç: 'c' };

/**
 * Folds text for search the way a Turkish cashier types: Turkish case rules (İ→i,
 * I→ı), then every accent and the dotless ı dropped, so "SÜT", "süt" and "sut" meet,
 * and "IŞIK" is found by "ışık" and by "isik". The Turkish letters are mapped directly
 * (a locale-aware lower-casing costs several times more, and an import folds every
 * name); only other accented letters go through decomposition.
 */
export function foldTurkish(text: string): string {
  const lower = text.replace(/[İIıŞşĞğÜüÖöÇç]/gu, (letter) => TURKISH_LETTERS[letter] ?? letter).toLowerCase();
  return /[^ -~]/u.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
}

/** The words of a search query, folded, each at least one letter or digit. */
export const searchTokens = (query: string): string[] => foldTurkish(query).split(/[^\p{L}\p{N}]+/u).filter((token) => token.length > 0);
