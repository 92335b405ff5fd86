import { useMemo } from 'react';
import { useAppStore } from '../state/appStore';
import type { Translate } from './translate';
import { translator } from './translate';

export function useLanguage() {
  return useAppStore((state) => state.settings?.language ?? 'tr');
}

export function useT(): Translate {
  const language = useLanguage();
  return useMemo(() => translator(language), [language]);
}
