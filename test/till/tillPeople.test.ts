import { describe, expect, it } from 'vitest';
import { approvalForEdit } from '../../src/shared/contract/till';
import type { TillEdit } from '../../src/shared/contract/till';
import { coreWithStaff, errorCode, PINS, value } from '../security/staff';
import { CASHIER_PIN, MANAGER_PIN, usersWithStaff } from '../users/fixtures';

const BASKET = 'basket-7';
const voidLine: TillEdit = { kind: 'line-void', lineId: 'line-2', name: 'Ekmek 250 g', amountKurus: 1250 };
const price: TillEdit = { kind: 'price', lineId: 'line-3', name: 'Simit', fromKurus: 1500, toKurus: 990 };
const discount = (discountKurus: number): TillEdit => ({ kind: 'discount', lineId: null, name: '', baseKurus: 10_000, discountKurus });

type AuditRow = { action: string; actorId: string | null; approverId: string | null; amountKurus: number | null; outcome: string; details: Record<string, unknown> };

describe('people and permissions at the till', () => {
  it('needs a signed-in user to sell once users exist', async () => {
    const staff = await coreWithStaff();
    const { core } = staff;
    const basket = { items: [{ name: 'Çay', price: 500, quantity: 1000, sectionNo: 1, taxPercent: 1000 }], paymentItems: [{ type: 1, amount: 500 }] };
    expect(errorCode(await core.invoke('checkout.send', { basket }))).toBe('auth.not-signed-in');
    expect(errorCode(await core.invoke('till.authorizeEdit', { basketId: BASKET, edit: voidLine }))).toBe('auth.not-signed-in');
    await staff.signIn('cashier');
    expect(value(await core.invoke('checkout.send', { basket }))).toMatchObject({ state: expect.any(String) });
  });

  it('records a cashier’s void and price change with the manager who approved them and how much', async () => {
    const staff = await coreWithStaff();
    const { core } = staff;
    await staff.signIn('cashier');
    expect(errorCode(await core.invoke('till.authorizeEdit', { basketId: BASKET, edit: voidLine }))).toBe('auth.approval-required');

    // Approvers offered for this void: only users holding the permission.
    const approvers = value<{ id: string }[]>(await core.invoke('users.approvers', { request: approvalForEdit(BASKET, voidLine) }));
    expect(approvers.map((user) => user.id)).not.toContain(staff.ids.cashier);

    const token = await staff.approval('manager', approvalForEdit(BASKET, voidLine));
    // Bound to that line and amount: another line is refused (and the token is spent).
    const otherLine = { ...voidLine, lineId: 'line-9' };
    expect(errorCode(await core.invoke('till.authorizeEdit', { basketId: BASKET, edit: otherLine, approvalToken: token }))).toBe(
      'auth.approval-invalid',
    );
    const fresh = await staff.approval('manager', approvalForEdit(BASKET, voidLine));
    expect(value(await core.invoke('till.authorizeEdit', { basketId: BASKET, edit: voidLine, approvalToken: fresh }))).toEqual({
      actorId: staff.ids.cashier,
      approverId: staff.ids.manager,
      approverName: 'Mehmet Müdür',
    });

    const priceToken = await staff.approval('admin', approvalForEdit(BASKET, price));
    value(await core.invoke('till.authorizeEdit', { basketId: BASKET, edit: price, approvalToken: priceToken }));

    await staff.signIn('manager');
    const rows = value<{ entries: AuditRow[] }>(await core.invoke('audit.list', { action: 'till' })).entries;
    expect(rows).toEqual([
      expect.objectContaining({
        action: 'till.price-change',
        actorId: staff.ids.cashier,
        approverId: staff.ids.admin,
        amountKurus: 990,
        details: { lineId: 'line-3', name: 'Simit', fromKurus: 1500, toKurus: 990 },
      }),
      expect.objectContaining({
        action: 'till.line-void',
        actorId: staff.ids.cashier,
        approverId: staff.ids.manager,
        amountKurus: 1250,
        outcome: 'approved',
      }),
    ]);
  });

  it('lets each role discount up to its own limit, and binds a larger discount to its amount', async () => {
    const staff = await coreWithStaff();
    const { core } = staff;
    await staff.signIn('admin');
    value(await core.invoke('settings.update', { till: { discountLimitPercent: { cashier: 10, manager: 30 } } }));

    await staff.signIn('cashier');
    expect(value(await core.invoke('till.discountLimit', undefined))).toEqual({ ownPercent: 10 });
    value(await core.invoke('till.authorizeEdit', { basketId: BASKET, edit: discount(1000) }));
    expect(errorCode(await core.invoke('till.authorizeEdit', { basketId: BASKET, edit: discount(1001) }))).toBe(
      'auth.approval-required',
    );

    // 25 %: the manager may approve it; 40 %: only the admin, and the picker says so.
    const quarter = approvalForEdit(BASKET, discount(2500));
    expect(value<{ id: string }[]>(await core.invoke('users.approvers', { request: quarter })).map((u) => u.id).sort()).toEqual(
      [staff.ids.admin, staff.ids.manager].sort(),
    );
    const forty = approvalForEdit(BASKET, discount(4000));
    expect(value<{ id: string }[]>(await core.invoke('users.approvers', { request: forty })).map((u) => u.id)).toEqual([staff.ids.admin]);
    expect(
      errorCode(await core.invoke('users.requestApproval', { approverId: staff.ids.manager, pin: PINS.manager, request: forty })),
    ).toBe('auth.not-permitted');

    const quarterToken = await staff.approval('manager', quarter);
    expect(
      errorCode(await core.invoke('till.authorizeEdit', { basketId: BASKET, edit: discount(2600), approvalToken: quarterToken })),
    ).toBe('auth.approval-invalid');
    const again = await staff.approval('manager', quarter);
    expect(value(await core.invoke('till.authorizeEdit', { basketId: BASKET, edit: discount(2500), approvalToken: again }))).toMatchObject({
      approverId: staff.ids.manager,
    });

    await staff.signIn('manager');
    expect(value(await core.invoke('till.discountLimit', undefined))).toEqual({ ownPercent: 30 });
    value(await core.invoke('till.authorizeEdit', { basketId: BASKET, edit: discount(3000) }));
    const rows = value<{ entries: AuditRow[] }>(await core.invoke('audit.list', { action: 'till.discount' })).entries;
    expect(rows.map((row) => [row.amountKurus, row.approverId, row.details.percentBasisPoints])).toEqual([
      [3000, null, 3000],
      [2500, staff.ids.manager, 2500],
      [1000, null, 1000],
    ]);
  });

  it('signs an idle manager out after the configured minutes, but never an active one or a cashier', async () => {
    let idleMinutes = 5;
    const { users, manager, cashier, advance, audit } = await usersWithStaff({
      till: () => ({ elevatedIdleMinutes: idleMinutes, discountLimitPercent: { cashier: 10, manager: 50 } }),
    });
    const changes: (string | null)[] = [];
    users.session.onChange((current) => changes.push(current.user?.id ?? null));
    await users.session.signIn(manager.id, MANAGER_PIN);
    expect(users.session.current().idleSignOutMinutes).toBe(5);
    advance(4 * 60_000);
    users.session.touch();
    advance(4 * 60_000);
    expect(users.session.user()?.id).toBe(manager.id);
    advance(60_000);
    expect(users.session.user()).toBeNull();
    expect(changes.at(-1)).toBeNull();
    expect(audit.list({ action: 'users.idle-sign-out', offset: 0, limit: 5 }).entries[0]).toMatchObject({
      actorId: manager.id,
      details: { idleMinutes: 5 },
    });

    idleMinutes = 1;
    await users.session.signIn(cashier.id, CASHIER_PIN);
    expect(users.session.current().idleSignOutMinutes).toBeNull();
    advance(60 * 60_000);
    expect(users.session.user()?.id).toBe(cashier.id);
  });

  it('keeps a manager with a 4-digit PIN out of everything privileged until they choose a longer one', async () => {
    const staff = await coreWithStaff();
    const { core } = staff;
    // An install from before the rule: the manager's PIN is 4 digits.
    await staff.signIn('admin');
    const old = value<{ id: string }>(await core.invoke('users.create', { displayName: 'Eski Kasiyer', role: 'cashier', pin: '5093' }));
    value(await core.invoke('users.update', { id: old.id, role: 'manager' }));
    const signedIn = value<{ pinChangeRequired: boolean }>(await core.invoke('users.signIn', { id: old.id, pin: '5093' }));
    expect(signedIn.pinChangeRequired).toBe(true);
    expect(errorCode(await core.invoke('audit.list', {}))).toBe('auth.pin-change-required');
    expect(errorCode(await core.invoke('tosla.operations', {}))).toBe('auth.pin-change-required');
    expect(
      errorCode(
        await core.invoke('users.requestApproval', {
          approverId: old.id,
          pin: '5093',
          request: approvalForEdit(BASKET, voidLine),
        }),
      ),
    ).toBe('auth.pin-change-required');
    expect(errorCode(await core.invoke('users.setPin', { id: old.id, pin: '6138', currentPin: '5093' }))).toBe('users.pin-too-short');
    value(await core.invoke('users.setPin', { id: old.id, pin: '613870', currentPin: '5093' }));
    expect(value<{ pinChangeRequired: boolean }>(await core.invoke('users.current', undefined)).pinChangeRequired).toBe(false);
    expect(value(await core.invoke('audit.list', {}))).toMatchObject({ total: expect.any(Number) });
  });
});
