import { describe, expect, it } from 'vitest';
import { failureOf, MANAGER_PIN, REQUEST, usersWithStaff } from '../users/fixtures';
import { coreWithStaff, errorCode, PINS, value } from './staff';

describe('PINs and sign-in', () => {
  it('does not let anyone lock every user out by trying wrong PINs on each name in the roster', async () => {
    const staff = await coreWithStaff();
    const { core } = staff;
    const roster = value<{ id: string }[]>(await core.invoke('users.roster', undefined));
    expect(roster).toHaveLength(3);
    const answers: string[] = [];
    for (const user of roster) {
      for (let attempt = 0; attempt < 5; attempt += 1) {
        answers.push(errorCode(await core.invoke('users.signIn', { id: user.id, pin: '9153' })) ?? 'ok');
      }
    }
    // Six wrong PINs pass (one user locked on the fifth); then the till pauses PIN entry for everyone.
    expect(answers.filter((code) => code === 'auth.wrong-pin')).toHaveLength(5);
    expect(answers.filter((code) => code === 'auth.locked-out')).toHaveLength(1);
    expect(answers.filter((code) => code === 'auth.throttled')).toHaveLength(9);
    const locked = value<{ lockedUntil: string | null }[]>(await core.invoke('users.roster', undefined)).filter((u) => u.lockedUntil);
    expect(locked).toHaveLength(1);

    // The admin always gets back in with the recovery code, which is then replaced.
    const recovered = value<{ user: { id: string }; recoveryCode: string }>(
      await core.invoke('users.recover', { adminId: staff.ids.admin, code: staff.recoveryCode, pin: '613870' }),
    );
    expect(recovered.user.id).toBe(staff.ids.admin);
    expect(recovered.recoveryCode).not.toBe(staff.recoveryCode);
    expect(errorCode(await core.invoke('users.recover', { adminId: staff.ids.admin, code: staff.recoveryCode, pin: '613870' }))).toBe(
      'auth.recovery-code-wrong',
    );
    // Recovery ends the pause: the cashier signs in at once.
    value(await core.invoke('users.signOut', undefined));
    value(await core.invoke('users.signIn', { id: staff.ids.cashier, pin: PINS.cashier }));
  });

  it('counts anonymous failures instead of writing an audit row for each', async () => {
    const staff = await coreWithStaff();
    const { core } = staff;
    await staff.signIn('cashier');
    const edit = { kind: 'line-void', lineId: 'l1', name: 'Simit', amountKurus: 100 } as const;
    for (let attempt = 0; attempt < 300; attempt += 1) {
      const answer = await core.invoke('till.authorizeEdit', { basketId: 'b1', edit, approvalToken: `forged-token-number-${attempt}` });
      expect(errorCode(answer)).toBe('auth.approval-invalid');
    }
    await staff.signIn('manager');
    const rows = value<{ total: number; entries: { action: string; subject: string }[] }>(
      await core.invoke('audit.list', { action: 'auth', limit: 500 }),
    );
    expect(rows.entries.filter((row) => row.subject === 'approval-unknown-token').map((row) => row.action)).toEqual([
      'auth.failures-counting',
    ]);
    expect(rows.total).toBeLessThanOrEqual(2);
  });

  it('makes each lockout longer than the one before', async () => {
    const { users, manager, advance } = await usersWithStaff();
    const lockOnce = async () => {
      for (let attempt = 0; attempt < 5; attempt += 1) await failureOf(() => users.session.signIn(manager.id, '9153'));
      return users.service.roster().find((user) => user.id === manager.id)?.lockedUntil ?? null;
    };
    const start = Date.parse('2025-03-14T09:30:00.000Z');
    expect(await lockOnce()).toBe(new Date(start + 5 * 60_000).toISOString());
    advance(20 * 60_000);
    const second = await lockOnce();
    expect(Date.parse(second ?? '') - (start + 20 * 60_000)).toBe(10 * 60_000);
    advance(20 * 60_000);
    const third = await lockOnce();
    expect(Date.parse(third ?? '') - (start + 40 * 60_000)).toBe(20 * 60_000);
    // A right PIN starts the ladder again.
    advance(30 * 60_000);
    await users.session.signIn(manager.id, MANAGER_PIN);
    advance(11 * 60_000);
    const fresh = await lockOnce();
    expect(Date.parse(fresh ?? '') - (start + 81 * 60_000)).toBe(5 * 60_000);
  });

  it('refuses a manager or admin PIN shorter than 6 digits; 6 digits approve', async () => {
    const { users, manager } = await usersWithStaff();
    expect((await failureOf(() => users.service.create({ displayName: 'Yeni Müdür', role: 'manager', pin: '5093' }, undefined))).code).toBe(
      'users.pin-too-short',
    );
    expect((await failureOf(() => users.service.setPin({ id: manager.id, pin: '5093' }, undefined))).code).toBe('users.pin-too-short');
    expect((await users.approvals.request(manager.id, MANAGER_PIN, REQUEST.refund, null)).approverId).toBe(manager.id);
  });
});
