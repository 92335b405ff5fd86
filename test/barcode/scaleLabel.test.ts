import { describe, expect, it } from 'vitest';
import { withCheckDigit } from '../../src/shared/barcode/gtin';
import { parseScaleLabel } from '../../src/shared/barcode/scaleLabel';

describe('scale labels', () => {
  it('reads weight from 27/28 labels: PLU then grams', () => {
    expect(parseScaleLabel(withCheckDigit('270004201250'))).toEqual({ embedded: 'weight', plu: 42, weightGrams: 1250, prefix: '27' });
    expect(parseScaleLabel(withCheckDigit('281234500999'))).toEqual({ embedded: 'weight', plu: 12345, weightGrams: 999, prefix: '28' });
  });

  it('reads price in kuruş from 29 labels', () => {
    expect(parseScaleLabel(withCheckDigit('290004204575'))).toEqual({ embedded: 'price', plu: 42, priceKurus: 4575, prefix: '29' });
  });

  it('ignores ordinary codes, wrong lengths and misread labels', () => {
    expect(parseScaleLabel('8690504055204')).toBeNull();
    expect(parseScaleLabel(withCheckDigit('2700042012'))).toBeNull();
    const label = withCheckDigit('270004201250');
    const misread = label.slice(0, 12) + String((Number(label[12]) + 1) % 10);
    expect(parseScaleLabel(misread)).toBeNull();
  });

  it('follows a configured layout; the longest prefix wins', () => {
    const rules = [
      { prefix: '2', embedded: 'price' as const, itemDigits: 6 },
      { prefix: '21', embedded: 'weight' as const, itemDigits: 4 },
    ];
    expect(parseScaleLabel(withCheckDigit('210077002500'), rules)).toEqual({ embedded: 'weight', plu: 77, weightGrams: 2500, prefix: '21' });
    expect(parseScaleLabel(withCheckDigit('200007701999'), rules)).toEqual({ embedded: 'price', plu: 77, priceKurus: 1999, prefix: '2' });
    expect(parseScaleLabel(withCheckDigit('270004201250'), rules)).toEqual({ embedded: 'price', plu: 700042, priceKurus: 1250, prefix: '2' });
  });
});
