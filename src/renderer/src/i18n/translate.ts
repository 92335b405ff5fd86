import type { Language } from '../../../shared/settings';
import type { StringKey } from './strings';
import { dictionaries } from './strings';

export type Translate = (key: StringKey, params?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  const dictionary = dictionaries[language];
  return (key, params) =>
    Object.entries(params ?? {}).reduce<string>(
      (text, [name, value]) => text.replaceAll(`{${name}}`, String(value)),
      dictionary[key],
    );
}
