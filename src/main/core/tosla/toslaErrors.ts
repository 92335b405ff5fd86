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

/** Tosla answered with a non-zero Code. */
export class ToslaRefused extends AppFailure {
  constructor(
    readonly method: string,
    readonly toslaCode: number,
    serverMessage: string | null,
    validationErrors: readonly string[] = [],
  ) {
    const text = describeCode(toslaCode);
    const detail = [serverMessage, ...validationErrors].filter((part) => part !== null && part !== '').join(' — ');
    const suffix = detail === '' ? '' : `: ${detail}`;
    super(
      `tosla.code-${toslaCode}`,
      `Tosla refused the ${method} request with code ${toslaCode} (${text.en})${suffix}.${hintEn(toslaCode)}`,
      `Tosla ${method} isteğini ${toslaCode} koduyla reddetti (${text.tr})${suffix}.${hintTr(toslaCode)}`,
    );
    this.name = 'ToslaRefused';
  }
}

const hintEn = (code: number): string =>
  code === 997 || code === 202
    ? ' Check the Tosla client id, API user and API password in settings.'
    : code === 998
      ? ' If the message mentions Time Span, correct this computer’s clock.'
      : '';
const hintTr = (code: number): string =>
  code === 997 || code === 202
    ? ' Ayarlardaki Tosla müşteri numarası, API kullanıcısı ve API şifresini kontrol edin.'
    : code === 998
      ? ' Mesajda Time Span geçiyorsa bu bilgisayarın saatini düzeltin.'
      : '';

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
