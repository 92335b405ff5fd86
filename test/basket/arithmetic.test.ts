import { describe, expect, it } from 'vitest';
import { allocateByLargestRemainder, mulDivRoundHalfUp } from '../../src/shared/basket/arithmetic';
import { seededRandom } from './seededRandom';

describe('integer arithmetic', () => {
  it.each([
    [6000, 1500, 1000, 9000],
    [1299, 333, 1000, 433],
    [1, 500, 1000, 1],
    [1, 499, 1000, 0],
    [10000, 2000, 12000, 1667],
    [100_000_000, 10_000_000, 1000, 1_000_000_000_000],
  ])('round-half-up(%i × %i ÷ %i) = %i', (a, b, d, expected) => {
    expect(mulDivRoundHalfUp(a, b, d)).toBe(expected);
  });

  it('stays exact beyond 2^53 intermediates', () => {
    expect(mulDivRoundHalfUp(1_000_000_000_000, 9_999, 10_000)).toBe(999_900_000_000);
  });

  it('allocates exactly, in proportion, within one unit of the exact share', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 500; round += 1) {
      const weights = Array.from({ length: random.int(1, 30) }, () => random.int(0, 1_000_000));
      const total = weights.reduce((a, b) => a + b, 0);
      const amount = random.int(0, total);
      const shares = allocateByLargestRemainder(amount, weights);
      expect(shares.reduce((a, b) => a + b, 0)).toBe(total === 0 ? 0 : amount);
      shares.forEach((share, index) => {
        const exact = total === 0 ? 0 : (amount * (weights[index] ?? 0)) / total;
        expect(Math.abs(share - exact)).toBeLessThan(1);
        expect(share).toBeLessThanOrEqual(weights[index] ?? 0);
      });
    }
  });

  it('breaks ties by position so the result is stable', () => {
    expect(allocateByLargestRemainder(1, [1, 1, 1])).toEqual([1, 0, 0]);
    expect(allocateByLargestRemainder(2, [1, 1, 1])).toEqual([1, 1, 0]);
    expect(allocateByLargestRemainder(5, [0, 0])).toEqual([0, 0]);
  });
});
