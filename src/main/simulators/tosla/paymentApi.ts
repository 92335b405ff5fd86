import { timingSafeEqual } from 'node:crypto';
import type { Clock } from '../../core/ports';
import type { ToslaCredentials } from '../../core/tosla/hash';
import { requestHash } from '../../core/tosla/hash';
import { istanbulDateNumber, parseTimeSpan } from '../../core/tosla/istanbulTime';
import type { MerchantLedger } from './ledger';
import { EMPTY_INQUIRY_RECORD, operationEnvelope, wireRecord } from './wireRecords';
import { WireRequest } from './wireRequest';

export interface WireAnswer {
  status: number;
  body: unknown;
}

export interface PaymentApiOptions {
  ledger: MerchantLedger;
  clock: Clock;
  credentials: readonly ToslaCredentials[];
  /** Refuse an exact (rnd, timeSpan, hash) seen before with 997: the doc's "each hash once". */
  rejectReplays: boolean;
}

const MAX_SKEW_MINUTES = 60;
const INT32_MAX = 2_147_483_647;

const validationError = (...errors: string[]): WireAnswer => ({
  status: 200,
  body: { Code: 998, message: 'Validasyon Hatası', ValidationErrors: errors },
});

/** The error shape each method answers with, so clients see what the real one sends. */
function refusal(method: string, code: number, message: string, orderId: string | null = null): WireAnswer {
  switch (method) {
    case 'history':
      return { status: 200, body: { Count: 0, Transactions: null, Code: code, Message: message } };
    case 'void':
    case 'refund':
      return { status: 200, body: operationEnvelope(orderId, code, message, null) };
    case 'inquiry':
      return { status: 200, body: { ...EMPTY_INQUIRY_RECORD, Code: code, Message: message } };
    default:
      return { status: 200, body: { Code: code, Message: message } };
  }
}

const sameText = (a: string, b: string): boolean => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

const installmentRateBp = (installments: number): number => installments * 100 + 99;

const BINS: Record<number, { bankId: number; bankCode: string; bankName: string; cardName: string; cardClass: string; cardType: string }> = {
  407814: { bankId: 9, bankCode: 'ZiraatBankası', bankName: 'Ziraat Bankası', cardName: 'Bankkart', cardClass: 'Banka Kartı', cardType: 'Visa' },
  415956: { bankId: 13, bankCode: 'TestBank', bankName: 'Test Bankası', cardName: 'Test Kart', cardClass: 'Kredi Kartı', cardType: 'Visa' },
  557113: { bankId: 13, bankCode: 'TestBank', bankName: 'Test Bankası', cardName: 'Test Kart', cardClass: 'Kredi Kartı', cardType: 'MasterCard' },
};

/**
 * The Payment API of the simulator: authenticates like the real service (999 without a
 * hash, 998 for a bad or skewed timeSpan, 202 for an unknown user, 997 for a wrong or
 * replayed hash) and then runs the method against the ledger.
 */
export class PaymentApi {
  readonly #options: PaymentApiOptions;
  readonly #seenHashes = new Set<string>();

  constructor(options: PaymentApiOptions) {
    this.#options = options;
  }

  static readonly METHODS = ['inquiry', 'history', 'void', 'refund', 'getcommissionandinstallmentinfo', 'getinstallmentoptions'];

  handle(methodName: string, rawBody: string): WireAnswer {
    const method = methodName.toLowerCase();
    let parsed: unknown;
    try {
      parsed = JSON.parse(rawBody);
    } catch (error) {
      return validationError(`${error instanceof Error ? error.message : 'Unexpected character encountered while parsing value'}. Path '', line 1.`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return validationError("Unexpected initial token while deserializing object. Path ''.");
    }
    const request = new WireRequest(parsed as Record<string, unknown>);
    const denied = this.#authenticate(method, request);
    if (denied !== null) return denied;
    const clientId = Number(request.text('clientId'));

    switch (method) {
      case 'inquiry':
        return this.#inquiry(request, clientId);
      case 'history':
        return this.#history(request, clientId);
      case 'void':
        return this.#void(request);
      case 'refund':
        return this.#refund(request);
      case 'getcommissionandinstallmentinfo':
        return this.#binInfo(request);
      default:
        return this.#installmentOptions(request);
    }
  }

  #authenticate(method: string, request: WireRequest): WireAnswer | null {
    const hash = request.text('hash');
    if (hash === null || hash === '') return refusal(method, 999, 'Genel Hata');
    const timeSpan = request.text('timeSpan') ?? '';
    const sentAt = parseTimeSpan(timeSpan);
    if (sentAt === null) return validationError("'Time Span' alanı yyyyMMddHHmmss formatında olmalıdır.");
    const skew = Math.round(Math.abs(this.#options.clock.now() - sentAt) / 60_000);
    if (skew > MAX_SKEW_MINUTES) {
      return validationError(`'Time Span' alanı 60 dakidan büyük olamaz, mevcut dakika fark: ${skew}.`);
    }
    const clientId = request.text('clientId');
    const apiUser = request.text('apiUser');
    const credentials = this.#options.credentials.find((c) => c.clientId === clientId && c.apiUser === apiUser);
    if (credentials === undefined) return refusal(method, 202, 'Üye İşyeri Kullanıcısı Bulunamadı');
    const rnd = request.text('rnd') ?? '';
    if (rnd.length > 24 || !sameText(hash, requestHash(credentials, rnd, timeSpan))) {
      return refusal(method, 997, 'Hash Hatası');
    }
    const replayKey = `${rnd}|${timeSpan}|${hash}`;
    if (this.#options.rejectReplays && this.#seenHashes.has(replayKey)) return refusal(method, 997, 'Hash Hatası');
    this.#seenHashes.add(replayKey);
    return null;
  }

  #inquiry(request: WireRequest, clientId: number): WireAnswer {
    const orderId = request.text('orderId');
    if (orderId === null || orderId === '') {
      return validationError("Unexpected character encountered while parsing value: ,. Path 'orderId'.");
    }
    const order = this.#options.ledger.order(orderId);
    if (order === undefined) return { status: 200, body: EMPTY_INQUIRY_RECORD };
    const wantedId = request.text('transactionId');
    const record =
      [order.original, ...order.children].find((r) => wantedId !== null && String(r.transactionId) === wantedId) ??
      order.original;
    return { status: 200, body: wireRecord(record, clientId, true, '') };
  }

  #history(request: WireRequest, clientId: number): WireAnswer {
    const date = request.integer('transactionDate', true, INT32_MAX);
    const page = request.integer('page', true, INT32_MAX);
    const pageSize = request.integer('pageSize', true, INT32_MAX);
    const errors = [date, page, pageSize].flatMap((field) => ('error' in field ? [field.error] : []));
    if (errors.length > 0) return validationError(...errors);
    const day = 'value' in date ? date.value : null;
    const pageNumber = 'value' in page ? (page.value ?? 1) : 1;
    const size = 'value' in pageSize ? (pageSize.value ?? 10) : 10;
    if (pageNumber < 1 || size < 1) return validationError("'Page' ve 'PageSize' alanları 0'dan büyük olmalıdır.");
    const orderId = (request.text('orderId') ?? '').trim();
    const matches = this.#options.ledger
      .records()
      .filter((r) => istanbulDateNumber(r.createdAt) === day && (orderId === '' || r.orderId === orderId));
    const pageRecords = matches.slice((pageNumber - 1) * size, pageNumber * size);
    return {
      status: 200,
      body: {
        Count: matches.length,
        Transactions: pageRecords.map((r) => wireRecord(r, clientId, false, 'Başarılı')),
        Code: 0,
        Message: 'Başarılı',
      },
    };
  }

  #void(request: WireRequest): WireAnswer {
    const orderId = request.text('orderId');
    if (orderId === null || orderId === '') {
      return validationError("Unexpected character encountered while parsing value: ,. Path 'orderId'.");
    }
    const result = this.#options.ledger.void(orderId, request.text('echo'));
    return this.#operationAnswer(orderId, result);
  }

  #refund(request: WireRequest): WireAnswer {
    const orderId = request.text('orderId');
    const amount = request.integer('amount', true);
    if ('error' in amount) return validationError(amount.error);
    if (orderId === null || orderId === '') {
      return validationError("Unexpected character encountered while parsing value: ,. Path 'orderId'.");
    }
    const result = this.#options.ledger.refund(orderId, amount.value ?? 0, request.text('echo'));
    return this.#operationAnswer(orderId, result);
  }

  #operationAnswer(orderId: string, result: ReturnType<MerchantLedger['void']>): WireAnswer {
    if ('record' in result) {
      return { status: 200, body: operationEnvelope(orderId, 0, 'Başarılı', result.record.transactionId) };
    }
    return { status: 200, body: operationEnvelope(orderId, result.code, result.message, null) };
  }

  #binInfo(request: WireRequest): WireAnswer {
    const bin = request.integer('bin', true, 999_999);
    if ('error' in bin) return validationError(bin.error);
    const card = BINS[bin.value ?? 0];
    if (card === undefined) return refusal('bin', 101, 'Orjinal Kayıt Bulunamadı');
    const installmentInfo = Object.fromEntries(
      Array.from({ length: 11 }, (_, i) => i + 2).map((n) => [
        `T${n}`,
        { Rate: installmentRateBp(n) / 100, Constant: n <= 5 ? 2 : 0 },
      ]),
    );
    return {
      status: 200,
      body: {
        CardPrefix: bin.value,
        BankId: card.bankId,
        BankCode: card.bankCode,
        BankName: card.bankName,
        CardName: card.cardName,
        CardClass: card.cardClass,
        CardType: card.cardType,
        Country: 'TR',
        BankCommission: 0,
        InstallmentInfo: installmentInfo,
        Code: 0,
        Message: '',
      },
    };
  }

  #installmentOptions(request: WireRequest): WireAnswer {
    const amount = request.integer('amount', true);
    if ('error' in amount) return validationError(amount.error);
    const base = amount.value ?? 0;
    if (base <= 0) return refusal('options', 1, 'Tutar Sıfır Olamaz');
    const installmentOptions = Array.from({ length: 12 }, (_, i) => i + 1).map((n) => ({
      installment: n,
      title: n === 1 ? 'Tek Çekim' : `${n} Taksit`,
      amount: n === 1 ? base : base + Math.round((base * installmentRateBp(n)) / 10_000),
      currency: 949,
    }));
    return { status: 200, body: { installmentOptions, Code: 0, Message: '' } };
  }
}
