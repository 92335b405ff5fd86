import { z } from 'zod';

/**
 * Tosla answers read defensively (reference §4): keys in any casing (PascalCase, the
 * lowercase `message` of 998s, the doc's camelCase), integers that may arrive as
 * strings, `""` and `null` both meaning empty, and `TransactionId` kept as its exact
 * digits whether it came as a string or a number.
 */

const TRANSACTION_ID_KEY = /^transactionid$/iu;

interface ReviverContext {
  source?: string;
}

/** JSON.parse that keeps the source digits of every `TransactionId` number, so no id is ever rounded. */
export function parseWireJson(text: string): unknown {
  return JSON.parse(text, function revive(this: unknown, key: string, value: unknown, context?: ReviverContext) {
    if (TRANSACTION_ID_KEY.test(key) && typeof value === 'number' && context?.source !== undefined) {
      return context.source;
    }
    return value;
  });
}

/** Lower-cases every object key, recursively, so schemas match whatever casing the server used. */
export function lowerKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(lowerKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key.trim().toLowerCase(), lowerKeys(inner)]));
}

const integer = z.union([
  z.number().int(),
  z
    .string()
    .trim()
    .regex(/^-?\d+$/u)
    .transform(Number),
]);
/** Amounts and counters: null or missing reads as 0. */
const count = integer.nullish().transform((value) => value ?? 0);
const text = z
  .union([z.string(), z.number().transform(String)])
  .nullish()
  .transform((value) => (value === undefined || value === null || value === '' ? null : value));
/**
 * `CreateDate` as recorded (yyyyMMddHHmmss), or in the "yyyy-MM-dd HH:mm:ss.fff" the doc's
 * 23-character field allows: kept as yyyyMMddHHmmss either way.
 */
const stamp = text.transform((value) => {
  const sortable = value === null ? null : /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/u.exec(value);
  return sortable === null ? value : sortable.slice(1).join('');
});
/** Ids Tosla writes as 0 or "" when it has none. */
const id = text.transform((value) => (value === null || /^0+$/u.test(value) ? null : value));
const decimal = z.union([z.number(), z.string().trim().regex(/^-?\d+(\.\d+)?$/u).transform(Number)]);

export const envelopeSchema = z.object({
  code: integer,
  message: text,
  validationerrors: z.array(z.string()).nullish().transform((value) => value ?? []),
});

export const recordSchema = z
  .object({
    transactiontype: count,
    createdate: stamp,
    orderid: text,
    bankresponsecode: text,
    bankresponsemessage: text,
    amount: count,
    currency: count,
    installmentcount: count,
    cardno: text,
    requeststatus: count,
    refundedamount: count,
    postauthedamount: count,
    transactionid: id,
    netamount: count,
    merchantcommissionamount: count,
    transactiondate: count,
  })
  .transform((r) => ({
    transactionType: r.transactiontype,
    createDate: r.createdate,
    orderId: r.orderid,
    bankResponseCode: r.bankresponsecode,
    bankResponseMessage: r.bankresponsemessage,
    amount: r.amount,
    currency: r.currency,
    installmentCount: r.installmentcount,
    cardNo: r.cardno,
    requestStatus: r.requeststatus,
    refundedAmount: r.refundedamount,
    postAuthedAmount: r.postauthedamount,
    transactionId: r.transactionid,
    netAmount: r.netamount,
    merchantCommissionAmount: r.merchantcommissionamount,
    /** yyyyMMdd, or 0 where the environment leaves it out (test-env inquiry). */
    transactionDate: r.transactiondate,
  }));
export type ToslaRecord = z.output<typeof recordSchema>;

/**
 * inquiry answers one flat record in the recorded test environment (reference §6.9); the
 * vendor doc's example wraps the order's records in `{Count, Transactions}` (§9.1). Both
 * read as the list of records about the order.
 */
export const inquirySchema = z.union([
  z.object({ transactions: z.array(recordSchema) }).transform((answer) => answer.transactions),
  z.object({ transactions: z.null(), count: z.unknown() }).transform((): ToslaRecord[] => []),
  recordSchema.transform((record) => [record]),
]);

export const historySchema = z
  .object({ count: count, transactions: z.array(recordSchema).nullish() })
  .transform((h) => ({ count: h.count, transactions: h.transactions ?? [] }));
export type HistoryPage = z.output<typeof historySchema>;

export const operationSchema = z
  .object({ orderid: text, bankresponsecode: text, transactionid: id })
  .transform((o) => ({ orderId: o.orderid, bankResponseCode: o.bankresponsecode, transactionId: o.transactionid }));

export const binInfoSchema = z
  .object({
    cardprefix: count,
    bankid: count,
    bankcode: text,
    bankname: text,
    cardname: text,
    cardclass: text,
    cardtype: text,
    country: text,
    installmentinfo: z.record(z.string(), z.object({ rate: decimal, constant: decimal })).nullish(),
  })
  .transform((b) => ({
    cardPrefix: b.cardprefix,
    bankId: b.bankid,
    bankCode: b.bankcode,
    bankName: b.bankname,
    cardName: b.cardname,
    cardClass: b.cardclass,
    cardType: b.cardtype,
    country: b.country,
    installments: Object.entries(b.installmentinfo ?? {})
      .map(([key, value]) => ({ count: Number(key.replace(/^t/u, '')), ratePercent: value.rate, constant: value.constant }))
      .filter((entry) => Number.isInteger(entry.count))
      .sort((a, b) => a.count - b.count),
  }));
export type BinInfo = z.output<typeof binInfoSchema>;

export const installmentOptionsSchema = z
  .object({
    installmentoptions: z
      .array(z.object({ installment: integer, title: text, amount: integer, currency: count }))
      .nullish(),
  })
  .transform((o) =>
    (o.installmentoptions ?? []).map((option) => ({
      installment: option.installment,
      title: option.title ?? '',
      amountKurus: option.amount,
      currency: option.currency,
    })),
  );
export type InstallmentOption = z.output<typeof installmentOptionsSchema>[number];
