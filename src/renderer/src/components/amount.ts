import type { Kurus } from '../../../shared/money';
import { formatTry, parseAmount } from '../../../shared/money';
import type { Translate } from '../i18n/translate';

export type AmountReading = { ok: true; kurus: Kurus } | { ok: false; message: string };

/** Reads a tr-TR amount a person typed, refusing zero and anything above `maxKurus`. */
export function readAmount(text: string, maxKurus: Kurus | null, t: Translate): AmountReading {
  const parsed = parseAmount(text);
  if (!parsed.ok) return { ok: false, message: t(`amount.${parsed.reason}`) };
  if (parsed.kurus === 0) return { ok: false, message: t('amount.zero') };
  if (maxKurus !== null && parsed.kurus > maxKurus) return { ok: false, message: t('amount.above-max', { max: formatTry(maxKurus) }) };
  return { ok: true, kurus: parsed.kurus };
}
