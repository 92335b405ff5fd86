import { useMemo } from 'react';
import type { Language } from '../../../shared/settings';
import { useAppStore } from '../state/appStore';
import type { Bilingual } from './bilingual';
import { pick } from './bilingual';
import type { Translate } from './translate';
import { translator } from './translate';

export function useLanguage(): Language {
  return useAppStore((state) => state.settings?.language ?? 'tr');
}

export function useT(): Translate {
  const language = useLanguage();
  return useMemo(() => translator(language), [language]);
}

/** `pick` in the language on screen. */
export function usePick(): (text: Bilingual) => string {
  const language = useLanguage();
  return useMemo(() => (text: Bilingual) => pick(text, language), [language]);
}
