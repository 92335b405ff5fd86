import { z } from 'zod';

/**
 * Validation messages in both languages of the app. Custom checks (`refine`) carry
 * their own Turkish and English text in `params`; built-in checks use zod's locales.
 */
export const bilingual = (en: string, tr: string) => ({ params: { en, tr } });

type Locale = 'en' | 'tr';

const turkish = z.locales.tr().localeError;

function customText(issue: z.core.$ZodRawIssue, locale: Locale): string | undefined {
  if (issue.code !== 'custom') return undefined;
  const params = (issue as { params?: Record<string, unknown> }).params;
  const text = params?.[locale];
  return typeof text === 'string' ? text : undefined;
}

/** zod's Turkish locale names the expected type in English ("beklenen number"); a Turkish screen says it in words. */
const EXPECTED_TR: Record<string, string> = {
  number: 'bir sayı',
  int: 'bir tam sayı',
  bigint: 'bir tam sayı',
  string: 'bir metin',
  boolean: 'evet ya da hayır',
  array: 'bir liste',
  object: 'bir kayıt',
  date: 'bir tarih',
};

function turkishText(issue: z.core.$ZodRawIssue): ReturnType<z.core.$ZodErrorMap> {
  if (issue.code === 'invalid_type') return `Geçersiz değer: ${EXPECTED_TR[issue.expected] ?? 'başka türde bir değer'} olmalı`;
  return turkish(issue);
}

export const errorMapFor =
  (locale: Locale): z.core.$ZodErrorMap =>
  (issue) => {
    const custom = customText(issue, locale);
    if (custom !== undefined) return custom;
    return locale === 'tr' ? turkishText(issue) : undefined;
  };

export interface ValidationFailure {
  path: string;
  message: string;
  messageTr: string;
}

/** Parses `value`; on failure describes the first problem in English and Turkish with its field path. */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
): { ok: true; data: z.output<S> } | { ok: false; failure: ValidationFailure } {
  const english = schema.safeParse(value, { error: errorMapFor('en') });
  if (english.success) return { ok: true, data: english.data };
  const turkishResult = schema.safeParse(value, { error: errorMapFor('tr') });
  const first = english.error.issues[0];
  const firstTr = turkishResult.success ? undefined : turkishResult.error.issues[0];
  return {
    ok: false,
    failure: {
      path: first ? first.path.map(String).join('.') : '',
      message: first?.message ?? 'Invalid input',
      messageTr: firstTr?.message ?? first?.message ?? 'Geçersiz değer',
    },
  };
}
