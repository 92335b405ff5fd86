/** A text in both of the app's languages: the one shape every bilingual label and message takes. */
export interface Bilingual {
  tr: string;
  en: string;
}
