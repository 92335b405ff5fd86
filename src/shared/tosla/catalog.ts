/**
 * Every Tosla İşim `Code`, `RequestStatus` and `TransactionType` value with the text a
 * manager reads, in Turkish and English. Shared so main's errors and the renderer's
 * tables say the same thing. Source: reference/tosla-protocol.md §7.
 */

export interface CatalogText {
  tr: string;
  en: string;
}

export const TOSLA_CODES: Readonly<Record<number, CatalogText>> = {
  0: { tr: 'Başarılı', en: 'Success' },
  1: {
    tr: 'İşlem kuralı nedeniyle reddedildi (ör. gün sonu alınmış, hakediş yetersiz, ön otorizasyon kapanmış)',
    en: 'Refused by a business rule (e.g. day already closed, settled balance too low, pre-auth already captured)',
  },
  100: { tr: 'Ödeme hatalı', en: 'Payment failed' },
  101: { tr: 'Orijinal kayıt bulunamadı', en: 'Original record not found' },
  103: { tr: 'İade tutarı satış tutarından büyük olamaz', en: 'Refund amount cannot exceed the sale amount' },
  104: {
    tr: 'Bu iade ile toplam iade tutarı satış tutarını aşıyor',
    en: 'This refund would bring the total refunded above the sale amount',
  },
  200: { tr: 'Üye işyeri bulunamadı', en: 'Merchant not found' },
  202: { tr: 'Üye işyeri kullanıcısı bulunamadı', en: 'Merchant API user not found' },
  250: { tr: 'Üye işyeri API kullanıcısı için yetkisiz işlem', en: 'Operation not permitted for this API user' },
  400: { tr: 'CVV biçimi hatalı', en: 'CVV format error' },
  401: { tr: 'Son kullanma tarihi biçimi hatalı', en: 'Expiry date format error' },
  402: { tr: 'Kart numarası biçimi hatalı', en: 'Card number format error' },
  510: {
    tr: 'Komisyonlu ödemede toplam tutar sıfırdan büyük olmalı',
    en: 'With commission on, the total amount must be above zero',
  },
  511: { tr: 'Komisyonlu tutar yanlış hesaplanmış', en: 'The commission-inclusive amount is wrong' },
  997: { tr: 'Hash hatası (kimlik bilgileri yanlış)', en: 'Hash error (wrong credentials)' },
  998: { tr: 'Doğrulama hatası', en: 'Validation error' },
  999: { tr: 'Genel hata', en: 'General error' },
};

export const TOSLA_REQUEST_STATUSES: Readonly<Record<number, CatalogText>> = {
  0: { tr: 'Hatalı', en: 'Failed' },
  1: { tr: 'Başarılı', en: 'Successful' },
  2: { tr: 'İptal edildi', en: 'Voided' },
  3: { tr: 'Parçalı iade edildi', en: 'Partially refunded' },
  4: { tr: 'Tamamı iade edildi', en: 'Fully refunded' },
  5: { tr: 'Ön otorizasyon kapandı', en: 'Pre-authorisation captured' },
  6: { tr: 'Parçalı harcama itirazı', en: 'Partial chargeback' },
  7: { tr: 'Tam harcama itirazı', en: 'Full chargeback' },
  10: { tr: '3D bekleniyor', en: 'Awaiting 3D Secure' },
  11: { tr: '3D’ye gönderildi', en: 'Sent to 3D Secure' },
  12: { tr: '3D’den cevap geldi', en: '3D Secure answered' },
  14: { tr: 'İade bekleniyor', en: 'Refund pending' },
  15: { tr: 'Vazgeçildi (tamamlanmadı)', en: 'Cancelled (not completed)' },
  16: { tr: 'İleri vadeli alacaktan iade', en: 'Refunded from a forward-dated receivable' },
};

export const TOSLA_TRANSACTION_TYPES: Readonly<Record<number, CatalogText>> = {
  1: { tr: 'Satış', en: 'Sale' },
  2: { tr: 'Ön otorizasyon', en: 'Pre-authorisation' },
  3: { tr: 'Ön otorizasyon kapama', en: 'Pre-authorisation capture' },
  4: { tr: 'İptal', en: 'Void' },
  5: { tr: 'İade', en: 'Refund' },
  6: { tr: 'Harcama itirazı', en: 'Chargeback' },
};

/** Well-known RequestStatus values the void/refund logic branches on. */
export const REQUEST_STATUS = {
  failed: 0,
  successful: 1,
  voided: 2,
  partiallyRefunded: 3,
  fullyRefunded: 4,
  preAuthCaptured: 5,
} as const;

export const TRANSACTION_TYPE = { sale: 1, preAuth: 2, postAuth: 3, void: 4, refund: 5, chargeback: 6 } as const;

const unknownText = (tr: string, en: string, value: number): CatalogText => ({
  tr: `Bilinmeyen ${tr} (${value})`,
  en: `Unknown ${en} (${value})`,
});

export const describeCode = (code: number): CatalogText => TOSLA_CODES[code] ?? unknownText('kod', 'code', code);
export const describeRequestStatus = (status: number): CatalogText =>
  TOSLA_REQUEST_STATUSES[status] ?? unknownText('durum', 'status', status);
export const describeTransactionType = (type: number): CatalogText =>
  TOSLA_TRANSACTION_TYPES[type] ?? unknownText('işlem türü', 'transaction type', type);
