import type { Language } from '../../../../shared/settings';

/**
 * Turkey keeps UTC+3 all year (no daylight saving since 2016), so an Istanbul calendar
 * day is a fixed span of UTC whatever zone the till's clock is set to.
 */
const ISTANBUL_OFFSET = '+03:00';

/** `2025-03-14`, 0 → the instant that day starts in Istanbul; `plusDays` moves to a later midnight. */
export function istanbulDayStart(day: string, plusDays: number): string {
  const start = new Date(`${day}T00:00:00${ISTANBUL_OFFSET}`);
  return new Date(start.getTime() + plusDays * 86_400_000).toISOString();
}

/** Today's date in Istanbul as `yyyy-mm-dd`, for date pickers. */
export function istanbulToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Istanbul', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function istanbulDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'tr' ? 'tr-TR' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'medium',
    timeZone: 'Europe/Istanbul',
  }).format(new Date(iso));
}
