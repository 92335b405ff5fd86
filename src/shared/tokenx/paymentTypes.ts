/**
 * TokenX payment types and operator ids (reference §3; 1 and 3 confirmed, the rest
 * from Token's Wire doc via a third party). Shared by the renderer, the client and the
 * simulator's virtual ÖKC.
 */

export interface WireCode {
  readonly code: number;
  readonly tr: string;
  readonly en: string;
}

export const PAYMENT_TYPES: readonly WireCode[] = [
  { code: 1, tr: 'Nakit', en: 'Cash' },
  { code: 2, tr: 'Çek', en: 'Cheque' },
  { code: 3, tr: 'Kredi kartı', en: 'Credit card' },
  { code: 7, tr: 'Yemek kartı', en: 'Meal card' },
  { code: 8, tr: 'Ödemesiz', en: 'No payment' },
  { code: 9, tr: 'İkram', en: 'Complimentary' },
  { code: 11, tr: 'Puan', en: 'Loyalty points' },
  { code: 12, tr: 'EPOS (sanal POS)', en: 'EPOS (virtual POS)' },
  { code: 13, tr: 'Mobil', en: 'Mobile' },
  { code: 14, tr: 'E-para', en: 'E-money' },
  { code: 15, tr: 'Bağış', en: 'Donation' },
  { code: 16, tr: 'Bond', en: 'Bond' },
  { code: 17, tr: 'Açık hesap', en: 'Open account' },
  { code: 18, tr: 'Para transferi', en: 'Money transfer' },
  { code: 19, tr: 'Ulaşım kartı', en: 'Transport card' },
  { code: 20, tr: 'Hediye kartı', en: 'Gift card' },
];

export const PAYMENT_TYPE = { cash: 1, creditCard: 3, mealCard: 7 } as const;

/** Meal-card operators, used with payment type 7. 1000 is Token's test app. */
export const MEAL_CARD_OPERATOR_CODES: readonly WireCode[] = [
  { code: 1000, tr: 'Test uygulaması', en: 'Test app' },
  { code: 1001, tr: 'Edenred', en: 'Edenred' },
  { code: 1002, tr: 'Multinet', en: 'Multinet' },
  { code: 1003, tr: 'Setcard', en: 'Setcard' },
  { code: 1004, tr: 'Pluxee (Sodexo)', en: 'Pluxee (Sodexo)' },
  { code: 1005, tr: 'TokenFlex', en: 'TokenFlex' },
  { code: 1006, tr: 'Metropol', en: 'Metropol' },
];

/** Banks, used with payment type 3. */
export const BANK_OPERATOR_CODES: readonly WireCode[] = [
  { code: 10, tr: 'Ziraat Bankası', en: 'Ziraat Bank' },
  { code: 12, tr: 'Halkbank', en: 'Halkbank' },
  { code: 15, tr: 'VakıfBank', en: 'VakıfBank' },
  { code: 32, tr: 'TEB', en: 'TEB' },
  { code: 46, tr: 'Akbank', en: 'Akbank' },
  { code: 62, tr: 'Garanti BBVA', en: 'Garanti BBVA' },
  { code: 64, tr: 'İş Bankası', en: 'İşbank' },
  { code: 67, tr: 'Yapı Kredi', en: 'Yapı Kredi' },
  { code: 111, tr: 'QNB', en: 'QNB' },
  { code: 133, tr: 'ING', en: 'ING' },
];
