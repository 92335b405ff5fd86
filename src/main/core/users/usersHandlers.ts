import type { HandlerTable } from '../ipc/dispatcher';
import type { UsersModule } from './usersModule';

type UsersHandlers = Pick<
  HandlerTable,
  | 'users.current'
  | 'users.bootstrapAdmin'
  | 'users.list'
  | 'users.roster'
  | 'users.create'
  | 'users.update'
  | 'users.deactivate'
  | 'users.setPin'
  | 'users.signIn'
  | 'users.signOut'
  | 'users.requestApproval'
>;

export function usersHandlers({ session, approvals, service }: UsersModule): UsersHandlers {
  return {
    'users.current': () => session.current(),
    'users.bootstrapAdmin': ({ displayName, pin }) => service.bootstrapAdmin(displayName, pin),
    'users.list': ({ includeInactive }) => service.list(includeInactive),
    'users.roster': () => service.roster(),
    'users.create': ({ approvalToken, ...input }) => service.create(input, approvalToken),
    'users.update': ({ id, approvalToken, ...change }) => service.update(id, change, approvalToken),
    'users.deactivate': ({ id, approvalToken }) => service.deactivate(id, approvalToken),
    'users.setPin': ({ approvalToken, ...input }) => service.setPin(input, approvalToken),
    'users.signIn': ({ id, pin }) => session.signIn(id, pin),
    'users.signOut': () => session.signOut(),
    'users.requestApproval': ({ approverId, pin, action }) =>
      approvals.request(approverId, pin, action, session.user()?.id ?? null),
  };
}
