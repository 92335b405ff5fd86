import { describe, expect, it } from 'vitest';
import { failureOf, MANAGER_PIN, REQUEST, usersWithStaff } from './fixtures';

const POLICY = { maxFailures: 3, lockoutMs: 10 * 60_000, maxLockoutMs: 24 * 60 * 60_000 };

describe('PIN lockout', () => {
  it('counts wrong PINs down, locks with the unlock time, and lets the user in once the time has passed', async () => {
    const { users, manager, advance, audit } = await usersWithStaff({ lockout: POLICY });

    const first = await failureOf(() => users.session.signIn(manager.id, '9153'));
    expect(first).toMatchObject({ code: 'auth.wrong-pin' });
    expect(first.message).toContain('2 tries left');
    expect(first.messageTr).toContain('2 deneme');
    await failureOf(() => users.session.signIn(manager.id, '9153'));
    const locked = await failureOf(() => users.session.signIn(manager.id, '9153'));
    expect(locked.code).toBe('auth.locked-out');
    // 09:30Z + 10 min = 12:40 in Istanbul (UTC+3), whatever zone the test machine is in.
    expect(locked.message).toContain('12:40');
    expect(locked.message).toContain('Istanbul');
    expect(locked.messageTr).toContain('12:40');
    expect(locked.messageTr).toContain('kilitli');

    // The right PIN does not get through while locked.
    advance(9 * 60_000);
    expect((await failureOf(() => users.session.signIn(manager.id, MANAGER_PIN))).code).toBe('auth.locked-out');
    expect(users.service.roster().find((user) => user.id === manager.id)?.lockedUntil).toBe('2025-03-14T09:40:00.000Z');

    advance(60_000);
    const signedIn = await users.session.signIn(manager.id, MANAGER_PIN);
    expect(signedIn.user?.id).toBe(manager.id);
    expect(signedIn.user?.lockedUntil).toBeNull();

    const actions = audit.list({ action: 'users', userId: undefined, offset: 0, limit: 50 }).entries.map((e) => e.action);
    expect(actions.filter((a) => a === 'users.pin-failed')).toHaveLength(3);
    expect(actions).toContain('users.pin-lockout');
    // By then the admin had idled out: the refusal with nobody signed in is counted, not written as a row.
    expect(actions).toContain('users.idle-sign-out');
    expect(users.tally.current('pin-refused-locked')).toBe(1);
  });

  it('starts the count afresh after a right PIN', async () => {
    const { users, manager } = await usersWithStaff({ lockout: POLICY });
    await failureOf(() => users.session.signIn(manager.id, '9153'));
    await failureOf(() => users.session.signIn(manager.id, '9153'));
    await users.session.signIn(manager.id, MANAGER_PIN);
    const next = await failureOf(() => users.session.signIn(manager.id, '9153'));
    expect(next.message).toContain('2 tries left');
  });

  it('does not let a burst of parallel guesses past the limit', async () => {
    const { users, manager, audit } = await usersWithStaff({ lockout: POLICY });
    const guesses = ['1357', '2468', '3579', '4680', '5791', '6802', '7913', '8024'];
    const results = await Promise.all(guesses.map((pin) => failureOf(() => users.session.signIn(manager.id, pin))));
    expect(results.filter((r) => r.code === 'auth.wrong-pin')).toHaveLength(2);
    expect(results.filter((r) => r.code === 'auth.locked-out')).toHaveLength(6);
    expect(audit.list({ action: 'users.pin-failed', offset: 0, limit: 50 }).total).toBe(3);
  });

  it('is lifted early by an admin setting a new PIN', async () => {
    const { users, manager } = await usersWithStaff({ lockout: POLICY });
    for (let i = 0; i < 3; i += 1) await failureOf(() => users.session.signIn(manager.id, '9153'));
    await users.service.setPin({ id: manager.id, pin: '603841' }, undefined);
    expect((await users.session.signIn(manager.id, '603841')).user?.id).toBe(manager.id);
  });

  it('also guards the approval PIN, sharing the same count', async () => {
    const { users, manager } = await usersWithStaff({ lockout: POLICY });
    await failureOf(() => users.session.signIn(manager.id, '9153'));
    await failureOf(() => users.approvals.request(manager.id, '9153', REQUEST.refund, null));
    const third = await failureOf(() => users.approvals.request(manager.id, '9153', REQUEST.refund, null));
    expect(third.code).toBe('auth.locked-out');
    expect((await failureOf(() => users.approvals.request(manager.id, MANAGER_PIN, REQUEST.refund, null))).code).toBe(
      'auth.locked-out',
    );
  });
});
