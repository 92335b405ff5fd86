/**
 * The numbers and texts Tosla writes, as the vendor's tables give them. Sources:
 * vendor-docs "İşlem Listeleme" (TransactionType, RequestStatus), the CODE/MESSAGE tables
 * under each method, and reference/tosla-protocol.md §6.9 and §7 for what the tables
 * leave out (TransactionType 2 and 3, seen in recorded inquiries and mappings).
 */

export const TransactionType = {
  /** "1 Satış" */
  sale: 1,
  /** Not in the doc's table; recorded inquiries show 2 for a pre-auth (reference §6.9). */
  preAuth: 2,
  /** "4 İptal" */
  void: 4,
  /** "5 İade" */
  refund: 5,
} as const;

export const RequestStatus = {
  /** "0 Hatalı" */
  failed: 0,
  /** "1 Başarılı" */
  successful: 1,
  /** "2 İptal Edildi" */
  voided: 2,
  /** "3 Parçalı İade Edildi" */
  partiallyRefunded: 3,
  /** "4 … Tamamı İade Edildi" */
  fullyRefunded: 4,
  /** "5 Ön Otorizasyon Kapandı" */
  preAuthClosed: 5,
} as const;

/** `Code` values with the vendor's own `Message` texts (spelling as written there, "Orjinal" included). */
export const VendorCode = {
  success: { code: 0, message: 'Başarılı' },
  originalNotFound: { code: 101, message: 'Orjinal Kayıt Bulunamadı' },
  refundAboveSale: { code: 103, message: 'İade Tutarı Satış Tutarından Büyük Olamaz' },
  refundedAmountError: { code: 104, message: 'RefundedAmountError' },
  merchantNotFound: { code: 200, message: 'Üye İşyeri Bulunamadı' },
  merchantUserNotFound: { code: 202, message: 'Üye İşyeri Kullanıcısı Bulunamadı' },
  notPermittedForApiUser: { code: 250, message: 'Üye İşyeri Api Kullanıcısı için Yetkisiz İşlem' },
  hashError: { code: 997, message: 'Hash Hatası' },
  validationError: { code: 998, message: 'Validasyon Hatası' },
  generalError: { code: 999, message: 'Genel Hata' },
} as const;

/** Code 1 is every business-rule refusal; its texts vary with the rule. */
export const BUSINESS_RULE_CODE = 1;
