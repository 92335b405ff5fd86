/**
 * Folds text for search the way a Turkish cashier types: Turkish case rules (İ→i,
 * I→ı), then every accent and the dotless ı dropped, so "SÜT", "süt" and "sut" meet,
 * and "IŞIK" is found by "ışık" and by "isik".
 */
export function foldTurkish(text: string): string {
  return text.toLocaleLowerCase('tr-TR').normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/gu, 'i');
}

/** The words of a search query, folded, each at least one letter or digit. */
export const searchTokens = (query: string): string[] => foldTurkish(query).split(/[^\p{L}\p{N}]+/u).filter((token) => token.length > 0);
