import type { Bilingual } from '../bilingual';

/**
 * What each audit-log action and outcome means, in Turkish and English: the log stores
 * stable codes, a person reads these. Every code the core records has an entry (a test
 * reads the core's sources to keep it so); the filters offer exactly these.
 */

export const AUDIT_GROUPS: Readonly<Record<string, Bilingual>> = {
  users: { tr: 'Kullanıcılar ve oturumlar', en: 'Users and sign-ins' },
  auth: { tr: 'Yönetici onayları', en: 'Manager approvals' },
  checkout: { tr: 'Satışlar ve ÖKC', en: 'Sales and the ÖKC' },
  catalog: { tr: 'Ürün kataloğu', en: 'Product catalog' },
  tosla: { tr: 'Tosla iptal ve iadeleri', en: 'Tosla voids and refunds' },
  settings: { tr: 'Ayarlar', en: 'Settings' },
};

export const AUDIT_ACTIONS: Readonly<Record<string, Bilingual>> = {
  'users.bootstrap-admin': { tr: 'İlk sistem yöneticisi oluşturuldu', en: 'First administrator created' },
  'users.create': { tr: 'Kullanıcı eklendi', en: 'User added' },
  'users.update': { tr: 'Kullanıcının rolü veya yetkileri değişti', en: 'User role or permissions changed' },
  'users.deactivate': { tr: 'Kullanıcı devre dışı bırakıldı', en: 'User deactivated' },
  'users.set-pin': { tr: 'PIN değiştirildi', en: 'PIN changed' },
  'users.sign-in': { tr: 'Oturum açıldı', en: 'Signed in' },
  'users.sign-out': { tr: 'Oturum kapatıldı', en: 'Signed out' },
  'users.pin-failed': { tr: 'Yanlış PIN', en: 'Wrong PIN' },
  'users.pin-lockout': { tr: 'Çok fazla yanlış PIN: kullanıcı kilitlendi', en: 'Too many wrong PINs: user locked' },
  'users.pin-refused-locked': { tr: 'Kilitli kullanıcının PIN denemesi reddedildi', en: 'PIN attempt of a locked user refused' },
  'auth.approval-granted': { tr: 'Yönetici onayı verildi', en: 'Manager approval granted' },
  'auth.approval-refused': { tr: 'Onay verme yetkisi yok', en: 'Approval refused: no permission' },
  'auth.approval-rejected': { tr: 'Onay kullanılamadı', en: 'Approval could not be used' },
  'checkout.force-outcome': { tr: 'Satış sonucu elle girildi', en: 'Sale outcome recorded by hand' },
  'checkout.device-basket-unlock': { tr: 'Cihazdaki sepetin kilidi açıldı', en: 'Device basket unlocked' },
  'checkout.device-basket-delete': { tr: 'Cihazdaki sepet silindi', en: 'Device basket deleted' },
  'checkout.outcome': { tr: 'ÖKC satış sonucu', en: 'ÖKC sale outcome' },
  'checkout.device-truth-alert': { tr: 'Cihaz, kayıtlı sonuçla çelişen bir sonuç bildirdi', en: 'The device reported an outcome that contradicts the record' },
  'checkout.alert-acknowledged': { tr: 'Cihaz uyarısını yönetici kapattı', en: 'A manager acknowledged a device alert' },
  'checkout.escalated': { tr: 'TokenX netleştiremedi: sepet yöneticiye devredildi', en: 'TokenX could not settle it: basket handed to a manager' },
  'checkout.recovery-set-aside': { tr: 'Yarım kalan sepet yönetici için ayrıldı', en: 'Left-over basket set aside for a manager' },
  'checkout.recovery-decision': { tr: 'Yarım kalan eski sepet için kasiyer kararı', en: 'Cashier’s decision on an old left-over basket' },
  'catalog.product-create': { tr: 'Ürün eklendi', en: 'Product added' },
  'catalog.product-update': { tr: 'Ürün değiştirildi', en: 'Product changed' },
  'catalog.import': { tr: 'Ürünler içe aktarıldı', en: 'Products imported' },
  'tosla.void': { tr: 'Tosla iptali', en: 'Tosla void' },
  'tosla.refund': { tr: 'Tosla iadesi', en: 'Tosla refund' },
};

export const AUDIT_OUTCOMES: Readonly<Record<string, Bilingual>> = {
  created: { tr: 'Oluşturuldu', en: 'Created' },
  updated: { tr: 'Güncellendi', en: 'Updated' },
  deactivated: { tr: 'Devre dışı', en: 'Deactivated' },
  changed: { tr: 'Değişti', en: 'Changed' },
  'signed-in': { tr: 'Oturum açtı', en: 'Signed in' },
  'signed-out': { tr: 'Oturumu kapattı', en: 'Signed out' },
  refused: { tr: 'Reddedildi', en: 'Refused' },
  rejected: { tr: 'Kabul edilmedi', en: 'Rejected' },
  locked: { tr: 'Kilitlendi', en: 'Locked' },
  'not-permitted': { tr: 'Yetkisi yok', en: 'Not permitted' },
  granted: { tr: 'Onaylandı', en: 'Granted' },
  expired: { tr: 'Süresi doldu', en: 'Expired' },
  saved: { tr: 'Kaydedildi', en: 'Saved' },
  imported: { tr: 'İçe aktarıldı', en: 'Imported' },
  ok: { tr: 'Yapıldı', en: 'Done' },
  unknown: { tr: 'Sonuç bilinmiyor', en: 'Outcome unknown' },
  sent: { tr: 'Gönderildi', en: 'Sent' },
  succeeded: { tr: 'Başarılı', en: 'Succeeded' },
  'not-applied': { tr: 'Yapılmadı', en: 'Not applied' },
  draft: { tr: 'Hazırlanıyor', en: 'Being prepared' },
  sending: { tr: 'Gönderiliyor', en: 'Sending' },
  'on-device': { tr: 'Cihazda', en: 'On the device' },
  'awaiting-decision': { tr: 'Karar bekliyor', en: 'Awaiting a decision' },
  paid: { tr: 'Ödendi', en: 'Paid' },
  'cancelled-on-device': { tr: 'Cihazda iptal edildi', en: 'Cancelled on the device' },
  'receipt-voided': { tr: 'Fiş iptal edildi', en: 'Receipt voided' },
  declined: { tr: 'Ödeme reddedildi', en: 'Payment declined' },
  'device-busy': { tr: 'Cihaz meşgul', en: 'Device busy' },
  deleted: { tr: 'Sepet silindi', en: 'Basket deleted' },
  dropped: { tr: 'Gönderilmedi, vazgeçildi', en: 'Not sent, dropped' },
  escalated: { tr: 'Yöneticiye devredildi', en: 'Handed to a manager' },
  resend: { tr: 'Yeniden gönderildi', en: 'Sent again' },
  drop: { tr: 'Vazgeçildi', en: 'Dropped' },
  'paid-after-final': { tr: 'Başka sonuçtan sonra ödendi', en: 'Paid after another outcome' },
  'voided-after-final': { tr: 'Başka sonuçtan sonra fiş iptali', en: 'Voided after another outcome' },
  'forced-overruled': { tr: 'Elle girilen sonuç çürütüldü', en: 'Recorded outcome overruled' },
  'amount-mismatch': { tr: 'Tutar uyuşmuyor', en: 'Amount mismatch' },
};

/** A code no entry covers yet (a newer core): its code is kept so nothing is hidden. */
const unlisted = (code: string): Bilingual => ({ tr: `Tanımsız kayıt (${code})`, en: `Unlisted entry (${code})` });

export const describeAuditAction = (code: string): Bilingual => AUDIT_ACTIONS[code] ?? unlisted(code);
export const describeAuditOutcome = (code: string): Bilingual => AUDIT_OUTCOMES[code] ?? unlisted(code);
