import { z } from 'zod';

/**
 * What the vendor's documents leave open or contradict, and real clients' recordings
 * settle only for the test environment: each is a dimension the simulator can be told
 * ("dialect"). The first variant of each is what reference/tosla-protocol.md records
 * from real fixtures [F]; the others are what the vendor doc [D] or a plausible
 * production service [I] would do instead.
 */
export const dialectSchema = z
  .object({
    /** Answer keys: PascalCase with 998's lowercase `message` (§4 [F]), or camelCase as the doc shows for threeDPreAuth/postAuth (§4, §9.3 [D]). */
    answerKeys: z.enum(['PascalCase', 'camelCase']),
    /** Numbers in answers as JSON numbers (§4 [F]), or as strings (`"Code":"0"`; mews fixtures mix `ClientId` both ways, §4 [F]). */
    numbers: z.enum(['number', 'string']),
    /** void/refund `TransactionId` a string (§4, §6.7 [F]), or a number as the doc's tables type it ("TransactionId long 20") [D]. */
    operationTransactionId: z.enum(['string', 'number']),
    /** inquiry answers one flat record (§6.9 [F]), or the `{Count, Transactions}` wrapper of the doc's example (§9.1 [D]). */
    inquiryShape: z.enum(['record', 'list']),
    /** inquiry for an unknown order: Code 0 with an empty record (§6.9 [F]), or 101 "Orjinal Kayıt Bulunamadı" (§9.4 [D]). */
    inquiryUnknownOrder: z.enum(['empty-record', 'code-101']),
    /** Record `CreateDate` as 14 digits, as recorded and in the doc's examples (§4 [F]), or as the 23 characters the doc's table allows ("CreateDate string 23"), .NET's "yyyy-MM-dd HH:mm:ss.fff" [I]. */
    createDate: z.enum(['yyyyMMddHHmmss', 'yyyy-MM-dd HH:mm:ss.fff']),
    /** inquiry zeroes TransactionId, CardBankId, CardTypeId and TransactionDate as the test environment does (§6.9 [F]), or fills them like history (production [I]). */
    inquiryIds: z.enum(['zeroed', 'filled']),
    /** A timeSpan outside the window: 998 "'Time Span' alanı 60 dakidan büyük olamaz" (error tables, §3 [D]), or 997 as the doc's prose says ("Diğer durumlarda hash hatası alınır") [D]. */
    staleTimeSpan: z.enum(['998', '997']),
    /** Request keys matched in any casing as Newtonsoft does (§2, §4 [I]), or only as the camelCase names real clients send (§4 [F]). */
    requestKeys: z.enum(['any-case', 'exact']),
    /** A refund on the sale's own business day: accepted as the test environment does (§6.8 [F]), or refused until the day is closed ("İade: Bankaların gün sonu aldıktan sonra", §6.8 [D/I]). */
    sameDayRefund: z.enum(['allowed', 'refused']),
    /** A hash used again within the window: refused with 997 ("her hash sadece bir kez", §3 [D]), or accepted as the vendor's own plugins need (§3 [F]). */
    hashReuse: z.enum(['refused', 'accepted']),
  })
  .strict();
export type ToslaDialect = z.infer<typeof dialectSchema>;
export const dialectChangeSchema = dialectSchema.partial();
export type DialectChange = z.infer<typeof dialectChangeSchema>;

/** What the reference recorded from the real test environment. */
const reference: ToslaDialect = {
  answerKeys: 'PascalCase',
  numbers: 'number',
  operationTransactionId: 'string',
  inquiryShape: 'record',
  inquiryUnknownOrder: 'empty-record',
  createDate: 'yyyyMMddHHmmss',
  inquiryIds: 'zeroed',
  staleTimeSpan: '998',
  requestKeys: 'any-case',
  sameDayRefund: 'allowed',
  hashReuse: 'refused',
};

/**
 * Named dialects; together they use every variant of every dimension at least once, so
 * a suite run under all of them meets each behaviour.
 */
export const DIALECTS = {
  reference,
  /** Wherever the vendor doc's own text or example differs from the recordings. */
  'vendor-doc': {
    ...reference,
    operationTransactionId: 'number',
    inquiryShape: 'list',
    inquiryUnknownOrder: 'code-101',
    createDate: 'yyyy-MM-dd HH:mm:ss.fff',
    staleTimeSpan: '997',
    sameDayRefund: 'refused',
  },
  /** A production service as the reference expects it to differ from the test one. */
  production: { ...reference, inquiryIds: 'filled', sameDayRefund: 'refused', hashReuse: 'accepted' },
  /** A differently configured serializer and a stricter binder. */
  'camel-strings': { ...reference, answerKeys: 'camelCase', numbers: 'string', requestKeys: 'exact', hashReuse: 'accepted' },
} satisfies Record<string, ToslaDialect>;
export type DialectName = keyof typeof DIALECTS;

export const isDialectName = (name: string): name is DialectName => Object.hasOwn(DIALECTS, name);

const camel = (key: string) => key.charAt(0).toLowerCase() + key.slice(1);

/**
 * Writes an answer built in the recorded form (PascalCase, numbers as numbers) in the
 * dialect's key casing and number type.
 */
export function inDialect(body: unknown, dialect: ToslaDialect): unknown {
  if (Array.isArray(body)) return body.map((item) => inDialect(item, dialect));
  if (typeof body === 'number') return dialect.numbers === 'string' ? String(body) : body;
  if (typeof body !== 'object' || body === null) return body;
  return Object.fromEntries(
    Object.entries(body).map(([key, value]) => [dialect.answerKeys === 'camelCase' ? camel(key) : key, inDialect(value, dialect)]),
  );
}
