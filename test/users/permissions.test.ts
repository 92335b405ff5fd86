import { describe, expect, it } from 'vitest';
import { PRIVILEGED_ACTIONS } from '../../src/main/core/auth/ports';
import { defaultPermissions } from '../../src/main/core/users/permissions';
import { ADMIN_PIN, CASHIER_PIN, failureOf, MANAGER_PIN, REQUEST, usersWithStaff } from './fixtures';

describe('roles and permissions', () => {
  it('gives each role its defaults: cashiers nothing, managers all but settings, admins everything', () => {
    expect(defaultPermissions('cashier')).toEqual([]);
    expect(defaultPermissions('manager')).toEqual(PRIVILEGED_ACTIONS.filter((a) => a !== 'settings'));
    expect(defaultPermissions('admin')).toEqual([...PRIVILEGED_ACTIONS]);
  });

  it('asks a cashier for a manager approval, and lets the approved action through', async () => {
    const { users, manager, cashier } = await usersWithStaff();
    await users.session.signIn(cashier.id, CASHIER_PIN);
    for (const action of PRIVILEGED_ACTIONS) {
      const error = await failureOf(() => users.authorizer.require(action));
      expect(error.code).toBe('auth.approval-required');
      expect(error.messageTr).toContain('yönetici');
    }
    const approval = await users.approvals.request(manager.id, MANAGER_PIN, REQUEST.refund, cashier.id);
    expect(users.authorizer.authorize(REQUEST.refund, approval.token)).toMatchObject({
      actorId: cashier.id,
      approverId: manager.id,
      role: 'manager',
    });
  });

  it('lets a manager act alone within their permissions but not change settings', async () => {
    const { users, manager } = await usersWithStaff();
    await users.session.signIn(manager.id, MANAGER_PIN);
    expect(users.authorizer.require('tosla-void')).toMatchObject({ actorId: manager.id, approverId: null });
    expect((await failureOf(() => users.authorizer.require('settings'))).code).toBe('auth.approval-required');
  });

  it('honours a permission granted to one cashier', async () => {
    const { users, cashier } = await usersWithStaff();
    users.service.update(cashier.id, { permissions: ['line-void'] }, undefined);
    await users.session.signIn(cashier.id, CASHIER_PIN);
    expect(users.authorizer.require('line-void').approverId).toBeNull();
    expect((await failureOf(() => users.authorizer.require('price-override'))).code).toBe('auth.approval-required');
  });

  it('refuses everything when nobody is signed in', async () => {
    const { users } = await usersWithStaff();
    users.session.signOut();
    expect((await failureOf(() => users.authorizer.require('line-void'))).code).toBe('auth.not-signed-in');
    expect((await failureOf(() => users.service.list(false))).code).toBe('auth.not-signed-in');
  });

  it('keeps admins at every permission whatever is stored', async () => {
    const { users, admin } = await usersWithStaff();
    const updated = users.service.update(admin.id, { permissions: [] }, undefined);
    expect(updated.permissions).toEqual([...PRIVILEGED_ACTIONS]);
  });
});

describe('managing users', () => {
  it('stops anyone without the settings permission, unless an admin approves', async () => {
    const { users, manager, admin } = await usersWithStaff();
    await users.session.signIn(manager.id, MANAGER_PIN);
    const denied = await failureOf(() => users.service.create({ displayName: 'Zeynep', role: 'cashier', pin: '6038' }, undefined));
    expect(denied.code).toBe('auth.approval-required');
    const approval = await users.approvals.request(admin.id, ADMIN_PIN, REQUEST.createZeynep, manager.id);
    const created = await users.service.create({ displayName: 'Zeynep', role: 'cashier', pin: '6038' }, approval.token);
    expect(created).toMatchObject({ displayName: 'Zeynep', role: 'cashier', permissions: [], active: true });
  });

  it('does not let a manager given the settings permission raise anyone above themselves', async () => {
    const { users, manager, cashier, admin } = await usersWithStaff();
    users.service.update(manager.id, { permissions: ['settings', 'line-void'] }, undefined);
    await users.session.signIn(manager.id, MANAGER_PIN);
    expect(
      (await failureOf(() => users.service.create({ displayName: 'Boss', role: 'admin', pin: '603841' }, undefined))).code,
    ).toBe('auth.not-permitted');
    expect((await failureOf(() => users.service.update(cashier.id, { permissions: ['tosla-refund'] }, undefined))).code).toBe(
      'auth.not-permitted',
    );
    expect((await failureOf(() => users.service.setPin({ id: admin.id, pin: '603841' }, undefined))).code).toBe(
      'auth.not-permitted',
    );
    expect(users.service.update(cashier.id, { permissions: ['line-void'] }, undefined).permissions).toEqual(['line-void']);
  });

  it('never leaves the shop without an active admin', async () => {
    const { users, admin } = await usersWithStaff();
    expect((await failureOf(() => users.service.deactivate(admin.id, undefined))).code).toBe('users.last-admin');
    expect((await failureOf(() => users.service.update(admin.id, { role: 'manager' }, undefined))).code).toBe('users.last-admin');
    const second = await users.service.create({ displayName: 'İkinci Admin', role: 'admin', pin: '603841' }, undefined);
    expect(users.service.deactivate(admin.id, undefined).active).toBe(false);
    expect(users.session.user()).toBeNull();
    expect(second.permissions).toEqual([...PRIVILEGED_ACTIONS]);
  });

  it('refuses a name already taken, ignoring case, and a weak PIN', async () => {
    const { users } = await usersWithStaff();
    const taken = await failureOf(() => users.service.create({ displayName: 'mehmet müdür', role: 'cashier', pin: '6038' }, undefined));
    expect(taken.code).toBe('users.name-taken');
    expect(taken.messageTr).toContain('zaten var');
    const weak = await failureOf(() => users.service.create({ displayName: 'Zeynep', role: 'cashier', pin: '1111' }, undefined));
    expect(weak.code).toBe('users.pin-weak');
  });

  it('lets a user change their own PIN only with the current one', async () => {
    const { users, cashier, manager } = await usersWithStaff();
    await users.session.signIn(cashier.id, CASHIER_PIN);
    expect((await failureOf(() => users.service.setPin({ id: cashier.id, pin: '6038', currentPin: '9153' }, undefined))).code).toBe(
      'auth.wrong-pin',
    );
    expect(
      (await failureOf(() => users.service.setPin({ id: manager.id, pin: '603841', currentPin: MANAGER_PIN }, undefined))).code,
    ).toBe('auth.not-permitted');
    await users.service.setPin({ id: cashier.id, pin: '6038', currentPin: CASHIER_PIN }, undefined);
    users.session.signOut();
    expect((await users.session.signIn(cashier.id, '6038')).user?.id).toBe(cashier.id);
  });
});
