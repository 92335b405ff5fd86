import { describe, expect, it } from 'vitest';
import { PinHasher } from '../../src/main/core/users/pinHasher';
import { assertPinStrongEnough } from '../../src/main/core/users/pinPolicy';
import { failureOf, FAST_PIN_COST } from './fixtures';

describe('PIN policy', () => {
  it.each(['0000', '77777777', '1234', '4567', '9876', '7890', '0987', '1212', '123123', '12341234', '12', '123456789', '12a4'])(
    'refuses %s with a reason in both languages',
    async (pin) => {
      const error = await failureOf(() => assertPinStrongEnough(pin, 'cashier'));
      expect(error.code).toBe('users.pin-weak');
      expect(error.message.length).toBeGreaterThan(10);
      expect(error.messageTr).toMatch(/PIN/u);
      expect(error.messageTr).not.toBe(error.message);
    },
  );

  it.each(['2580', '4827', '739164', '10293847'])('accepts %s', (pin) => {
    expect(() => assertPinStrongEnough(pin, 'cashier')).not.toThrow();
  });
});

describe('PIN hashing', () => {
  it('salts every hash, verifies only the right PIN, and keeps working after the cost is raised', async () => {
    const cheap = new PinHasher(FAST_PIN_COST);
    const a = await cheap.hash('4827');
    const b = await cheap.hash('4827');
    expect(Buffer.from(a.salt).equals(Buffer.from(b.salt))).toBe(false);
    expect(Buffer.from(a.hash).equals(Buffer.from(b.hash))).toBe(false);
    expect(a.hash).toHaveLength(32);
    expect(await cheap.verify('4827', a)).toBe(true);
    expect(await cheap.verify('4828', a)).toBe(false);

    const dearer = new PinHasher({ N: 2 ** 11, r: 8, p: 1 });
    expect(await dearer.verify('4827', a)).toBe(true);
    expect(JSON.parse((await dearer.hash('4827')).cost)).toEqual({ N: 2 ** 11, r: 8, p: 1 });
  });

  it('never verifies against a damaged record', async () => {
    const hasher = new PinHasher(FAST_PIN_COST);
    const stored = await hasher.hash('4827');
    expect(await hasher.verify('4827', { ...stored, cost: 'not json' })).toBe(false);
    expect(await hasher.verify('4827', { ...stored, cost: '{"N":"big"}' })).toBe(false);
    expect(await hasher.verify('4827', { ...stored, hash: new Uint8Array() })).toBe(false);
  });
});
