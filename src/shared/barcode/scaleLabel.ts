import { z } from 'zod';
import { checkGtin } from './gtin';

/**
 * In-store EAN-13 labels printed by a scale: a prefix from the restricted range 20–29,
 * the item's PLU, the weight (grams = thousandths of a kg) or the price (kuruş), and a
 * check digit. Which prefix carries what is the shop's scale configuration.
 */
export const scaleLabelRuleSchema = z.object({
  prefix: z.string().regex(/^2\d{0,2}$/u),
  embedded: z.enum(['weight', 'price']),
  /** Digits of the item code (PLU) after the prefix; the value takes the rest up to the check digit. */
  itemDigits: z.number().int().min(1).max(6),
});
export type ScaleLabelRule = z.infer<typeof scaleLabelRuleSchema>;

/** The usual Turkish setup: 27 and 28 carry the weight, 29 the price, each with a 5-digit PLU. */
export const DEFAULT_SCALE_LABEL_RULES: readonly ScaleLabelRule[] = [
  { prefix: '27', embedded: 'weight', itemDigits: 5 },
  { prefix: '28', embedded: 'weight', itemDigits: 5 },
  { prefix: '29', embedded: 'price', itemDigits: 5 },
];

export type ScaleLabel =
  | { embedded: 'weight'; plu: number; weightGrams: number; prefix: string }
  | { embedded: 'price'; plu: number; priceKurus: number; prefix: string };

/**
 * Reads a scale label, or returns null when the code is not one under these rules
 * (including a wrong check digit: a misread label must not become a weighed line).
 * The longest matching prefix wins so `2` and `29` can coexist.
 */
export function parseScaleLabel(code: string, rules: readonly ScaleLabelRule[] = DEFAULT_SCALE_LABEL_RULES): ScaleLabel | null {
  if (code.length !== 13) return null;
  const rule = [...rules]
    .filter((candidate) => code.startsWith(candidate.prefix))
    .sort((a, b) => b.prefix.length - a.prefix.length)[0];
  if (rule === undefined) return null;
  const valueDigits = 12 - rule.prefix.length - rule.itemDigits;
  if (valueDigits < 1 || !checkGtin(code).ok) return null;
  const plu = Number(code.slice(rule.prefix.length, rule.prefix.length + rule.itemDigits));
  const value = Number(code.slice(12 - valueDigits, 12));
  return rule.embedded === 'weight'
    ? { embedded: 'weight', plu, weightGrams: value, prefix: rule.prefix }
    : { embedded: 'price', plu, priceKurus: value, prefix: rule.prefix };
}
