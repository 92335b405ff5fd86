import { describeCode } from '../../../shared/tosla/catalog';
import { AppFailure } from '../failure';

/**
 * No usable answer (timeout, dropped connection, empty body, 5xx, unreadable JSON):
 * the operation may or may not have happened, so it is never reported as failed.
 */
export class ToslaNoAnswer extends AppFailure {
  constructor(method: string, reason: string) {
    super(
      'tosla.no-answer',
      `Tosla did not answer the ${method} request (${reason}). Its outcome is unknown; the app checks the order before doing anything else.`,
      `Tosla ${method} isteğine cevap vermedi (${reason}). Sonuç bilinmiyor; uygulama başka bir şey yapmadan önce siparişi sorgular.`,
    );
    this.name = 'ToslaNoAnswer';
  }
}

/** Tosla takes a timeSpan at most an hour from its own clock ("max 1 saat farka izin verilmektedir"). */
const TOSLA_TIME_WINDOW_MS = 60 * 60_000;

/** Tosla answered with a non-zero Code. */
export class ToslaRefused extends AppFailure {
  /** `clockSkewMs`: Tosla's clock minus ours as last measured; beyond Tosla's window, the clock is the likely cause. */
  constructor(
    readonly method: string,
    readonly toslaCode: number,
    serverMessage: string | null,
    validationErrors: readonly string[] = [],
    clockSkewMs: number | null = null,
  ) {
    const text = describeCode(toslaCode);
    const detail = [serverMessage, ...validationErrors].filter((part) => part !== null && part !== '').join(' — ');
    const suffix = detail === '' ? '' : `: ${detail}`;
    const hint = hintFor(toslaCode, clockSkewMs !== null && Math.abs(clockSkewMs) > TOSLA_TIME_WINDOW_MS);
    super(
      `tosla.code-${toslaCode}`,
      `Tosla refused the ${method} request with code ${toslaCode} (${text.en})${suffix}.${hint.en}`,
      `Tosla ${method} isteğini ${toslaCode} koduyla reddetti (${text.tr})${suffix}.${hint.tr}`,
    );
    this.name = 'ToslaRefused';
  }
}

/**
 * 200/202/997 point at the credentials, unless the clock is off by more than Tosla takes:
 * the doc answers that with 998 in its tables but with a hash error (997) in its prose.
 */
const hintFor = (code: number, clockOff: boolean): { en: string; tr: string } => {
  if (clockOff && (code === 997 || code === 998)) {
    return {
      en: ' This computer’s clock is more than an hour away from Tosla’s: correct this computer’s clock.',
      tr: ' Bu bilgisayarın saati Tosla’nınkinden bir saatten fazla farklı: bu bilgisayarın saatini düzeltin.',
    };
  }
  if (code === 997 || code === 202 || code === 200) {
    return {
      en: ' Check the Tosla client id, API user and API password in settings.',
      tr: ' Ayarlardaki Tosla müşteri numarası, API kullanıcısı ve API şifresini kontrol edin.',
    };
  }
  if (code === 998) {
    return {
      en: ' If the message mentions Time Span, correct this computer’s clock.',
      tr: ' Mesajda Time Span geçiyorsa bu bilgisayarın saatini düzeltin.',
    };
  }
  return { en: '', tr: '' };
};

/** An HTTP status that says the request never reached a Tosla method (wrong address, forbidden). */
export class ToslaHttpError extends AppFailure {
  constructor(method: string, status: number) {
    super(
      'tosla.http-error',
      `Tosla answered the ${method} request with HTTP ${status}. Check the Tosla address in settings.`,
      `Tosla ${method} isteğine HTTP ${status} ile cevap verdi. Ayarlardaki Tosla adresini kontrol edin.`,
    );
    this.name = 'ToslaHttpError';
  }
}
