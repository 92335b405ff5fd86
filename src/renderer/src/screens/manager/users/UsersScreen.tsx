import { useState } from 'react';
import type { ApprovalRequest } from '../../../../../shared/approvals';
import { settingsApproval } from '../../../../../shared/approvals';
import type { Result } from '../../../../../shared/result';
import { HOME_FOCUS } from '../../../components/focusHome';
import { useSession } from '../../../components/sessionStore';
import { StatusLine } from '../../../components/StatusLine';
import { useApproval } from '../../../components/useApproval';
import { FailureNotice } from '../../../feedback/FailureNotice';
import { useT } from '../../../i18n/useT';
import { call } from '../../../state/call';
import { useQuery } from '../../../state/useQuery';
import { RecoveryCodeMaker } from '../account/RecoveryCodeMaker';
import { UserEditor } from './UserEditor';
import { UserForm } from './UserForm';
import { UsersTable } from './UsersTable';

const USER_CALLS = ['users.list', 'users.create', 'users.update', 'users.setPin', 'users.deactivate'];

/**
 * Users and roles. Changes run as the signed-in user; when main says they need a
 * manager's approval, the approval dialog opens and the change is sent again with it.
 */
export function UsersScreen() {
  const t = useT();
  const { withApproval, dialog } = useApproval();
  const users = useQuery('users.list', () => call('users.list', { includeInactive: true }));
  const [notice, setNotice] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const session = useSession((state) => state.current);

  /** Sends a change, asking for an approval bound to it if needed; true when it went through. */
  const change = async <T,>(request: ApprovalRequest, summary: string, run: (approvalToken?: string) => Promise<Result<T>>, done: string): Promise<boolean> => {
    setNotice(null);
    const result = await withApproval(request, summary, run);
    if (result === null || !result.ok) return false;
    setNotice(done);
    await users.reload();
    return true;
  };
  const token = (approvalToken?: string) => (approvalToken ? { approvalToken } : {});
  const edited = users.data?.find((user) => user.id === editing);

  return (
    <div className="users-screen">
      {session?.user?.role === 'admin' && <RecoveryCodeMaker missing={!session.recoveryCodeSet} />}
      <div className="toolbar">
        <button type="button" {...HOME_FOCUS} onClick={() => setEditing('new')}>
          + {t('manager.users.add')}
        </button>
      </div>
      <FailureNotice claims={USER_CALLS} />
      {notice && <StatusLine tone="ok">{notice}</StatusLine>}
      {editing === 'new' && (
        <UserForm
          onCancel={() => setEditing(null)}
          onSubmit={async (draft) => {
            const summary = t('manager.users.summary.create', { name: draft.displayName });
            if (await change(settingsApproval('users.create', draft.displayName), summary, (approvalToken) => call('users.create', { ...draft, ...token(approvalToken) }), t('manager.users.created', { name: draft.displayName }))) setEditing(null);
          }}
        />
      )}
      {users.data === null ? (
        <StatusLine tone="working">{t('manager.users.loading')}</StatusLine>
      ) : (
        <UsersTable users={users.data} editing={typeof editing === 'string' && editing !== 'new' ? editing : null} onEdit={setEditing} />
      )}
      {edited && (
        <UserEditor
          key={edited.id}
          user={edited}
          onClose={() => setEditing(null)}
          onSave={(patch) =>
            change(
              settingsApproval('users.update', edited.id),
              t('manager.users.summary.update', { name: edited.displayName }),
              (approvalToken) => call('users.update', { id: edited.id, ...patch, ...token(approvalToken) }),
              t('manager.users.updated', { name: edited.displayName }),
            )
          }
          onSetPin={(pin) =>
            change(
              settingsApproval('users.setPin', edited.id),
              t('manager.users.summary.pin', { name: edited.displayName }),
              (approvalToken) => call('users.setPin', { id: edited.id, pin, ...token(approvalToken) }),
              t('manager.users.pinSet', { name: edited.displayName }),
            )
          }
          onDeactivate={() =>
            change(
              settingsApproval('users.deactivate', edited.id),
              t('manager.users.summary.deactivate', { name: edited.displayName }),
              (approvalToken) => call('users.deactivate', { id: edited.id, ...token(approvalToken) }),
              t('manager.users.deactivated', { name: edited.displayName }),
            )
          }
        />
      )}
      {dialog}
    </div>
  );
}
