/**
 * Tosla wants wall-clock time in Europe/Istanbul (`timeSpan`, `CreateDate`,
 * `TransactionDate`) whatever zone the workstation runs in, so nothing here reads the
 * process time zone.
 */

const ZONE = 'Europe/Istanbul';

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function istanbulWallTime(epochMs: number): WallTime {
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `yyyyMMddHHmmss` in Istanbul time. */
export function istanbulTimeSpan(epochMs: number): string {
  const t = istanbulWallTime(epochMs);
  return `${pad(t.year, 4)}${pad(t.month)}${pad(t.day)}${pad(t.hour)}${pad(t.minute)}${pad(t.second)}`;
}

/** `yyyyMMdd` as a number, the form of Tosla's `TransactionDate`. */
export function istanbulDateNumber(epochMs: number): number {
  const t = istanbulWallTime(epochMs);
  return t.year * 10_000 + t.month * 100 + t.day;
}

const offsetAt = (epochMs: number): number => {
  const t = istanbulWallTime(epochMs);
  return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second) - Math.floor(epochMs / 1000) * 1000;
};

/** The instant an Istanbul wall-clock time names. */
export function istanbulToEpoch(t: WallTime): number {
  const wallAsUtc = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  return wallAsUtc - offsetAt(wallAsUtc - offsetAt(wallAsUtc));
}

/** Reads `yyyyMMddHHmmss` (Istanbul); null when it is not a real date and time. */
export function parseTimeSpan(text: string): number | null {
  const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/u.exec(text);
  if (match === null) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const wall = { year, month, day, hour, minute, second };
  const epoch = istanbulToEpoch(wall);
  return istanbulTimeSpan(epoch) === text ? epoch : null;
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
