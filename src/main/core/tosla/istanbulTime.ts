/**
 * Tosla wants wall-clock time in GMT+3 (`timeSpan`, `CreateDate`, `TransactionDate`)
 * whatever zone the workstation runs in: the vendor's developer centre names the fixed
 * offset ("GMT+3 zaman diliminde"), which is Istanbul's time since 2016. Nothing here
 * reads the process time zone or the tz database, whose Istanbul has other offsets before
 * 2016 (a workstation whose clock fell back to 2000 would otherwise sign with UTC+2).
 */

const GMT3_MS = 3 * 3_600_000;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

const gmt3 = (epochMs: number): Date => new Date(epochMs + GMT3_MS);

/** `yyyyMMddHHmmss` in GMT+3. */
export function istanbulTimeSpan(epochMs: number): string {
  const t = gmt3(epochMs);
  return `${pad(t.getUTCFullYear(), 4)}${pad(t.getUTCMonth() + 1)}${pad(t.getUTCDate())}${pad(t.getUTCHours())}${pad(t.getUTCMinutes())}${pad(t.getUTCSeconds())}`;
}

/** `yyyyMMdd` as a number, the form of Tosla's `TransactionDate`. */
export function istanbulDateNumber(epochMs: number): number {
  const t = gmt3(epochMs);
  return t.getUTCFullYear() * 10_000 + (t.getUTCMonth() + 1) * 100 + t.getUTCDate();
}

/** `yyyyMMdd` → `YYYY-MM-DD`, the form the screens use. */
export function dateNumberToIso(date: number): string {
  const text = String(date).padStart(8, '0');
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
}

/** `YYYY-MM-DD` → `yyyyMMdd`. */
export function isoToDateNumber(iso: string): number {
  return Number(iso.replaceAll('-', ''));
}
