import { describe, expect, it } from 'vitest';
import type { Answers } from './fakePos';
import { fakePos, success } from './fakePos';

describe('the fake window.pos', () => {
  it('is typed by the contract: a fake answer of the wrong shape does not compile (npm run typecheck)', async () => {
    const answers: Answers = {
      // @ts-expect-error settings.get answers the settings, not a number
      'settings.get': () => success(42),
      // @ts-expect-error a recovery status without its counts is not one
      'checkout.recoveryStatus': () => success({ phase: 'ready' }),
      'tokenx.simulator': () => success(null),
    };
    // @ts-expect-error no such call in the contract
    const unknownCall: Answers = { 'settings.reveal': () => success(null) };
    const { api } = fakePos(answers);
    expect(await api.call('tokenx.simulator')).toEqual({ ok: true, value: null });
    expect(Object.keys(unknownCall)).toEqual(['settings.reveal']);
  });
});
