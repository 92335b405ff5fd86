import type { ToslaDialect } from './dialect';

/**
 * The request fields of each simulated method, from the vendor's "Request Parametreleri"
 * tables (type, "Max Uzunluk", "Zorunlu"), bound the way the ASP.NET/Newtonsoft service
 * binds them (reference §2): numbers sent as strings are read as numbers, anything sent
 * to a string field is read as its text, unknown keys are ignored, and a required value
 * sent empty gives the Newtonsoft texts the doc's 998 rows quote.
 */

interface NumberField {
  kind: 'long' | 'int';
  required: boolean;
  /** "Max Uzunluk" of a number: its digits. */
  digits: number | null;
}
interface TextField {
  kind: 'string';
  required: boolean;
  maxLength: number;
}
type Field = NumberField | TextField;
type Schema = Record<string, Field>;

const long = (digits: number) => ({ kind: 'long', required: true, digits }) as const satisfies NumberField;
const int = (digits: number | null) => ({ kind: 'int', required: true, digits }) as const satisfies NumberField;
const text = (maxLength: number) => ({ kind: 'string', required: true, maxLength }) as const satisfies TextField;
const optional = <F extends Field>(field: F) => ({ ...field, required: false }) as const;

/**
 * "Zorunlu Parametreler" (every call). Only clientId fails at binding when empty (the doc's
 * "An undefined token is not a valid System.Int64. Path 'clientId'"); an empty apiUser,
 * rnd, timeSpan or hash is judged by authentication: unknown user, wrong hash, bad stamp,
 * and for a missing hash 999 "Genel Hata" (reference §3, recorded).
 */
const AUTH = {
  clientId: long(19),
  apiUser: optional(text(100)),
  rnd: optional(text(24)),
  timeSpan: optional(text(14)),
  hash: optional(text(512)),
} satisfies Schema;

export const REQUEST_SCHEMAS = {
  /** "Ödeme Sorgulama" */
  inquiry: { ...AUTH, orderId: text(20), transactionId: optional(text(20)) },
  /** "İşlem Listeleme" ("Page int int max": no digit limit) */
  history: { ...AUTH, orderId: optional(text(20)), transactionDate: int(8), page: int(null), pageSize: int(3) },
  /** "İptal" */
  void: { ...AUTH, orderId: text(20), echo: optional(text(256)) },
  /** "İade" */
  refund: { ...AUTH, orderId: text(20), amount: long(18), echo: optional(text(256)) },
  /** "Taksit ve Komisyon Bilgisi" */
  getcommissionandinstallmentinfo: { ...AUTH, bin: int(6) },
  /** "Taksit ve Taksitlere Karşılık Gelen Tutar Bilgisi" */
  getinstallmentoptions: { ...AUTH, amount: long(18) },
  /** The documented methods the simulator answers without simulating: only their credentials are read. */
  credentialsOnly: AUTH,
} satisfies Record<string, Schema>;
export type SchemaName = keyof typeof REQUEST_SCHEMAS;

type Value<F extends Field> = F extends TextField ? string : number;
export type Bound<S extends Schema> = { [K in keyof S]: S[K]['required'] extends true ? Value<S[K]> : Value<S[K]> | null };
export type BindResult<S extends Schema> = { ok: true; request: Bound<S> } | { ok: false; errors: string[] };

const INT32_MAX = 2_147_483_647;

/** "transactionDate" → "Transaction Date", the display name the service's own 998 texts use ("'Time Span' alanı …"). */
const displayName = (field: string) => field.charAt(0).toUpperCase() + field.slice(1).replace(/([A-Z])/gu, ' $1');

const dotnetType = (field: string, kind: 'long' | 'int') => {
  const type = kind === 'long' ? 'System.Int64' : 'System.Int32';
  // The doc quotes clientId as a plain Int64 and amount as Nullable`1[System.Int64].
  return field === 'clientId' ? type : `System.Nullable\`1[${type}]`;
};

function bindNumber(field: string, spec: NumberField, raw: unknown): { value: number | null } | { error: string } {
  if (raw === undefined || raw === null || raw === '') {
    return spec.required ? { error: `An undefined token is not a valid ${dotnetType(field, spec.kind)}. Path '${field}'.` } : { value: null };
  }
  const max = spec.kind === 'int' ? INT32_MAX : Number.MAX_SAFE_INTEGER;
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw)) return { error: `Input string '${raw}' is not a valid integer. Path '${field}'.` };
    if (Math.abs(raw) > max) {
      return { error: `JSON integer ${raw} is too large or small for an ${spec.kind === 'int' ? 'Int32' : 'Int64'}. Path '${field}'.` };
    }
    return withinDigits(field, spec, raw);
  }
  const textValue = typeof raw === 'string' ? raw.trim() : null;
  if (textValue === null || !/^-?\d+$/u.test(textValue) || Math.abs(Number(textValue)) > max) {
    return { error: `Could not convert string to integer: ${String(raw)}. Path '${field}'.` };
  }
  return withinDigits(field, spec, Number(textValue));
}

function withinDigits(field: string, spec: NumberField, value: number): { value: number } | { error: string } {
  if (spec.digits !== null && String(Math.abs(value)).length > spec.digits) {
    // The doc gives the limit but no text for it; this one follows the service's "'X' alanı …" texts.
    return { error: `'${displayName(field)}' alanı en fazla ${spec.digits} haneli olabilir.` };
  }
  return { value };
}

function bindText(field: string, spec: TextField, raw: unknown): { value: string | null } | { error: string } {
  const value = typeof raw === 'string' ? raw : typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : null;
  if (value === null || value === '') {
    return spec.required
      ? { error: `Unexpected character encountered while parsing value: ,. Path '${field}'.` }
      : { value: null };
  }
  if (value.length > spec.maxLength) {
    return { error: `'${displayName(field)}' alanı ${spec.maxLength} karakterden uzun olamaz.` };
  }
  return { value };
}

/** Binds a parsed JSON object to a method's schema, matching keys as the dialect says. */
export function bindRequest<N extends SchemaName>(
  name: N,
  body: Record<string, unknown>,
  keys: ToslaDialect['requestKeys'],
): BindResult<(typeof REQUEST_SCHEMAS)[N]> {
  const schema: Schema = REQUEST_SCHEMAS[name];
  const byKey = new Map<string, unknown>();
  for (const [key, value] of Object.entries(body)) {
    const lookup = keys === 'any-case' ? key.toLowerCase() : key;
    if (!byKey.has(lookup)) byKey.set(lookup, value);
  }
  const request: Record<string, string | number | null> = {};
  const errors: string[] = [];
  for (const [field, spec] of Object.entries(schema)) {
    const raw = byKey.get(keys === 'any-case' ? field.toLowerCase() : field);
    const bound = spec.kind === 'string' ? bindText(field, spec, raw) : bindNumber(field, spec, raw);
    if ('error' in bound) errors.push(bound.error);
    else request[field] = bound.value;
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, request: request as Bound<(typeof REQUEST_SCHEMAS)[N]> };
}
