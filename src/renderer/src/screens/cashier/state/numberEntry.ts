import type { UnitCode } from '../../../../../shared/basket/units';
import { isMeasuredUnit } from '../../../../../shared/basket/units';

/**
 * What a cashier types as a quantity or a percent, read with string arithmetic only
 * (`1,5` kg is exactly 1500 thousandths, never 1499.9999).
 */

export type NumberEntryProblem = 'format' | 'zero' | 'whole-only' | 'too-many-decimals' | 'too-large';

export type NumberEntry = { ok: true; value: number } | { ok: false; problem: NumberEntryProblem };

/** Reads `12`, `1,5` or `1.5` scaled by 10^decimals; `decimals` is the most digits allowed after the separator. */
function readScaled(text: string, decimals: number, max: number): NumberEntry {
  const match = /^(\d{1,9})(?:[.,](\d*))?$/u.exec(text.trim());
  if (!match) return { ok: false, problem: 'format' };
  const fraction = match[2] ?? '';
  if (fraction.length > decimals) return { ok: false, problem: 'too-many-decimals' };
  const value = Number(match[1]) * 10 ** decimals + Number(fraction.padEnd(decimals, '0') || '0');
  if (value === 0) return { ok: false, problem: 'zero' };
  if (value > max) return { ok: false, problem: 'too-large' };
  return { ok: true, value };
}

/** A quantity in thousandths: whole units for countable goods, up to grams for measured ones. */
export function readQuantity(text: string, unit: UnitCode, max: number): NumberEntry {
  const reading = readScaled(text, 3, max);
  if (reading.ok && !isMeasuredUnit(unit) && reading.value % 1000 !== 0) return { ok: false, problem: 'whole-only' };
  return reading;
}

/** A percent as basis points (`12,5` → 1250), at most 100 %. */
export const readPercent = (text: string): NumberEntry => readScaled(text, 2, 10_000);
