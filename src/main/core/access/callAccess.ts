import type { CallName } from '../../../shared/contract';
import type { PrivilegedAction } from '../auth/ports';

/**
 * Who may make a call, decided in main before the handler runs:
 *
 * * `open`: anyone, nobody signed in (the sign-in screen, the screen's furniture).
 * * `seller`: a signed-in user; in training before the first user exists, anyone, so a
 *   newcomer can try the till.
 * * `signed-in`: a signed-in user of any role.
 * * `manager`: a signed-in manager or admin.
 * * `permission`: a signed-in user holding one of the permissions.
 * * `approvable`: a signed-in user holding the permission, or any signed-in user bringing
 *   a manager's approval token, which the call then spends for exactly its own subject.
 * * `approved`: a signed-in user bringing an approval token, always (the call spends it).
 * * `setup`: anyone until the first admin exists (the wizard), then a signed-in user
 *   with the `settings` permission; `openFields` may be changed by anyone.
 * * `self-or-approvable`: like `approvable`, or the signed-in user acting on themselves
 *   with their current PIN (the service checks it is themselves).
 *
 * `passive` calls only read what the screen shows; they do not count as someone working
 * at the till, so they never keep a manager's session from idling out.
 */
export type Access =
  | { kind: 'open' }
  | { kind: 'seller' }
  | { kind: 'signed-in' }
  | { kind: 'manager' }
  | { kind: 'permission'; anyOf: readonly PrivilegedAction[] }
  | { kind: 'approvable'; action: PrivilegedAction }
  | { kind: 'approved' }
  | { kind: 'setup'; openFields?: readonly string[] }
  | { kind: 'self-or-approvable'; action: PrivilegedAction };

export type CallRule = Access & { passive?: true };

const open: CallRule = { kind: 'open' };
const furniture: CallRule = { kind: 'open', passive: true };
const seller: CallRule = { kind: 'seller' };
const signedIn: CallRule = { kind: 'signed-in' };
const manager: CallRule = { kind: 'manager' };
const setup: CallRule = { kind: 'setup' };
const approved: CallRule = { kind: 'approved' };
const settings: CallRule = { kind: 'permission', anyOf: ['settings'] };
const settingsApprovable: CallRule = { kind: 'approvable', action: 'settings' };
const tosla: CallRule = { kind: 'permission', anyOf: ['tosla-void', 'tosla-refund'] };

/** Every call of the contract and who may make it; the README's table is this one. */
export const CALL_ACCESS: Record<CallName, CallRule> = {
  'app.info': furniture,
  'settings.get': furniture,
  'settings.update': { kind: 'setup', openFields: ['language'] },
  'secrets.status': furniture,
  'secrets.set': setup,
  'secrets.clear': setup,
  'training.status': furniture,
  'app.openExternal': seller,

  'users.current': furniture,
  'users.bootstrapAdmin': open,
  'users.list': manager,
  'users.roster': furniture,
  'users.approvers': signedIn,
  'users.create': settingsApprovable,
  'users.update': settingsApprovable,
  'users.deactivate': settingsApprovable,
  'users.setPin': { kind: 'self-or-approvable', action: 'settings' },
  'users.signIn': open,
  'users.signOut': open,
  'users.activity': signedIn,
  'users.requestApproval': signedIn,
  'users.recover': open,
  'users.newRecoveryCode': settings,

  'audit.list': manager,
  'audit.verify': manager,

  'catalog.search': seller,
  'catalog.lookup': seller,
  'catalog.quickKeys': furniture,
  'catalog.scaleLabelRules': furniture,
  'catalog.upsert': settingsApprovable,
  'catalog.chooseImportFile': settings,
  'catalog.importPreview': settings,
  'catalog.importConfirm': settingsApprovable,
  'catalog.export': manager,
  'basket.park': seller,
  'basket.listParked': seller,
  'basket.recall': seller,

  'checkout.send': seller,
  'checkout.list': { kind: 'seller', passive: true },
  'checkout.get': { kind: 'seller', passive: true },
  'checkout.checkAgain': seller,
  'checkout.cancel': seller,
  'checkout.forceOutcome': approved,
  'checkout.decide': seller,
  'checkout.acknowledgeAlert': approved,
  'checkout.openBaskets': seller,
  'checkout.unlockDeviceBasket': approved,
  'checkout.deleteDeviceBasket': approved,
  'checkout.recoveryStatus': furniture,
  'webhook.status': { kind: 'setup', passive: true },
  'webhook.register': setup,
  'tokenx.testConnection': setup,
  'tokenx.terminals': setup,
  'tokenx.fiscalParameters': furniture,
  'tokenx.simulator': furniture,

  'tosla.status': { ...tosla, passive: true },
  'tosla.lookup': tosla,
  'tosla.listByDate': tosla,
  'tosla.void': approved,
  'tosla.refund': approved,
  'tosla.operations': tosla,
  'tosla.checkAgain': tosla,

  'webhook.setTunnel': settings,
  'webhook.chooseTunnelProgram': settings,
  'settings.setCustomHosts': settings,

  'updates.status': furniture,
  'updates.check': setup,
  'updates.install': setup,
  // The till reports its draft basket on every change, signed in or not, so an update never restarts over it.
  'updates.tillActivity': furniture,
  // Redacted, for support on the phone: whoever is at a till in trouble may send it.
  'diagnostics.copy': open,

  'till.authorizeEdit': seller,
  'till.discountLimit': { kind: 'seller', passive: true },
};

/** The rule in words, as the README's table shows it. */
export function describeRule(rule: CallRule): string {
  const base = ((): string => {
    switch (rule.kind) {
      case 'open':
        return 'anyone';
      case 'seller':
        return 'signed in (training before the first user: anyone)';
      case 'signed-in':
        return 'signed in';
      case 'manager':
        return 'manager or admin';
      case 'permission':
        return `permission ${rule.anyOf.map((action) => `\`${action}\``).join(' or ')}`;
      case 'approvable':
        return `permission \`${rule.action}\`, or a bound approval`;
      case 'approved':
        return 'signed in, with a bound approval';
      case 'setup':
        return `permission \`settings\` (anyone before the first admin${rule.openFields ? `; ${rule.openFields.join(', ')}: anyone` : ''})`;
      case 'self-or-approvable':
        return `oneself with the current PIN, or permission \`${rule.action}\`, or a bound approval`;
    }
  })();
  return rule.passive ? `${base}; passive` : base;
}
