import { useMemo } from 'react';
import { vatRateText } from '../../../shared/basket/departments';
import type { UnitCode } from '../../../shared/basket/units';
import { UNITS } from '../../../shared/basket/units';
import type { Kurus } from '../../../shared/money';
import { formatAmount, formatQuantity, formatTry } from '../../../shared/money';
import type { Language } from '../../../shared/settings';
import { useLanguage } from './useT';

/**
 * Every instant on screen is Istanbul time, whatever zone the till's clock is set to,
 * and every date reads `dd.MM.yyyy` in both languages (a Turkish receipt's format).
 */
export const TIME_ZONE = 'Europe/Istanbul';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

interface Clock {
  day: string;
  month: string;
  year: string;
  hour: string;
  minute: string;
  second: string;
}

function clockOf(instant: Date): Clock {
  const found = Object.fromEntries(parts.formatToParts(instant).map((part) => [part.type, part.value]));
  return { day: found.day ?? '', month: found.month ?? '', year: found.year ?? '', hour: found.hour ?? '', minute: found.minute ?? '', second: found.second ?? '' };
}

const toDate = (instant: string | Date): Date => (instant instanceof Date ? instant : new Date(instant));

/** `dd.MM.yyyy` in Istanbul. */
export function formatDate(instant: string | Date): string {
  const { day, month, year } = clockOf(toDate(instant));
  return `${day}.${month}.${year}`;
}

/** `HH:mm` in Istanbul. */
export function formatTime(instant: string | Date): string {
  const { hour, minute } = clockOf(toDate(instant));
  return `${hour}:${minute}`;
}

/** `dd.MM.yyyy HH:mm:ss` in Istanbul. */
export function formatDateTime(instant: string | Date): string {
  const { second } = clockOf(toDate(instant));
  return `${formatDate(instant)} ${formatTime(instant)}:${second}`;
}

/** Today in Istanbul as `yyyy-MM-dd`, the form the contract's day arguments take. */
export function istanbulDay(now: Date): string {
  const { day, month, year } = clockOf(now);
  return `${year}-${month}-${day}`;
}

export interface Format {
  /** `₺1.234,56` */
  money(kurus: Kurus): string;
  /** `1.234,56`, where the currency is in the header. */
  amount(kurus: Kurus): string;
  /** `1,5 kg`, `3 adet`: thousandths with the unit in the language on screen. */
  quantity(thousandths: number, unit?: UnitCode): string;
  date(instant: string | Date): string;
  time(instant: string | Date): string;
  dateTime(instant: string | Date): string;
  /** A VAT rate or discount in basis points: `%20`, `%12,5`. */
  percent(basisPoints: number): string;
  /** A count grouped the way the language on screen groups it: `100.000` / `100,000`. */
  count(value: number): string;
  /** Bytes as megabytes with one decimal: `5,8` / `5.8`. */
  megabytes(bytes: number): string;
}

const LOCALES: Record<Language, string> = { tr: 'tr-TR', en: 'en-GB' };

export function formatFor(language: Language): Format {
  const count = new Intl.NumberFormat(LOCALES[language]);
  const megabytes = new Intl.NumberFormat(LOCALES[language], { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return {
    money: formatTry,
    amount: formatAmount,
    quantity: (thousandths, unit) => (unit === undefined ? formatQuantity(thousandths) : `${formatQuantity(thousandths)} ${UNITS[unit][language]}`),
    date: formatDate,
    time: formatTime,
    dateTime: formatDateTime,
    percent: vatRateText,
    count: (value) => count.format(value),
    megabytes: (bytes) => megabytes.format(bytes / 1_000_000),
  };
}

/** Money, quantities, dates and times as every screen shows them. */
export function useFormat(): Format {
  const language = useLanguage();
  return useMemo(() => formatFor(language), [language]);
}
