import type { HandlerTable } from '../ipc/dispatcher';
import type { UsersModule } from './usersModule';

export type UsersHandlers = Pick<
  HandlerTable,
  | 'users.current'
  | 'users.bootstrapAdmin'
  | 'users.list'
  | 'users.roster'
  | 'users.approvers'
  | 'users.create'
  | 'users.update'
  | 'users.deactivate'
  | 'users.setPin'
  | 'users.signIn'
  | 'users.signOut'
  | 'users.activity'
  | 'users.requestApproval'
  | 'users.recover'
  | 'users.newRecoveryCode'
>;

export function usersHandlers({ session, approvals, service }: Pick<UsersModule, 'session' | 'approvals' | 'service'>): UsersHandlers {
  return {
    'users.current': () => session.current(),
    'users.bootstrapAdmin': ({ displayName, pin }) => service.bootstrapAdmin(displayName, pin),
    'users.list': ({ includeInactive }) => service.list(includeInactive),
    'users.roster': () => service.roster(),
    'users.approvers': ({ request }) => service.approvers(request),
    'users.create': ({ approvalToken, ...input }) => service.create(input, approvalToken),
    'users.update': ({ id, approvalToken, ...change }) => service.update(id, change, approvalToken),
    'users.deactivate': ({ id, approvalToken }) => service.deactivate(id, approvalToken),
    'users.setPin': ({ approvalToken, ...input }) => service.setPin(input, approvalToken),
    'users.signIn': ({ id, pin }) => session.signIn(id, pin),
    'users.signOut': () => session.signOut(),
    'users.activity': () => {
      session.touch();
      return null;
    },
    'users.requestApproval': ({ approverId, pin, request }) =>
      approvals.request(approverId, pin, request, session.user()?.id ?? null),
    'users.recover': ({ adminId, code, pin }) => service.recover(adminId, code, pin),
    'users.newRecoveryCode': ({ pin }) => service.newRecoveryCode(pin),
  };
}
