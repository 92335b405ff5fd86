import { seededRandom as generator } from '../../src/shared/seededRandom';

/** The shared seeded generator with the integer and pick helpers the basket suites use. */
export function seededRandom(seed: number) {
  const next = generator(seed);
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(0, items.length - 1)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  return { next, int, pick };
}
export type SeededRandom = ReturnType<typeof seededRandom>;
