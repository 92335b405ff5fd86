import { describe, expect, it } from 'vitest';
import { formatAmount, formatQuantity, formatTry, parseAmount } from '../../src/shared/money';

const nbsp = (text: string) => text.replace(/\u00a0/gu, ' ');

describe('tr-TR money', () => {
  it('formats kuruş the Turkish way', () => {
    expect(nbsp(formatTry(123456))).toBe('₺1.234,56');
    expect(nbsp(formatTry(5))).toBe('₺0,05');
    expect(nbsp(formatTry(-1999))).toBe('-₺19,99');
    expect(formatAmount(100000000)).toBe('1.000.000,00');
    expect(formatQuantity(1500)).toBe('1,5');
    expect(formatQuantity(250)).toBe('0,25');
  });

  it('refuses fractional kuruş', () => {
    expect(() => formatTry(1.5)).toThrow(RangeError);
  });

  it.each([
    ['1.234,56', 123456],
    ['1234,56', 123456],
    ['1234,5', 123450],
    ['12', 1200],
    ['12,', 1200],
    ['0,05', 5],
    ['₺ 1.000', 100000],
    ['12.50', 1250],
    ['12.5', 1250],
    ['1.234', 123400],
    ['90.071.992.547.409,91', 9007199254740991],
  ])('reads %s as %i kuruş', (input, kurus) => {
    expect(parseAmount(input)).toEqual({ ok: true, kurus });
  });

  it.each([
    ['', 'empty'],
    ['abc', 'format'],
    ['1,2,3', 'format'],
    ['12,345', 'too-many-decimals'],
    ['-5', 'format'],
    ['1.23.4', 'format'],
    ['99.999.999.999.999.999', 'too-large'],
  ])('refuses %j (%s)', (input, reason) => {
    expect(parseAmount(input)).toEqual({ ok: false, reason });
  });
});
