import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CallRule } from '../../src/main/core/access/callAccess';
import { CALL_ACCESS, describeRule } from '../../src/main/core/access/callAccess';
import { defaultPermissions } from '../../src/main/core/users/permissions';
import type { CallName } from '../../src/shared/contract';
import { CALL_NAMES } from '../../src/shared/contract';
import type { StaffCore, StaffRole } from './staff';
import { coreWithStaff, PINS, value } from './staff';

type Who = 'nobody' | StaffRole;
const WHO: Who[] = ['nobody', 'cashier', 'manager', 'admin'];

/** Refusals only the gate gives: anything else means the call got past it. */
const GATE_CODES = new Set(['auth.not-signed-in', 'auth.not-permitted', 'auth.approval-required', 'auth.pin-change-required']);

const BASKET_ID = '5b0e6c38-9a0f-4d5c-8f7e-1c2d3e4f5a6b';
const TOKEN = 'an-approval-token-nobody-issued';
const basket = {
  items: [{ name: 'Çay', price: 500, quantity: 1000, sectionNo: 1, taxPercent: 1000 }],
  paymentItems: [{ type: 1, amount: 500 }],
};

/** A valid argument for every call, so each reaches the gate; the table is complete or this does not compile. */
function samples(staff: StaffCore): Record<CallName, unknown> {
  const { ids } = staff;
  return {
    'app.info': undefined,
    'settings.get': undefined,
    'settings.update': { trainingMode: 'auto' },
    'secrets.status': undefined,
    'secrets.set': { name: 'tosla.apiUser', value: 'POS_ENT_Test_001' },
    'secrets.clear': { name: 'tosla.apiUser' },
    'training.status': undefined,
    'app.openExternal': { url: 'http://127.0.0.1:8790/okc' },
    'users.current': undefined,
    'users.bootstrapAdmin': { displayName: 'İkinci', pin: '613870' },
    'users.list': {},
    'users.roster': undefined,
    'users.approvers': { request: { action: 'line-void', subject: { basketId: BASKET_ID, lineId: 'l1', amountKurus: 100 } } },
    'users.create': { displayName: 'Zeynep', role: 'cashier', pin: '6038' },
    'users.update': { id: ids.cashier, displayName: 'Kerem Kasiyer' },
    'users.deactivate': { id: 'no-such-user' },
    'users.setPin': { id: ids.cashier, pin: PINS.cashier },
    'users.signIn': { id: ids.cashier, pin: PINS.cashier },
    'users.signOut': undefined,
    'users.activity': undefined,
    'users.requestApproval': {
      approverId: ids.manager,
      pin: PINS.manager,
      request: { action: 'line-void', subject: { basketId: BASKET_ID, lineId: 'l1', amountKurus: 100 } },
    },
    'users.recover': { adminId: ids.admin, code: 'AAAAA-BBBBB-CCCCC-DDDDD', pin: '613870' },
    'users.newRecoveryCode': { pin: PINS.admin },
    'audit.list': {},
    'audit.verify': undefined,
    'catalog.search': { query: 'ekmek' },
    'catalog.lookup': { code: '2000000000015' },
    'catalog.quickKeys': undefined,
    'catalog.scaleLabelRules': undefined,
    'catalog.upsert': {
      product: { id: null, name: 'Deneme', barcodes: [], unit: 'C62', priceKurus: 100, vatRate: 100, department: null, plu: null, quickKey: null },
    },
    'catalog.chooseImportFile': undefined,
    'catalog.importPreview': { fileHandle: '0'.repeat(32), format: 'csv' },
    'catalog.importConfirm': { importId: 'no-such-import', skipBadRows: false },
    'catalog.export': { format: 'csv' },
    'basket.park': { basket: { id: BASKET_ID, lines: [], discount: null, payment: { kind: 'device-asks' }, customer: null } },
    'basket.listParked': undefined,
    'basket.recall': { basketId: 'no-such-basket' },
    'checkout.send': { basket },
    'checkout.list': {},
    'checkout.get': { basketId: BASKET_ID },
    'checkout.checkAgain': { basketId: BASKET_ID },
    'checkout.cancel': { basketId: BASKET_ID },
    'checkout.forceOutcome': { basketId: BASKET_ID, outcome: 'paid', approvalToken: TOKEN, note: 'test' },
    'checkout.decide': { basketId: BASKET_ID, decision: 'drop' },
    'checkout.acknowledgeAlert': { basketId: BASKET_ID, approvalToken: TOKEN },
    'checkout.openBaskets': {},
    'checkout.unlockDeviceBasket': { basketId: 'theirs', branchId: 'branch', approvalToken: TOKEN },
    'checkout.deleteDeviceBasket': { basketId: 'theirs', approvalToken: TOKEN },
    'checkout.recoveryStatus': undefined,
    'webhook.status': undefined,
    'webhook.register': { confirmOverwrite: false },
    'tokenx.testConnection': undefined,
    'tokenx.terminals': {},
    'tokenx.fiscalParameters': {},
    'tokenx.simulator': undefined,
    'tosla.status': undefined,
    'tosla.lookup': { orderId: 'ORD-1' },
    'tosla.listByDate': { date: '2025-03-14' },
    'tosla.void': { orderId: 'ORD-1', approvalToken: TOKEN },
    'tosla.refund': { orderId: 'ORD-1', amountKurus: 100, approvalToken: TOKEN },
    'tosla.operations': {},
    'tosla.checkAgain': { operationId: 'no-such-operation' },
    'webhook.setTunnel': { kind: 'none', program: '', pin: PINS.admin },
    'webhook.chooseTunnelProgram': { kind: 'cloudflared' },
    'settings.setCustomHosts': { hosts: [], pin: PINS.admin },
    'updates.status': undefined,
    'updates.check': undefined,
    'updates.install': undefined,
    'updates.tillActivity': { draftLines: 0 },
    'diagnostics.copy': undefined,
    'till.authorizeEdit': { basketId: BASKET_ID, edit: { kind: 'discount', lineId: null, name: '', baseKurus: 1000, discountKurus: 10 } },
    'till.discountLimit': undefined,
  };
}

/** What the table promises, read independently of the gate's code (the samples carry no approval unless the rule needs one). */
function promised(rule: CallRule, who: Who, sample: unknown): boolean {
  if (rule.kind === 'open') return true;
  if (rule.kind === 'setup' && rule.openFields !== undefined && typeof sample === 'object' && sample !== null) {
    if (Object.keys(sample).every((key) => rule.openFields?.includes(key))) return true;
  }
  if (who === 'nobody') return false;
  const holds = (action: Parameters<typeof defaultPermissions>[0] extends never ? never : string) =>
    (defaultPermissions(who) as string[]).includes(action);
  switch (rule.kind) {
    case 'seller':
    case 'signed-in':
    case 'approved':
      return true;
    case 'manager':
      return who !== 'cashier';
    case 'permission':
      return rule.anyOf.some(holds);
    case 'approvable':
    case 'self-or-approvable':
      return holds(rule.action);
    case 'setup':
      return holds('settings');
  }
}

describe('every call has an owner', () => {
  it('the gate enforces the table for nobody, a cashier, a manager and an admin, over the whole contract', async () => {
    const staff = await coreWithStaff();
    const args = samples(staff);
    const mismatches: string[] = [];
    for (const who of WHO) {
      for (const name of CALL_NAMES) {
        if (who === 'nobody') value(await staff.core.invoke('users.signOut', undefined));
        else {
          const current = value<{ user: { id: string } | null }>(await staff.core.invoke('users.current', undefined));
          if (current.user?.id !== staff.ids[who]) await staff.signIn(who);
        }
        const answer = await staff.core.invoke(name, args[name]);
        const refused = !answer.ok && GATE_CODES.has(answer.error.code);
        const expected = promised(CALL_ACCESS[name], who, args[name]);
        if (refused === expected) {
          mismatches.push(`${who} ${name}: ${refused ? 'refused' : 'allowed'} (${answer.ok ? 'ok' : answer.error.code}), table says ${describeRule(CALL_ACCESS[name])}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('nobody may sell, register the webhook, read Tosla or change settings once the till has users', async () => {
    const staff = await coreWithStaff();
    const { core } = staff;
    const refusals = [
      await core.invoke('checkout.send', { basket }),
      await core.invoke('webhook.register', { confirmOverwrite: true }),
      await core.invoke('tosla.listByDate', { date: '2025-03-14' }),
      await core.invoke('tosla.lookup', { orderId: 'ORD-1' }),
      await core.invoke('tosla.operations', {}),
      await core.invoke('settings.update', { trainingMode: 'off' }),
      await core.invoke('secrets.set', { name: 'tosla.apiPass', value: 'x' }),
    ];
    expect(refusals.map((answer) => (answer.ok ? 'ok' : answer.error.code))).toEqual(Array(7).fill('auth.not-signed-in'));
    await staff.signIn('cashier');
    expect((await core.invoke('webhook.register', { confirmOverwrite: true })).ok).toBe(false);
    expect((await core.invoke('tosla.listByDate', { date: '2025-03-14' })).ok).toBe(false);
  });

  it('writes settings and credential changes to the audit log, credentials by name only', async () => {
    const staff = await coreWithStaff();
    const { core } = staff;
    await staff.signIn('admin');
    value(await core.invoke('settings.update', { tokenx: { pollIntervalMs: 2000 } }));
    value(await core.invoke('secrets.set', { name: 'tosla.apiPass', value: 'POS_ENT_Test_001!*!*' }));
    value(await core.invoke('webhook.register', { confirmOverwrite: true }));
    const rows = value<{ entries: { action: string; actorId: string; subject: string; details: Record<string, unknown> }[] }>(
      await core.invoke('audit.list', { limit: 20 }),
    ).entries;
    expect(rows.find((row) => row.action === 'settings.update')).toMatchObject({
      actorId: staff.ids.admin,
      details: { changes: [{ path: 'tokenx.pollIntervalMs', from: 1500, to: 2000 }] },
    });
    expect(rows.find((row) => row.action === 'secrets.set')).toMatchObject({ actorId: staff.ids.admin, subject: 'tosla.apiPass' });
    expect(rows.find((row) => row.action === 'webhook.register')).toMatchObject({ actorId: staff.ids.admin });
    expect(JSON.stringify(rows)).not.toContain('POS_ENT_Test_001!*!*');
  });

  it('is listed in the README exactly as in the code', () => {
    const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
    const rows = new Map(
      [...readme.matchAll(/^\| `([a-zA-Z.]+)` \| (.+) \|$/gmu)].map((match) => [match[1] ?? '', (match[2] ?? '').trim()]),
    );
    for (const name of CALL_NAMES) expect(`${name}: ${rows.get(name) ?? 'missing'}`).toBe(`${name}: ${describeRule(CALL_ACCESS[name])}`);
  });
});
