import { describe, expect, it } from 'vitest';
import { checkGtin, describeGtinProblem, gtinCheckDigit, withCheckDigit } from '../../src/shared/barcode/gtin';

describe('GTIN check digits', () => {
  it.each([
    ['4006381333931', 'EAN-13'],
    ['8690504055204', 'EAN-13'],
    ['96385074', 'EAN-8'],
    ['036000291452', 'UPC-A'],
    ['012345678905', 'UPC-A'],
  ])('accepts %s as %s', (code, kind) => {
    expect(checkGtin(code)).toEqual({ ok: true, kind });
  });

  it('rejects every single-digit change of a valid code', () => {
    const valid = '8690504055204';
    for (let position = 0; position < valid.length; position += 1) {
      for (let digit = 0; digit <= 9; digit += 1) {
        const changed = valid.slice(0, position) + String(digit) + valid.slice(position + 1);
        expect(checkGtin(changed).ok).toBe(changed === valid);
      }
    }
  });

  it('names the expected check digit', () => {
    const check = checkGtin('4006381333932');
    expect(check).toEqual({ ok: false, reason: 'check-digit', expectedCheckDigit: 1 });
    if (check.ok) throw new Error('unreachable');
    const problem = describeGtinProblem('4006381333932', check);
    expect(problem.message).toContain('expected 1');
    expect(problem.messageTr).toContain('1 olmalı');
  });

  it.each([
    ['12345', 'length'],
    ['12345678901234', 'length'],
    ['40063813339a1', 'not-digits'],
    ['', 'not-digits'],
  ])('rejects %j (%s)', (code, reason) => {
    expect(checkGtin(code)).toMatchObject({ ok: false, reason });
  });

  it('builds valid codes', () => {
    expect(withCheckDigit('400638133393')).toBe('4006381333931');
    expect(gtinCheckDigit('9638507')).toBe(4);
    expect(() => gtinCheckDigit('12a')).toThrow(RangeError);
  });
});
