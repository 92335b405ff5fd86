/**
 * Every TokenX status code we know of, with what it means and what the cashier does
 * next, in Turkish and English. Sources: the vendor's own table (0001–0005, −1–13,
 * 1001–1014, 5001–5112, "not up to date"), the codes seen in Token's Postman examples
 * (6, 9, 201, 401, 403, 404, 1018, 1100, 1104, 1105) and a third-party client's table
 * (0006, 0007, 1101–1103, 1106); see reference §2.12. The same number can mean two
 * things (6 and 9 differ between the vendor table and the terminal endpoint), so the
 * entry says both, and the screen also shows TokenX's own description.
 */

export type StatusSeverity = 'success' | 'info' | 'warn' | 'error';

/**
 * What the app or cashier should do: `none` (done), `wait` (the device is still at it;
 * keep checking), `check` (outcome unknown: read the basket again, never resend),
 * `retry` (nothing happened; sending again is safe), `fix-basket` (change the basket
 * or payment and send again), `device` (act on the ÖKC), `settings` (credentials or
 * configuration), `support` (call Token or the integrator).
 */
export type CashierAction = 'none' | 'wait' | 'check' | 'retry' | 'fix-basket' | 'device' | 'settings' | 'support';

export interface StatusEntry {
  code: string;
  severity: StatusSeverity;
  action: CashierAction;
  en: string;
  tr: string;
  nextEn: string;
  nextTr: string;
  source: 'vendor' | 'postman' | 'third-party' | 'app';
}

type Row = [code: string, severity: StatusSeverity, action: CashierAction, en: string, tr: string, nextEn: string, nextTr: string, source: StatusEntry['source']];

const RELOGIN_EN = 'The app signs in again by itself; if this keeps coming back, check the TokenX client id and secret in Settings.';
const RELOGIN_TR = 'Uygulama kendiliğinden yeniden oturum açar; sürekli tekrarlanırsa Ayarlar’daki TokenX istemci kimliğini ve gizli anahtarını kontrol edin.';
const DECLINED_EN = 'The payment was not taken. Ask for another card or another payment method and send the basket again.';
const DECLINED_TR = 'Ödeme alınmadı. Başka bir kart veya başka bir ödeme yöntemi isteyip sepeti yeniden gönderin.';
const CARD_TYPE_EN = 'This card cannot be used for the chosen payment. Ask for a suitable card or choose another payment method.';
const CARD_TYPE_TR = 'Bu kart seçilen ödeme için kullanılamıyor. Uygun bir kart isteyin veya başka bir ödeme yöntemi seçin.';
const SUPPORT_EN = 'Note the code and contact Token support; the basket can be sent again once the problem is fixed.';
const SUPPORT_TR = 'Kodu not edip Token desteğine başvurun; sorun giderilince sepet yeniden gönderilebilir.';
const EINVOICE_EN = 'Check the customer and invoice details; if they are right, contact the e-invoice integrator.';
const EINVOICE_TR = 'Müşteri ve fatura bilgilerini kontrol edin; doğruysa e-fatura entegratörüne başvurun.';
const CHECK_EN = 'Do not send again: the app keeps checking the basket until the outcome is known.';
const CHECK_TR = 'Yeniden göndermeyin: uygulama sonuç belli olana kadar sepeti sorgulamaya devam eder.';

const ROWS: readonly Row[] = [
  // JWT and authorization (vendor table, plus 0006/0007 from a third party)
  ['0001', 'error', 'settings', 'Sign-in token uses an unexpected algorithm.', 'Oturum anahtarının algoritması beklenenden farklı.', RELOGIN_EN, RELOGIN_TR, 'vendor'],
  ['0002', 'warn', 'settings', 'Sign-in token has expired.', 'Oturum anahtarının süresi doldu.', RELOGIN_EN, RELOGIN_TR, 'vendor'],
  ['0003', 'error', 'settings', 'Sign-in token signature is invalid.', 'Oturum anahtarının imzası geçersiz.', RELOGIN_EN, RELOGIN_TR, 'vendor'],
  ['0004', 'error', 'settings', 'Authorization header is missing or malformed.', 'Yetkilendirme başlığı eksik veya hatalı.', RELOGIN_EN, RELOGIN_TR, 'vendor'],
  ['0005', 'error', 'settings', 'A required field could not be read from the sign-in token.', 'Oturum anahtarından gerekli bir alan okunamadı.', RELOGIN_EN, RELOGIN_TR, 'vendor'],
  ['0006', 'error', 'settings', 'No terminal or branch was named in the request.', 'İstekte terminal veya şube belirtilmedi.', 'Set this counter’s terminal id or branch id in Settings.', 'Ayarlar’da bu kasanın terminal veya şube numarasını girin.', 'third-party'],
  ['0007', 'error', 'support', 'More than one terminal/branch/merchant header was sent.', 'Birden fazla terminal/şube/üye işyeri başlığı gönderildi.', SUPPORT_EN, SUPPORT_TR, 'third-party'],
  // Device and document codes (vendor table)
  ['0', 'success', 'none', 'Successful.', 'Başarılı.', 'Nothing to do.', 'Yapılacak bir şey yok.', 'vendor'],
  ['-1', 'warn', 'fix-basket', 'Cancelled on the device.', 'Cihazda iptal edildi.', 'Nothing was charged. Ask the customer and send the basket again if the sale goes ahead.', 'Tahsilat yapılmadı. Müşteriye sorun; satış sürecekse sepeti yeniden gönderin.', 'vendor'],
  ['1', 'error', 'fix-basket', 'Information is missing.', 'Bilgi eksik.', 'Complete the basket or customer details and send again.', 'Sepet veya müşteri bilgilerini tamamlayıp yeniden gönderin.', 'vendor'],
  ['2', 'error', 'fix-basket', 'The e-invoice customer is not valid.', 'E-fatura müşterisi geçersiz.', EINVOICE_EN, EINVOICE_TR, 'vendor'],
  ['3', 'error', 'support', 'The e-invoice integrator reported an error.', 'E-fatura entegratörü hata bildirdi.', EINVOICE_EN, EINVOICE_TR, 'vendor'],
  ['4', 'error', 'check', 'Network error on the device side.', 'Cihaz tarafında ağ hatası.', 'Check the device’s connection; the app keeps checking the basket.', 'Cihazın bağlantısını kontrol edin; uygulama sepeti sorgulamaya devam eder.', 'vendor'],
  ['5', 'success', 'none', 'Invoice kept offline; it will be sent later.', 'Fatura çevrim dışı kaydedildi; daha sonra gönderilecek.', 'Nothing to do now.', 'Şimdilik yapılacak bir şey yok.', 'vendor'],
  ['6', 'error', 'settings', 'Onboarding error, or no terminal/branch header was sent.', 'Kurulum (onboarding) hatası veya terminal/şube başlığı gönderilmedi.', 'Check the terminal id and branch id in Settings; if they are right, contact Token support.', 'Ayarlar’daki terminal ve şube numarasını kontrol edin; doğruysa Token desteğine başvurun.', 'vendor'],
  ['7', 'error', 'fix-basket', 'The e-invoice id is not valid.', 'E-fatura numarası geçersiz.', EINVOICE_EN, EINVOICE_TR, 'vendor'],
  ['8', 'error', 'fix-basket', 'Customer information is missing.', 'Müşteri bilgisi eksik.', 'Add the customer’s tax id, name and address, then send again.', 'Müşterinin vergi/TC kimlik numarasını, adını ve adresini ekleyip yeniden gönderin.', 'vendor'],
  ['9', 'warn', 'device', 'The device is busy, or this terminal belongs to another merchant.', 'Cihaz meşgul veya bu terminal başka bir üye işyerine ait.', 'Finish or cancel what is open on the device, then send again; if it persists, check the terminal id.', 'Cihazda açık işlemi bitirin veya iptal edin, sonra yeniden gönderin; sürerse terminal numarasını kontrol edin.', 'vendor'],
  ['10', 'error', 'fix-basket', 'The payment plan is not valid.', 'Ödeme planı geçersiz.', 'Change the payment split so it adds up to the total, then send again.', 'Ödeme dağılımını toplamla eşleşecek şekilde düzeltip yeniden gönderin.', 'vendor'],
  ['11', 'warn', 'fix-basket', 'The payment was cancelled.', 'Ödeme iptal edildi.', 'Nothing was charged. Send the basket again if the sale goes ahead.', 'Tahsilat yapılmadı. Satış sürecekse sepeti yeniden gönderin.', 'vendor'],
  ['12', 'error', 'support', 'The e-invoice integrator is unknown.', 'E-fatura entegratörü tanınmıyor.', EINVOICE_EN, EINVOICE_TR, 'vendor'],
  ['13', 'error', 'support', 'The e-invoice integrator’s answer could not be read.', 'E-fatura entegratörünün yanıtı okunamadı.', EINVOICE_EN, EINVOICE_TR, 'vendor'],
  // HTTP-level answers seen in Token's examples
  ['201', 'success', 'none', 'Signed in.', 'Oturum açıldı.', 'Nothing to do.', 'Yapılacak bir şey yok.', 'postman'],
  ['401', 'error', 'settings', 'TokenX did not accept the client id and secret.', 'TokenX istemci kimliğini ve gizli anahtarı kabul etmedi.', 'Check the TokenX client id and secret in Settings.', 'Ayarlar’daki TokenX istemci kimliğini ve gizli anahtarını kontrol edin.', 'postman'],
  ['403', 'error', 'settings', 'This terminal, branch or basket belongs to another merchant.', 'Bu terminal, şube veya sepet başka bir üye işyerine ait.', 'Check the terminal id and branch id in Settings.', 'Ayarlar’daki terminal ve şube numarasını kontrol edin.', 'postman'],
  ['404', 'error', 'check', 'TokenX has no such basket.', 'TokenX’te böyle bir sepet yok.', 'If the basket was just sent, the app checks again; otherwise it was deleted.', 'Sepet az önce gönderildiyse uygulama tekrar sorgular; değilse sepet silinmiştir.', 'postman'],
  ['429', 'warn', 'retry', 'Too many requests to TokenX; it asked us to slow down.', 'TokenX’e çok fazla istek gönderildi; yavaşlamamız istendi.', 'Wait a few seconds and try again; nothing was sent.', 'Birkaç saniye bekleyip yeniden deneyin; hiçbir şey gönderilmedi.', 'third-party'],
  // Basket operations (vendor table)
  ['1001', 'error', 'settings', 'The client id is missing.', 'İstemci kimliği eksik.', 'Enter the TokenX client id in Settings.', 'Ayarlar’a TokenX istemci kimliğini girin.', 'vendor'],
  ['1002', 'error', 'settings', 'The terminal id is missing.', 'Terminal numarası eksik.', 'Enter this counter’s terminal id (AV… / AT…) in Settings.', 'Ayarlar’a bu kasanın terminal numarasını (AV… / AT…) girin.', 'vendor'],
  ['1003', 'warn', 'check', 'The operation timed out.', 'İşlem zaman aşımına uğradı.', CHECK_EN, CHECK_TR, 'vendor'],
  ['1004', 'error', 'fix-basket', 'Information is missing.', 'Bilgi eksik.', 'Complete the basket and send again.', 'Sepeti tamamlayıp yeniden gönderin.', 'vendor'],
  ['1005', 'warn', 'wait', 'The transaction is locked by a device.', 'İşlem bir cihaz tarafından kilitlendi.', 'Wait for the device to finish, or unlock it there first.', 'Cihazın işlemi bitirmesini bekleyin veya önce cihazda kilidi açın.', 'vendor'],
  ['1006', 'error', 'check', 'No record was found.', 'Kayıt bulunamadı.', 'The basket is not on TokenX (deleted or never created); the app checks its journal.', 'Sepet TokenX’te yok (silinmiş veya hiç oluşmamış); uygulama kendi kayıtlarını kontrol eder.', 'vendor'],
  ['1007', 'info', 'check', 'A basket with this id already exists.', 'Bu numarayla bir sepet zaten var.', 'The basket is already on TokenX: the app reads it instead of sending it again.', 'Sepet zaten TokenX’te: uygulama yeniden göndermek yerine onu sorgular.', 'vendor'],
  ['1008', 'error', 'settings', 'This terminal is not authorized for the client.', 'Bu terminal istemci için yetkili değil.', 'Check the terminal id in Settings or register the device in the TokenX merchant panel.', 'Ayarlar’daki terminal numarasını kontrol edin veya cihazı TokenX üye işyeri panelinde tanımlayın.', 'vendor'],
  ['1009', 'warn', 'settings', 'TokenX could not use the webhook (callback) URL.', 'TokenX bildirim (callback) adresini kullanamadı.', 'Results still arrive by polling; check the public webhook URL in Settings.', 'Sonuçlar sorgulamayla gelmeye devam eder; Ayarlar’daki genel webhook adresini kontrol edin.', 'vendor'],
  ['1010', 'warn', 'check', 'The operation timed out.', 'İşlem zaman aşımına uğradı.', CHECK_EN, CHECK_TR, 'vendor'],
  ['1011', 'warn', 'check', 'The basket was not delivered to the terminal.', 'Sepet terminale iletilemedi.', 'Check that the device is on and online; the app keeps checking the basket.', 'Cihazın açık ve çevrim içi olduğunu kontrol edin; uygulama sepeti sorgulamaya devam eder.', 'vendor'],
  ['1012', 'info', 'wait', 'The transaction is not completed yet.', 'İşlem henüz tamamlanmadı.', 'Wait: the device is still taking the payment.', 'Bekleyin: cihaz ödemeyi almaya devam ediyor.', 'vendor'],
  ['1013', 'error', 'fix-basket', 'The data format is wrong.', 'Veri biçimi hatalı.', 'A basket field is not valid; correct the basket and send again.', 'Sepetteki bir alan geçersiz; sepeti düzeltip yeniden gönderin.', 'vendor'],
  ['1014', 'error', 'check', 'General error.', 'Genel hata.', `${CHECK_EN} If it stays unknown, note the code for Token support.`, `${CHECK_TR} Belirsiz kalırsa kodu Token desteği için not edin.`, 'vendor'],
  ['1018', 'warn', 'device', 'The basket is locked by a device; unlock it first.', 'Sepet bir cihaz tarafından kilitli; önce kilidi açın.', 'Finish or release the basket on the device (or unlock it) before changing or deleting it.', 'Sepeti değiştirmeden veya silmeden önce cihazda bitirin ya da bırakın (veya kilidini açın).', 'postman'],
  ['1100', 'warn', 'device', 'This terminal already has an open basket.', 'Bu terminalde zaten açık bir sepet var.', 'Finish or cancel the basket on the device, then send again.', 'Cihazdaki sepeti bitirin veya iptal edin, sonra yeniden gönderin.', 'postman'],
  ['1101', 'error', 'fix-basket', 'An open basket with this check number already exists.', 'Bu adisyon numarasıyla açık bir sepet zaten var.', 'Use another check number or finish the open basket first.', 'Başka bir adisyon numarası kullanın veya önce açık sepeti bitirin.', 'third-party'],
  ['1102', 'info', 'check', 'The basket is already completed.', 'Sepet zaten tamamlandı.', 'Do not send again: the app reads the completed result.', 'Yeniden göndermeyin: uygulama tamamlanan sonucu okur.', 'third-party'],
  ['1103', 'error', 'fix-basket', 'The payment total does not match the basket total.', 'Ödeme toplamı sepet toplamıyla eşleşmiyor.', 'Change the payment amounts so they add up to the basket total.', 'Ödeme tutarlarını sepet toplamına eşit olacak şekilde düzeltin.', 'third-party'],
  ['1104', 'warn', 'device', 'The terminal is not in instant-basket sale mode.', 'Terminal anlık sepet satış modunda değil.', 'Switch the device to instant sale mode, or send the basket to the branch list.', 'Cihazı anlık satış moduna alın veya sepeti şube listesine gönderin.', 'postman'],
  ['1105', 'warn', 'check', 'The basket’s status does not allow this operation.', 'Sepetin durumu bu işleme uygun değil.', 'The basket is probably completed; the app reads its result.', 'Sepet büyük olasılıkla tamamlandı; uygulama sonucunu okur.', 'postman'],
  ['1106', 'error', 'settings', 'No device with this id exists.', 'Bu numarada bir cihaz yok.', 'Check the terminal id (AV… / AT…) in Settings.', 'Ayarlar’daki terminal numarasını (AV… / AT…) kontrol edin.', 'third-party'],
  // Bank and payment app (vendor table, 5xxx)
  ['5001', 'error', 'fix-basket', 'The payment failed.', 'Ödeme başarısız oldu.', DECLINED_EN, DECLINED_TR, 'vendor'],
  ['5002', 'warn', 'fix-basket', 'The payment was cancelled.', 'Ödeme iptal edildi.', 'Nothing was charged. Send the basket again if the sale goes ahead.', 'Tahsilat yapılmadı. Satış sürecekse sepeti yeniden gönderin.', 'vendor'],
  ['5003', 'error', 'fix-basket', 'The card was declined offline.', 'Kart çevrim dışı reddedildi.', DECLINED_EN, DECLINED_TR, 'vendor'],
  ['5004', 'error', 'fix-basket', 'The card could not be authorised.', 'Kart için onay alınamadı.', DECLINED_EN, DECLINED_TR, 'vendor'],
  ['5005', 'error', 'fix-basket', 'The bank declined the card.', 'Banka kartı reddetti.', DECLINED_EN, DECLINED_TR, 'vendor'],
  ['5006', 'error', 'device', 'No payment app was found on the device.', 'Cihazda ödeme uygulaması bulunamadı.', 'Choose cash, or have the device’s payment app installed.', 'Nakit seçin veya cihaza ödeme uygulamasını yükletin.', 'vendor'],
  ['5008', 'error', 'device', 'The bank app was not found on the device.', 'Cihazda banka uygulaması bulunamadı.', 'Choose another bank or cash, or have the bank app installed.', 'Başka bir banka veya nakit seçin ya da banka uygulamasını yükletin.', 'vendor'],
  ['5009', 'error', 'device', 'The bank app crashed.', 'Banka uygulaması çöktü.', 'Restart the device’s bank app, then send the basket again.', 'Cihazdaki banka uygulamasını yeniden başlatıp sepeti yeniden gönderin.', 'vendor'],
  ['5101', 'error', 'fix-basket', 'The card could not be validated.', 'Kart doğrulanamadı.', DECLINED_EN, DECLINED_TR, 'vendor'],
  ['5102', 'warn', 'fix-basket', 'The customer cancelled card validation.', 'Müşteri kart doğrulamasını iptal etti.', 'Nothing was charged. Send the basket again if the sale goes ahead.', 'Tahsilat yapılmadı. Satış sürecekse sepeti yeniden gönderin.', 'vendor'],
  ['5104', 'error', 'fix-basket', 'Card validation timed out.', 'Kart doğrulaması zaman aşımına uğradı.', DECLINED_EN, DECLINED_TR, 'vendor'],
  ['5105', 'error', 'fix-basket', 'Card validation fell back and was not authorised.', 'Kart doğrulaması yedek yönteme düştü ve onaylanmadı.', DECLINED_EN, DECLINED_TR, 'vendor'],
  ['5106', 'error', 'fix-basket', 'The card data could not be read.', 'Kart verisi okunamadı.', DECLINED_EN, DECLINED_TR, 'vendor'],
  ['5107', 'warn', 'fix-basket', 'The card’s BIN could not be looked up.', 'Kartın BIN sorgusu yapılamadı.', DECLINED_EN, DECLINED_TR, 'vendor'],
  ['5108', 'warn', 'fix-basket', 'The card is not a credit card.', 'Kart bir kredi kartı değil.', CARD_TYPE_EN, CARD_TYPE_TR, 'vendor'],
  ['5109', 'warn', 'fix-basket', 'The card is not a debit card.', 'Kart bir banka kartı değil.', CARD_TYPE_EN, CARD_TYPE_TR, 'vendor'],
  ['5110', 'warn', 'fix-basket', 'The card is not a domestic card.', 'Kart yurt içi kartı değil.', CARD_TYPE_EN, CARD_TYPE_TR, 'vendor'],
  ['5111', 'warn', 'fix-basket', 'The card was not issued by the requested bank.', 'Kart istenen banka tarafından çıkarılmamış.', CARD_TYPE_EN, CARD_TYPE_TR, 'vendor'],
  ['5112', 'warn', 'fix-basket', 'The card is not a foreign card.', 'Kart yurt dışı kartı değil.', CARD_TYPE_EN, CARD_TYPE_TR, 'vendor'],
  // Refusals made by this app before asking TokenX
  ['credentials-missing', 'error', 'settings', 'TokenX client id and secret are not set.', 'TokenX istemci kimliği ve gizli anahtarı girilmemiş.', 'Enter them in Settings, or use training mode.', 'Ayarlar’a girin veya eğitim modunu kullanın.', 'app'],
  ['invalid-request', 'error', 'fix-basket', 'The basket is not valid, so it was not sent.', 'Sepet geçerli değil, bu yüzden gönderilmedi.', 'Correct the field named in the message and send again.', 'Mesajda belirtilen alanı düzeltip yeniden gönderin.', 'app'],
];

export const STATUS_CATALOG: ReadonlyMap<string, StatusEntry> = new Map(
  ROWS.map(([code, severity, action, en, tr, nextEn, nextTr, source]) => [code, { code, severity, action, en, tr, nextEn, nextTr, source }]),
);

/** The catalog entry for a code; a code nobody documented gets a generic entry that keeps the code visible. */
export function statusEntry(code: string | number): StatusEntry {
  const key = String(code);
  const known = STATUS_CATALOG.get(key);
  if (known !== undefined) return known;
  const bank = /^5\d{3}$/.test(key);
  return {
    code: key,
    severity: 'error',
    action: bank ? 'fix-basket' : 'support',
    en: bank ? `The bank or payment app refused the payment (code ${key}).` : `TokenX answered with an undocumented code ${key}.`,
    tr: bank ? `Banka veya ödeme uygulaması ödemeyi reddetti (kod ${key}).` : `TokenX belgelenmemiş ${key} koduyla yanıt verdi.`,
    nextEn: bank ? DECLINED_EN : SUPPORT_EN,
    nextTr: bank ? DECLINED_TR : SUPPORT_TR,
    source: 'app',
  };
}
