import type { Bilingual } from '../../../shared/bilingual';
import type { Language } from '../../../shared/settings';

export type { Bilingual } from '../../../shared/bilingual';

/** An error as main sends it (`message`, `messageTr`) in the one bilingual shape. */
export const fromError = (error: { message: string; messageTr: string }): Bilingual => ({ tr: error.messageTr, en: error.message });

export const pick = (text: Bilingual, language: Language): string => text[language];
