/**
 * Tosla's clock, as the vendor documents it (vendor-docs "Zorunlu Parametreler", `timeSpan`:
 * "İşlem tarihi (yyyyMMddHHmmss) … GMT+3 zaman diliminde"): a fixed GMT+3 wall clock,
 * whatever zone the host runs in and whatever the tz database says about Istanbul's past.
 * The same clock writes `CreateDate` (yyyyMMddHHmmss) and `TransactionDate` (int yyyyMMdd)
 * in records ("Ödeme Sorgulama" response table).
 */

const GMT3_MS = 3 * 3_600_000;

export interface Gmt3Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function gmt3Wall(epochMs: number): Gmt3Wall {
  const shifted = new Date(epochMs + GMT3_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/** The instant a GMT+3 wall-clock time names; out-of-range parts roll over as `Date.UTC` does. */
export function instantOfGmt3Wall(wall: Gmt3Wall): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) - GMT3_MS;
}

const two = (value: number) => String(value).padStart(2, '0');

/** `timeSpan` / `CreateDate`: yyyyMMddHHmmss. */
export function timeSpanAt(epochMs: number): string {
  const w = gmt3Wall(epochMs);
  return `${String(w.year).padStart(4, '0')}${two(w.month)}${two(w.day)}${two(w.hour)}${two(w.minute)}${two(w.second)}`;
}

/** The 23-character form the doc's `CreateDate string 23` leaves room for: yyyy-MM-dd HH:mm:ss.fff. */
export function sortableStampAt(epochMs: number): string {
  const w = gmt3Wall(epochMs);
  const millis = String(((epochMs % 1000) + 1000) % 1000).padStart(3, '0');
  return `${String(w.year).padStart(4, '0')}-${two(w.month)}-${two(w.day)} ${two(w.hour)}:${two(w.minute)}:${two(w.second)}.${millis}`;
}

/** `TransactionDate`: yyyyMMdd as an int. */
export function transactionDateAt(epochMs: number): number {
  const w = gmt3Wall(epochMs);
  return w.year * 10_000 + w.month * 100 + w.day;
}

/** Reads a `timeSpan`; null unless it is exactly yyyyMMddHHmmss naming a real date and time. */
export function instantOfTimeSpan(text: string): number | null {
  const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/u.exec(text);
  if (match === null) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  const instant = instantOfGmt3Wall({ year, month, day, hour, minute, second });
  return timeSpanAt(instant) === text ? instant : null;
}
