import { describe, expect, it } from 'vitest';
import { checkTaxId, isValidTckn, isValidVkn } from '../../src/shared/customer/taxId';

/** Builds a valid TCKN from its first nine digits, by the published rule. */
function tckn(first9: string): string {
  const d = [...first9].map(Number);
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  const eleventh = (d.reduce((a, b) => a + b, 0) + tenth) % 10;
  return `${first9}${tenth}${eleventh}`;
}

describe('TCKN', () => {
  it.each(['10000000146', '12345678950', tckn('398765432'), tckn('100000001')])('accepts %s', (value) => {
    expect(isValidTckn(value)).toBe(true);
    expect(checkTaxId(value)).toEqual({ ok: true, kind: 'TCKN' });
  });

  it('rejects any change in the last two digits and a leading zero', () => {
    const valid = '10000000146';
    for (const position of [9, 10]) {
      for (let digit = 0; digit <= 9; digit += 1) {
        const changed = valid.slice(0, position) + String(digit) + valid.slice(position + 1);
        if (changed !== valid) expect(isValidTckn(changed)).toBe(false);
      }
    }
    expect(isValidTckn('01234567890')).toBe(false);
    expect(checkTaxId('01234567890')).toMatchObject({ ok: false, messageTr: 'TC kimlik numarası 0 ile başlamaz.' });
  });
});

describe('VKN', () => {
  it.each(['1234567890', '0010000009', '4540536920'])('accepts %s', (value) => {
    expect(isValidVkn(value)).toBe(true);
    expect(checkTaxId(value)).toEqual({ ok: true, kind: 'VKN' });
  });

  it('rejects a wrong check digit with a message in both languages', () => {
    expect(isValidVkn('1234567891')).toBe(false);
    const check = checkTaxId('1234567891');
    expect(check).toMatchObject({ ok: false });
    if (check.ok) throw new Error('unreachable');
    expect(check.message).toContain('VKN 1234567891');
    expect(check.messageTr).toContain("1234567891 VKN'si");
  });
});

it('explains lengths and non-digits', () => {
  expect(checkTaxId('123')).toMatchObject({ ok: false, message: expect.stringContaining('3 digits') });
  expect(checkTaxId('12345abcde')).toMatchObject({ ok: false, messageTr: expect.stringContaining('yalnızca rakam') });
});
