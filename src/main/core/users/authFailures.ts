import type { PrivilegedAction } from '../auth/ports';
import { AppFailure } from '../failure';

/** Every refusal the users module gives, in words a cashier or manager can act on. */

const ACTION_NAMES: Record<PrivilegedAction, { en: string; tr: string }> = {
  'price-override': { en: 'change a price', tr: 'fiyat değiştirme' },
  'line-void': { en: 'void a line', tr: 'satır iptali' },
  discount: { en: 'give a discount above your limit', tr: 'sınırınızın üstünde indirim yapma' },
  'device-basket-unlock': { en: 'unlock a basket on the device', tr: 'cihazdaki sepetin kilidini açma' },
  'device-basket-delete': { en: 'delete a basket on the device', tr: 'cihazdaki sepeti silme' },
  'force-outcome': { en: 'force a sale outcome', tr: 'satış sonucunu elle belirleme' },
  'tosla-void': { en: 'void a Tosla payment', tr: 'Tosla ödemesini iptal etme' },
  'tosla-refund': { en: 'refund a Tosla payment', tr: 'Tosla ödemesini iade etme' },
  settings: { en: 'change settings and users', tr: 'ayarları ve kullanıcıları değiştirme' },
};

export const actionName = (action: PrivilegedAction) => ACTION_NAMES[action];

/** Shop time, whatever zone the workstation is set to. */
export function istanbulClock(ms: number): string {
  return new Intl.DateTimeFormat('tr-TR', { timeZone: 'Europe/Istanbul', hour: '2-digit', minute: '2-digit' }).format(ms);
}

export const notSignedIn = () =>
  new AppFailure('auth.not-signed-in', 'Nobody is signed in at this till. Sign in first.', 'Bu kasada oturum açmış kimse yok. Önce oturum açın.');

export const approvalRequired = (action: PrivilegedAction) =>
  new AppFailure(
    'auth.approval-required',
    `You may not ${actionName(action).en} on your own. A manager must approve it with their PIN.`,
    `${capitalise(actionName(action).tr)} yetkiniz yok. Bir yöneticinin PIN'i ile onaylaması gerekiyor.`,
  );

export const notPermitted = (who: string, action: PrivilegedAction) =>
  new AppFailure(
    'auth.not-permitted',
    `${who} is not allowed to ${actionName(action).en}.`,
    `${who} için ${actionName(action).tr} yetkisi yok.`,
  );

export const unknownUser = () =>
  new AppFailure('auth.unknown-user', 'That user does not exist. Pick a name from the list.', 'Böyle bir kullanıcı yok. Listeden bir ad seçin.', 'id');

export const userInactive = (name: string) =>
  new AppFailure(
    'auth.user-inactive',
    `${name} has been deactivated and can no longer sign in or approve.`,
    `${name} devre dışı bırakılmış; artık oturum açamaz ve onay veremez.`,
  );

export const lockedOut = (name: string, untilMs: number, nowMs: number) => {
  const minutes = Math.max(1, Math.ceil((untilMs - nowMs) / 60_000));
  const at = istanbulClock(untilMs);
  return new AppFailure(
    'auth.locked-out',
    `Too many wrong PINs for ${name}. Locked until ${at} (Istanbul time), in ${minutes} min; each new lockout lasts longer. An admin can lift it by setting a new PIN.`,
    `${name} için çok fazla yanlış PIN girildi. ${at} saatine kadar (İstanbul saati), ${minutes} dk kilitli; her yeni kilit daha uzun sürer. Bir yönetici yeni PIN belirleyerek kilidi kaldırabilir.`,
  );
};

export const throttled = (untilMs: number, nowMs: number) => {
  const seconds = Math.max(1, Math.ceil((untilMs - nowMs) / 1000));
  const at = istanbulClock(untilMs);
  return new AppFailure(
    'auth.throttled',
    `Too many wrong PINs at this till. PIN entry is paused for everyone until ${at} (Istanbul time), ${seconds} s from now; no account was locked by this pause. An admin who lost access can use the recovery code.`,
    `Bu kasada çok fazla yanlış PIN girildi. PIN girişi herkes için ${at} saatine kadar (İstanbul saati), ${seconds} sn duraklatıldı; bu duraklama hiçbir hesabı kilitlemez. Erişimi kaybeden admin kurtarma kodunu kullanabilir.`,
  );
};

export const pinChangeRequired = (name: string) =>
  new AppFailure(
    'auth.pin-change-required',
    `${name} must set a new PIN of at least 6 digits first: managers and admins may no longer use a shorter one. Sign in and choose a new PIN.`,
    `${name} önce en az 6 rakamlı yeni bir PIN belirlemeli: yöneticiler ve adminler artık daha kısa PIN kullanamaz. Oturum açıp yeni PIN seçin.`,
  );

export const recoveryCodeWrong = () =>
  new AppFailure(
    'auth.recovery-code-wrong',
    'This recovery code is not the one made for this till (or it was already used). Check the code you wrote down at setup.',
    'Bu kurtarma kodu bu kasa için üretilen kod değil (ya da daha önce kullanıldı). Kurulumda not ettiğiniz kodu kontrol edin.',
    'code',
  );

export const wrongPin = (remaining: number, lockMinutes: number) =>
  new AppFailure(
    'auth.wrong-pin',
    `Wrong PIN. ${remaining} ${remaining === 1 ? 'try' : 'tries'} left before the account is locked for ${lockMinutes} min.`,
    `PIN yanlış. Hesap ${lockMinutes} dk kilitlenmeden önce ${remaining} deneme hakkı kaldı.`,
    'pin',
  );

export const approvalInvalid = () =>
  new AppFailure(
    'auth.approval-invalid',
    'This approval is not valid: it was already used, was given for another action, order, basket or amount, or never existed. Ask the manager to approve again.',
    'Bu onay geçerli değil: daha önce kullanılmış, başka bir işlem, sipariş, sepet veya tutar için verilmiş ya da hiç verilmemiş. Yöneticiden yeniden onay isteyin.',
  );

export const approvalExpired = (seconds: number) =>
  new AppFailure(
    'auth.approval-expired',
    `The manager's approval ran out (it lasts ${seconds} s). Ask the manager to enter their PIN again.`,
    `Yönetici onayının süresi doldu (${seconds} sn geçerli). Yöneticiden PIN'ini yeniden girmesini isteyin.`,
  );

export const lastAdmin = () =>
  new AppFailure(
    'users.last-admin',
    'This is the only active admin. Make someone else an admin first, or nobody could change settings or users.',
    'Bu tek etkin yönetici (admin). Önce başka birini admin yapın; yoksa kimse ayarları ve kullanıcıları değiştiremez.',
  );

export const outranked = () =>
  new AppFailure(
    'auth.not-permitted',
    'You can only manage users below your own role, and grant only permissions you have yourself.',
    'Yalnızca kendi rolünüzün altındaki kullanıcıları yönetebilir, yalnızca kendinizde olan yetkileri verebilirsiniz.',
  );

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('tr-TR') + text.slice(1);
