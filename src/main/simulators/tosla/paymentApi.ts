import { timingSafeEqual } from 'node:crypto';
import type { Clock } from '../../core/ports';
import type { ToslaDialect } from './dialect';
import { inDialect } from './dialect';
import { instantOfTimeSpan, transactionDateAt } from './gmt3';
import type { LedgerResult, MerchantLedger } from './ledger';
import type { MerchantAccount } from './merchantHash';
import { merchantHash } from './merchantHash';
import type { Bound, REQUEST_SCHEMAS } from './requestSchemas';
import { bindRequest } from './requestSchemas';
import type { SeenHashes, TimeSpanWindow } from './timeSpanWindow';
import { BUSINESS_RULE_CODE, VendorCode } from './vendorCodes';
import { EMPTY_INQUIRY_RECORD, operationEnvelope, wireRecord } from './wireRecords';

/** What the server writes back: JSON (with extra headers, if any) or, for the browser pages, HTML. */
export type WireAnswer = { status: number; json: unknown; headers?: Record<string, string> } | { status: number; html: string };

export interface PaymentApiOptions {
  ledger: MerchantLedger;
  clock: Clock;
  merchants: readonly MerchantAccount[];
  window: TimeSpanWindow;
  seenHashes: SeenHashes;
  dialect: () => ToslaDialect;
}

/** The methods the simulator runs, as the doc spells them ("Method Name"). */
const SIMULATED = ['inquiry', 'history', 'void', 'refund', 'GetCommissionAndInstallmentInfo', 'GetInstallmentOptions'] as const;
/** A simulated method by its path segment in lower case (ASP.NET routing ignores case, reference §1). */
type SimulatedMethod = Lowercase<(typeof SIMULATED)[number]>;
const SIMULATED_PATHS: readonly string[] = SIMULATED.map((method) => method.toLowerCase());

/**
 * Documented JSON methods the simulator does not run, each with the empty answer its
 * response table describes (vendor-docs "Ödeme İşlem Başlatma", "ThreeDPreAuth",
 * "PostAuth", "Non3D ile Ödeme"). They answer like a merchant whose API user may not
 * take card payments: 250 "Üye İşyeri Api Kullanıcısı için Yetkisiz İşlem".
 */
const UNSIMULATED_JSON: Record<string, (code: number, message: string) => Record<string, unknown>> = {
  threeDPayment: (Code, Message) => ({ Code, Message, ThreeDSessionId: null, TransactionId: null }),
  threeDPreAuth: (Code, Message) => ({ Code, Message, ThreeDSessionId: null, TransactionId: null }),
  postAuth: (Code, Message) => ({ Code, Message, OrderId: null }),
  Payment: (Code, Message) => ({
    OrderId: null,
    BankResponseCode: null,
    BankResponseMessage: null,
    AuthCode: null,
    HostReferenceNumber: null,
    TransactionId: null,
    CardHolderName: null,
    Code,
    Message,
  }),
};
const UNSIMULATED_JSON_PATHS = new Map(Object.entries(UNSIMULATED_JSON).map(([method, empty]) => [method.toLowerCase(), empty]));

/** Every documented method and what the simulator does with it, for the CLI's banner. */
export const DOCUMENTED_METHODS = {
  simulated: SIMULATED,
  answeredWith250: Object.keys(UNSIMULATED_JSON),
  /** Browser pages ("3D ile Ödeme", "Ortak Ödeme Sayfası"); the server routes them to `errorPage()`. */
  answeredWithErrorPage: ['ProcessCardForm', 'threeDSecure/{ThreeDSessionId}'],
} as const;

/** Header that tells an integrator the answer came from a method the simulator does not run. */
export const NOT_SIMULATED_HEADER = 'x-tosla-simulator';

const sameText = (a: string, b: string): boolean => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

const installmentRateBp = (installments: number): number => installments * 100 + 99;

/** BINs the simulator knows; 407814 is the doc's own example ("Taksit ve Komisyon Bilgisi"). */
const BINS: Record<number, { bankId: number; bankCode: string; bankName: string; cardName: string; cardClass: string; cardType: string }> = {
  407814: { bankId: 9, bankCode: 'ZiraatBankası', bankName: 'Ziraat Bankası', cardName: 'Bankkart', cardClass: 'Banka Kartı', cardType: 'Visa' },
  415956: { bankId: 13, bankCode: 'TestBank', bankName: 'Test Bankası', cardName: 'Test Kart', cardClass: 'Kredi Kartı', cardType: 'Visa' },
  557113: { bankId: 13, bankCode: 'TestBank', bankName: 'Test Bankası', cardName: 'Test Kart', cardClass: 'Kredi Kartı', cardType: 'MasterCard' },
};

type JsonAnswer = Extract<WireAnswer, { json: unknown }>;
type Schemas = typeof REQUEST_SCHEMAS;
type Refuse = (code: number, message: string) => unknown;

/** What a method needs besides its request: the dialect, the caller's clientId and how to refuse in its own envelope. */
interface CallContext {
  dialect: ToslaDialect;
  clientId: number;
  refuse: Refuse;
}

/**
 * The Payment API of the simulator: binds each request to its documented fields,
 * authenticates as the doc describes and runs the method against the ledger.
 */
export class PaymentApi {
  readonly #options: PaymentApiOptions;
  readonly #methods: { [M in SimulatedMethod]: (request: Bound<Schemas[M]>, context: CallContext) => unknown } = {
    inquiry: (request, context) => this.#inquiry(request, context),
    history: (request, context) => this.#history(request, context),
    void: (request, { dialect }) =>
      this.#operationAnswer(request.orderId, this.#options.ledger.void(request.orderId, request.echo), dialect),
    refund: (request, { dialect }) => {
      const result = this.#options.ledger.refund(request.orderId, request.amount, request.echo, { sameDay: dialect.sameDayRefund });
      return this.#operationAnswer(request.orderId, result, dialect);
    },
    getcommissionandinstallmentinfo: (request, { refuse }) => binInfo(request.bin, refuse),
    getinstallmentoptions: (request, { refuse }) => installmentOptions(request.amount, refuse),
  };

  constructor(options: PaymentApiOptions) {
    this.#options = options;
  }

  static isSimulated(method: string): method is SimulatedMethod {
    return SIMULATED_PATHS.includes(method);
  }

  static isUnsimulatedJson(method: string): boolean {
    return UNSIMULATED_JSON_PATHS.has(method);
  }

  /** The page a browser gets from ProcessCardForm or threeDSecure: no 3D session exists here (CODE table "999 Genel Hata"). */
  static errorPage(): WireAnswer {
    const { message } = VendorCode.generalError;
    return {
      status: 200,
      html: `<!DOCTYPE html><html lang="tr"><head><meta charset="utf-8"><title>Tosla İşim</title></head><body><form><input type="hidden" name="errorMessage" value="${message}"></form><p>${message}</p></body></html>`,
    };
  }

  /** A documented JSON method: `method` is its lower-case path segment. */
  handle(method: string, rawBody: string): WireAnswer {
    const dialect = this.#options.dialect();
    const answer = this.#answer(method, rawBody, dialect);
    return { ...answer, json: inDialect(answer.json, dialect) };
  }

  #answer(method: string, rawBody: string, dialect: ToslaDialect): JsonAnswer {
    let parsed: unknown;
    try {
      parsed = JSON.parse(rawBody);
    } catch (error) {
      return validationError(`${error instanceof Error ? error.message : 'Unexpected character encountered while parsing value'}. Path '', line 1.`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return validationError("Unexpected initial token while deserializing object. Path ''.");
    }
    const body = parsed as Record<string, unknown>;
    if (PaymentApi.isSimulated(method)) return this.#simulated(method, body, dialect);
    const empty = UNSIMULATED_JSON_PATHS.get(method);
    if (empty === undefined) throw new RangeError(`not a documented JSON method: ${method}`);
    const bound = bindRequest('credentialsOnly', body, dialect.requestKeys);
    if (!bound.ok) return validationError(...bound.errors);
    const caller = this.#authenticate(bound.request, empty, dialect);
    if ('refusal' in caller) return { status: 200, json: caller.refusal };
    const { code, message } = VendorCode.notPermittedForApiUser;
    return { status: 200, json: empty(code, message), headers: { [NOT_SIMULATED_HEADER]: 'method not simulated' } };
  }

  #simulated<M extends SimulatedMethod>(method: M, body: Record<string, unknown>, dialect: ToslaDialect): JsonAnswer {
    const bound = bindRequest(method, body, dialect.requestKeys);
    if (!bound.ok) return validationError(...bound.errors);
    const refuse: Refuse = (code, message) => refusalEnvelope(method, code, message, dialect);
    const caller = this.#authenticate(bound.request, refuse, dialect);
    if ('refusal' in caller) return { status: 200, json: caller.refusal };
    const run: (request: Bound<Schemas[M]>, context: CallContext) => unknown = this.#methods[method];
    return { status: 200, json: run(bound.request, { dialect, clientId: Number(caller.merchant.clientId), refuse }) };
  }

  /**
   * The checks of "Zorunlu Parametreler", in the order the recorded answers imply: no hash
   * is 999 (reference §3, recorded); a malformed timeSpan 998; a stale one 998 or 997 (the
   * doc says both: a dialect); then the merchant, the hash and its single use. Returns the
   * refusal's body, or the merchant whose call it is.
   *
   * Unknown clientId → 200 "Üye İşyeri Bulunamadı", known clientId with an unknown apiUser
   * → 202 "Üye İşyeri Kullanıcısı Bulunamadı". The doc lists 202 under most methods and 200
   * under refund, and its texts name two different things: the merchant ("Üye İşyeri") and
   * the merchant's user ("Üye İşyeri Kullanıcısı"). The per-method tables are visibly
   * partial (history lists neither, inquiry has no 101), while authentication is the same
   * for "Tüm API çağrıları", so the texts decide for every method: the merchant missing is
   * 200, its user missing 202.
   */
  #authenticate(
    request: Bound<Schemas['credentialsOnly']>,
    refuse: Refuse,
    dialect: ToslaDialect,
  ): { refusal: unknown } | { merchant: MerchantAccount } {
    const refused = (code: number, message: string) => ({ refusal: refuse(code, message) });
    const { clock, window, merchants, seenHashes } = this.#options;
    const { hash, timeSpan } = request;
    const { generalError, hashError, merchantNotFound, merchantUserNotFound } = VendorCode;
    if (hash === null) return refused(generalError.code, generalError.message);
    const sentAt = instantOfTimeSpan(timeSpan ?? '');
    if (timeSpan === null || sentAt === null) {
      return { refusal: validationError("'Time Span' alanı yyyyMMddHHmmss formatında olmalıdır.").json };
    }
    const now = clock.now();
    if (!window.accepts(sentAt, now)) {
      if (dialect.staleTimeSpan === '997') return refused(hashError.code, hashError.message);
      const minutes = window.minutesApart(sentAt, now);
      return { refusal: validationError(`'Time Span' alanı ${window.minutes} dakidan büyük olamaz, mevcut dakika fark: ${minutes}.`).json };
    }
    const ofClient = merchants.filter((merchant) => merchant.clientId === String(request.clientId));
    if (ofClient.length === 0) return refused(merchantNotFound.code, merchantNotFound.message);
    const merchant = ofClient.find((candidate) => candidate.apiUser === request.apiUser);
    if (merchant === undefined) return refused(merchantUserNotFound.code, merchantUserNotFound.message);
    if (!sameText(hash, merchantHash(merchant, request.rnd ?? '', timeSpan))) return refused(hashError.code, hashError.message);
    const firstUse = seenHashes.use(`${merchant.clientId}|${hash}`, sentAt, now);
    if (!firstUse && dialect.hashReuse === 'refused') return refused(hashError.code, hashError.message);
    return { merchant };
  }

  /** "Ödeme Sorgulama": the order's record (recorded) or its records in the doc's Count/Transactions wrapper. */
  #inquiry(request: Bound<Schemas['inquiry']>, { dialect, clientId, refuse }: CallContext): unknown {
    const order = this.#options.ledger.order(request.orderId);
    if (order === undefined) {
      const { originalNotFound } = VendorCode;
      if (dialect.inquiryUnknownOrder === 'code-101') return refuse(originalNotFound.code, originalNotFound.message);
      return dialect.inquiryShape === 'record' ? EMPTY_INQUIRY_RECORD : { Count: 0, Transactions: [], Code: 0, Message: '' };
    }
    const all = [order.original, ...order.children];
    const wanted = request.transactionId;
    const chosen = wanted === null ? all : all.filter((record) => String(record.transactionId) === wanted);
    if (dialect.inquiryShape === 'record') return wireRecord(chosen[0] ?? order.original, clientId, dialect, '');
    const { message } = VendorCode.success;
    const transactions = chosen.map((record) => wireRecord(record, clientId, dialect, message));
    return { Count: transactions.length, Transactions: transactions, Code: 0, Message: message };
  }

  /** "İşlem Listeleme": one page of the day's records, oldest first; Count is every match (reference §6.10). */
  #history(request: Bound<Schemas['history']>, { clientId, dialect }: CallContext): unknown {
    if (request.page < 1 || request.pageSize < 1) {
      return validationError("'Page' ve 'PageSize' alanları 0'dan büyük olmalıdır.").json;
    }
    const orderId = (request.orderId ?? '').trim();
    const matches = this.#options.ledger
      .records()
      .filter((r) => transactionDateAt(r.createdAt) === request.transactionDate && (orderId === '' || r.orderId === orderId));
    const page = matches.slice((request.page - 1) * request.pageSize, request.page * request.pageSize);
    const { message } = VendorCode.success;
    const records = page.map((r) => wireRecord(r, clientId, { ...dialect, inquiryIds: 'filled' }, message));
    return { Count: matches.length, Transactions: records, Code: 0, Message: message };
  }

  #operationAnswer(orderId: string, result: LedgerResult, dialect: ToslaDialect): unknown {
    const { code, message } = 'record' in result ? VendorCode.success : result;
    const transactionId = 'record' in result ? result.record.transactionId : null;
    return operationEnvelope(orderId, code, message, transactionId, dialect.operationTransactionId);
  }
}

/** "Taksit ve Komisyon Bilgisi": the bank of a BIN and its installment rates. */
function binInfo(bin: number, refuse: Refuse): unknown {
  const card = BINS[bin];
  const { originalNotFound } = VendorCode;
  if (card === undefined) return refuse(originalNotFound.code, originalNotFound.message);
  const installmentInfo = Object.fromEntries(
    Array.from({ length: 11 }, (_, i) => i + 2).map((n) => [`T${n}`, { Rate: installmentRateBp(n) / 100, Constant: n <= 5 ? 2 : 0 }]),
  );
  return {
    CardPrefix: bin,
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
  };
}

/** "Taksit ve Taksitlere Karşılık Gelen Tutar Bilgisi": the total of each installment count. */
function installmentOptions(amount: number, refuse: Refuse): unknown {
  if (amount <= 0) return refuse(BUSINESS_RULE_CODE, 'Tutar Sıfır Olamaz');
  // The doc's example writes this list camelCase ("installmentOptions"), unlike every other answer.
  const options = Array.from({ length: 12 }, (_, i) => i + 1).map((n) => ({
    installment: n,
    title: n === 1 ? 'Tek Çekim' : `${n} Taksit`,
    amount: n === 1 ? amount : amount + Math.round((amount * installmentRateBp(n)) / 10_000),
    currency: 949,
  }));
  return { installmentOptions: options, Code: 0, Message: '' };
}

/** 998 with the lowercase `message` the service writes only there (reference §4). */
function validationError(...errors: string[]): JsonAnswer {
  const { code, message } = VendorCode.validationError;
  return { status: 200, json: { Code: code, message, ValidationErrors: errors } };
}

/** The error shape each method answers with, so clients see what the real one sends. */
function refusalEnvelope(method: SimulatedMethod, code: number, message: string, dialect: ToslaDialect): unknown {
  switch (method) {
    case 'history':
      return { Count: 0, Transactions: null, Code: code, Message: message };
    case 'void':
    case 'refund':
      return operationEnvelope(null, code, message, null, dialect.operationTransactionId);
    case 'inquiry':
      return dialect.inquiryShape === 'record'
        ? { ...EMPTY_INQUIRY_RECORD, Code: code, Message: message }
        : { Count: 0, Transactions: null, Code: code, Message: message };
    default:
      return { Code: code, Message: message };
  }
}
