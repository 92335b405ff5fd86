/** Tosla's `yyyyMMddHHmmss` (already Istanbul time) as `14.03.2025 11:20`; kept as sent when it is not that shape. */
export function createDateText(createDate: string | null): string {
  const match = createDate ? /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/u.exec(createDate) : null;
  if (!match) return createDate ?? '—';
  const [, year, month, day, hour, minute] = match;
  return `${day}.${month}.${year} ${hour}:${minute}`;
}
