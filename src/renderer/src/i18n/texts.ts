import type { Language } from '../../../shared/settings';

/**
 * Every text on screen, Turkish first, by the part of the app that shows it. Each part
 * (a screen, `components/`, `layout/`) keeps its texts beside it in a `strings.ts` that
 * adds itself to this catalog by declaration merging, so i18n imports no screen:
 *
 *     declare module '../../i18n/texts' {
 *       interface TextCatalog { cashier: typeof cashierTr }
 *     }
 *
 * The app's root (`texts.ts`) registers every part once; the compiler refuses a part it
 * leaves out, and English must have exactly the Turkish keys.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by each part's declaration merging
export interface TextCatalog {}

type Part = keyof TextCatalog;
export type StringKey = { [P in Part]: keyof TextCatalog[P] & string }[Part];

/** One part's texts: Turkish, and English with exactly the same keys. */
export interface PartTexts<T> {
  tr: T;
  en: Record<keyof T, string>;
}
export type Catalog = { [P in Part]: PartTexts<TextCatalog[P]> };

/** The registered texts by language; filled once, before the first render. */
export const dictionaries: Record<Language, Record<StringKey, string>> = { tr: {} as Record<StringKey, string>, en: {} as Record<StringKey, string> };

/** Registers every part's texts. A key two parts declare would show one of them at random, so it stops the app instead. */
export function registerTexts(catalog: Catalog): void {
  const owner = new Map<string, string>();
  for (const [part, texts] of Object.entries<PartTexts<Record<string, string>>>(catalog)) {
    for (const key of Object.keys(texts.tr)) {
      const other = owner.get(key);
      if (other !== undefined && other !== part) throw new Error(`The text "${key}" is declared by both ${other} and ${part}.`);
      owner.set(key, part);
    }
    Object.assign(dictionaries.tr, texts.tr);
    Object.assign(dictionaries.en, texts.en);
  }
}
