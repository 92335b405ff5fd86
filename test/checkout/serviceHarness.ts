import type { ApprovalRequest, ApprovalVerifier, PrivilegedAction } from '../../src/main/core/auth/ports';
import { AppFailure } from '../../src/main/core/failure';
import type { WireBasketBody } from '../../src/shared/tokenx/basketModel';

export const TERMINAL = 'AV0000000001';

export const sampleBasket = (price = 1500): WireBasketBody => ({
  items: [{ name: 'Çay', price, quantity: 2000, sectionNo: 1, taxPercent: 1000 }],
  paymentItems: [{ type: 1, amount: price * 2 }],
});

/** One-time tokens a test hands out; consuming one twice, or for another action, fails like the real verifier. */
export class TestApprovals implements ApprovalVerifier {
  readonly #tokens = new Map<string, PrivilegedAction>();
  grant(token: string, action: PrivilegedAction): string {
    this.#tokens.set(token, action);
    return token;
  }
  consume(token: string, { action }: ApprovalRequest) {
    if (this.#tokens.get(token) !== action) {
      throw new AppFailure('auth.approval-invalid', 'The approval is not valid.', 'Onay geçerli değil.');
    }
    this.#tokens.delete(token);
    return { userId: 'u-manager', displayName: 'Ayşe Yönetici', role: 'manager' as const };
  }
}

/** Waits for a condition the code under test will reach; the bound only stops a broken test from hanging. */
export async function eventually<T>(
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  what: string | (() => string),
  boundMs = 30_000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() - started > boundMs) throw new Error(`never happened: ${typeof what === 'string' ? what : what()}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
