import type { Role } from '../../../shared/contract/users';
import { AppFailure } from '../failure';

/**
 * Managers and admins approve refunds and change settings: their PINs need two more
 * digits than a cashier's, a hundred times the guesses.
 */
export const ELEVATED_PIN_MIN_LENGTH = 6;

export const isElevated = (role: Role): boolean => role !== 'cashier';

/** A PIN that was fine for a cashier but is too short for the role its user has now. */
export const tooShortFor = (role: Role, pin: string): boolean => isElevated(role) && pin.length < ELEVATED_PIN_MIN_LENGTH;

/**
 * Turns away PINs too short for the role, and PINs anyone would try first: one digit
 * repeated, a run up or down the keypad (1234, 9876, 7890), or a short block repeated
 * (1212, 123123).
 */
export function assertPinStrongEnough(pin: string, role: Role): void {
  if (/^\d+$/u.test(pin) && tooShortFor(role, pin)) {
    throw new AppFailure(
      'users.pin-too-short',
      `Managers and admins need a PIN of at least ${ELEVATED_PIN_MIN_LENGTH} digits.`,
      `Yöneticiler ve adminler için PIN en az ${ELEVATED_PIN_MIN_LENGTH} rakam olmalı.`,
      'pin',
    );
  }
  const why = weakness(pin);
  if (why !== null) throw new AppFailure('users.pin-weak', why.en, why.tr, 'pin');
}

function weakness(pin: string): { en: string; tr: string } | null {
  if (!/^\d{4,8}$/u.test(pin)) return { en: 'A PIN is 4 to 8 digits.', tr: 'PIN 4 ila 8 rakamdan oluşur.' };
  if (/^(\d)\1+$/u.test(pin)) {
    return {
      en: 'This PIN repeats one digit and is guessed first. Choose a PIN with different digits.',
      tr: 'Bu PIN tek bir rakamın tekrarı ve ilk denenenlerden. Farklı rakamlar içeren bir PIN seçin.',
    };
  }
  if (isRun(pin, 1) || isRun(pin, -1)) {
    return {
      en: 'This PIN is a run of consecutive digits (like 1234 or 9876) and is guessed first. Choose a less predictable PIN.',
      tr: 'Bu PIN ardışık rakamlardan oluşuyor (1234 veya 9876 gibi) ve ilk denenenlerden. Daha zor tahmin edilen bir PIN seçin.',
    };
  }
  if (/^(\d{2,4})\1+$/u.test(pin)) {
    return {
      en: 'This PIN repeats a short block of digits (like 1212) and is easy to guess. Choose a less predictable PIN.',
      tr: 'Bu PIN kısa bir rakam grubunun tekrarı (1212 gibi) ve kolay tahmin edilir. Daha zor tahmin edilen bir PIN seçin.',
    };
  }
  return null;
}

function isRun(pin: string, step: 1 | -1): boolean {
  for (let i = 1; i < pin.length; i += 1) {
    if ((Number(pin[i - 1]) + step + 10) % 10 !== Number(pin[i])) return false;
  }
  return true;
}
