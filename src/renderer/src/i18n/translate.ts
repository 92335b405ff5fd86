import type { Bilingual } from '../../../shared/bilingual';
import type { Language } from '../../../shared/settings';
import type { StringKey } from './texts';
import { dictionaries } from './texts';

export type Translate = (key: StringKey, params?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  const dictionary = dictionaries[language];
  return (key, params) =>
    Object.entries(params ?? {}).reduce<string>(
      (text, [name, value]) => text.replaceAll(`{${name}}`, String(value)),
      dictionary[key],
    );
}

/** A text in both languages, for what is kept before it is shown (a failure's offer). */
export const inBothLanguages = (key: StringKey): Bilingual => ({ tr: translator('tr')(key), en: translator('en')(key) });
