import type { CallName } from '../../../shared/contract';
import { AppFailure } from '../failure';
import { approvalRequired, notPermitted, notSignedIn, pinChangeRequired } from '../users/authFailures';
import { effectivePermissions } from '../users/permissions';
import type { TillSession } from '../users/tillSession';
import type { CallRule } from './callAccess';
import { CALL_ACCESS } from './callAccess';

export interface CallGateDeps {
  session: TillSession;
  /** Training with no user yet: the till may be tried without signing in. */
  anonymousTraining: () => boolean;
  table?: Record<CallName, CallRule>;
}

/** Throws when the caller may not make this call; otherwise counts it as activity at the till. */
export type CallGate = (name: CallName, arg: unknown) => void;

export function createCallGate(deps: CallGateDeps): CallGate {
  const table = deps.table ?? CALL_ACCESS;
  return (name, arg) => {
    const rule = table[name];
    check(rule, arg, deps);
    if (rule.passive !== true) deps.session.touch();
  };
}

function check(rule: CallRule, arg: unknown, deps: CallGateDeps): void {
  if (rule.kind === 'open') return;
  const current = deps.session.current();
  if (rule.kind === 'setup' && (current.needsBootstrap || onlyFields(arg, rule.openFields))) return;
  if (rule.kind === 'seller' && current.user === null && deps.anonymousTraining()) return;
  const user = current.user;
  if (user === null) throw notSignedIn();
  if (current.pinChangeRequired && !(rule.kind === 'self-or-approvable' && hasField(arg, 'currentPin'))) {
    throw pinChangeRequired(user.displayName);
  }
  const holds = (action: Parameters<typeof approvalRequired>[0]) =>
    effectivePermissions(user.role, user.permissions).includes(action);
  switch (rule.kind) {
    case 'seller':
    case 'signed-in':
    case 'approved':
      return;
    case 'manager':
      if (user.role === 'cashier') throw managersOnly();
      return;
    case 'permission': {
      const first = rule.anyOf[0];
      if (first !== undefined && !rule.anyOf.some(holds)) throw notPermitted(user.displayName, first);
      return;
    }
    case 'setup':
      if (!holds('settings')) throw notPermitted(user.displayName, 'settings');
      return;
    case 'approvable':
      if (!holds(rule.action) && !hasField(arg, 'approvalToken')) throw approvalRequired(rule.action);
      return;
    case 'self-or-approvable':
      if (!holds(rule.action) && !hasField(arg, 'approvalToken') && !hasField(arg, 'currentPin')) {
        throw approvalRequired(rule.action);
      }
      return;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const hasField = (arg: unknown, field: string): boolean => isRecord(arg) && arg[field] !== undefined;

function onlyFields(arg: unknown, fields: readonly string[] | undefined): boolean {
  if (fields === undefined || !isRecord(arg)) return false;
  const keys = Object.keys(arg).filter((key) => arg[key] !== undefined);
  return keys.length > 0 && keys.every((key) => fields.includes(key));
}

const managersOnly = () =>
  new AppFailure(
    'auth.not-permitted',
    'Only a manager or admin signed in at this till can do this.',
    'Bunu yalnızca bu kasada oturum açmış bir yönetici veya admin yapabilir.',
  );
