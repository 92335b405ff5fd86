/**
 * Integer money arithmetic. Products of price × quantity × percent can pass 2^53, so
 * the one multiply-divide goes through BigInt and comes back as a safe integer.
 */

/** round-half-up(a × b ÷ d) for non-negative a, b and positive d. */
export function mulDivRoundHalfUp(a: number, b: number, d: number): number {
  const product = BigInt(a) * BigInt(b);
  const divisor = BigInt(d);
  return Number((product * 2n + divisor) / (divisor * 2n));
}

/**
 * Splits `amount` over `weights` in proportion, each share an integer, the shares
 * summing to exactly `amount`: floors first, then one unit each to the largest
 * remainders (earlier index first on ties, so the result is deterministic).
 */
export function allocateByLargestRemainder(amount: number, weights: readonly number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (total === 0) return weights.map(() => 0);
  const big = BigInt(amount);
  const bigTotal = BigInt(total);
  const shares: number[] = [];
  const remainders: { index: number; remainder: bigint }[] = [];
  let allocated = 0;
  weights.forEach((weight, index) => {
    const scaled = big * BigInt(weight);
    const share = Number(scaled / bigTotal);
    shares.push(share);
    allocated += share;
    remainders.push({ index, remainder: scaled % bigTotal });
  });
  remainders.sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (let i = 0; i < amount - allocated; i += 1) {
    const target = remainders[i];
    if (target !== undefined) shares[target.index] = (shares[target.index] ?? 0) + 1;
  }
  return shares;
}
