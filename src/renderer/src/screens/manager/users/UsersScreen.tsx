import { useCallback, useEffect, useState } from 'react';
import type { PublicUser } from '../../../../../shared/contract/users';
import type { AppError, Result } from '../../../../../shared/result';
import { StatusLine } from '../../../components/StatusLine';
import { useSession } from '../../../components/sessionStore';
import { RecoveryCodeMaker } from '../account/RecoveryCodeMaker';
import { useApproval } from '../../../components/useApproval';
import type { ApprovalRequest } from '../../../../../shared/approvals';
import { settingsApproval } from '../../../../../shared/approvals';
import { errorText } from '../../../i18n/translate';
import { useLanguage, useT } from '../../../i18n/useT';
import { useAppStore } from '../../../state/appStore';
import { UserEditor } from './UserEditor';
import { UserForm } from './UserForm';

/**
 * Users and roles. Changes run as the signed-in user; when main says they need a
 * manager's approval, the approval dialog opens and the change is sent again with it.
 */
export function UsersScreen() {
  const t = useT();
  const language = useLanguage();
  const api = useAppStore((state) => state.api);
  const { withApproval, dialog } = useApproval();
  const [users, setUsers] = useState<PublicUser[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const session = useSession((state) => state.current);

  const reload = useCallback(async () => {
    if (!api) return;
    const result = await api.call('users.list', { includeInactive: true });
    if (result.ok) setUsers(result.value);
    else setError(result.error);
  }, [api]);

  useEffect(() => {
    void reload();
  }, [reload]);

  /** Sends a change, asking for approval if needed; true when it went through. */
  const change = async <T,>(
    request: ApprovalRequest,
    summary: string,
    run: (approvalToken?: string) => Promise<Result<T>>,
    done: string,
  ): Promise<boolean> => {
    const result = await withApproval(request, summary, run);
    if (result === null) return false;
    if (!result.ok) {
      setError(result.error);
      setNotice(null);
      return false;
    }
    setError(null);
    setNotice(done);
    await reload();
    return true;
  };

  if (!api) return null;
  const timeText = (iso: string) =>
    new Intl.DateTimeFormat(language === 'tr' ? 'tr-TR' : 'en-GB', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Istanbul' }).format(new Date(iso));

  return (
    <div className="users-screen">
      {session?.user?.role === 'admin' && <RecoveryCodeMaker missing={!session.recoveryCodeSet} />}
      <div className="toolbar">
        <button type="button" onClick={() => setEditing('new')}>
          + {t('manager.users.add')}
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {errorText(error, language)}
        </p>
      )}
      {notice && <StatusLine tone="ok">{notice}</StatusLine>}
      {editing === 'new' && (
        <UserForm
          onCancel={() => setEditing(null)}
          onSubmit={async (draft) => {
            const ok = await change(
              settingsApproval('users.create', draft.displayName),
              t('manager.users.summary.create', { name: draft.displayName }),
              (approvalToken) => api.call('users.create', { ...draft, ...(approvalToken ? { approvalToken } : {}) }),
              t('manager.users.created', { name: draft.displayName }),
            );
            if (ok) setEditing(null);
          }}
        />
      )}
      {users === null ? (
        <StatusLine tone="working">{t('manager.users.loading')}</StatusLine>
      ) : (
        <table className="data-table" data-testid="users-table">
          <thead>
            <tr>
              <th>{t('manager.users.name')}</th>
              <th>{t('manager.users.role')}</th>
              <th>{t('manager.users.state')}</th>
              <th>{t('manager.users.permissions')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} className={user.active ? '' : 'inactive'}>
                <td>{user.displayName}</td>
                <td>{t(`role.${user.role}`)}</td>
                <td>
                  {!user.active
                    ? t('manager.users.inactive')
                    : user.lockedUntil
                      ? t('manager.users.lockedUntil', { until: timeText(user.lockedUntil) })
                      : t('manager.users.active')}
                </td>
                <td className="small">{user.permissions.map((action) => t(`action.${action}`)).join(', ') || '—'}</td>
                <td>
                  {user.active && (
                    <button type="button" className="ghost" onClick={() => setEditing(editing === user.id ? null : user.id)}>
                      {t('manager.users.edit')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {users
        ?.filter((user) => user.id === editing)
        .map((user) => (
          <UserEditor
            key={user.id}
            user={user}
            onClose={() => setEditing(null)}
            onSave={(patch) =>
              change(
                settingsApproval('users.update', user.id),
                t('manager.users.summary.update', { name: user.displayName }),
                (approvalToken) => api.call('users.update', { id: user.id, ...patch, ...(approvalToken ? { approvalToken } : {}) }),
                t('manager.users.updated', { name: user.displayName }),
              )
            }
            onSetPin={(pin) =>
              change(
                settingsApproval('users.setPin', user.id),
                t('manager.users.summary.pin', { name: user.displayName }),
                (approvalToken) => api.call('users.setPin', { id: user.id, pin, ...(approvalToken ? { approvalToken } : {}) }),
                t('manager.users.pinSet', { name: user.displayName }),
              )
            }
            onDeactivate={() =>
              change(
                settingsApproval('users.deactivate', user.id),
                t('manager.users.summary.deactivate', { name: user.displayName }),
                (approvalToken) => api.call('users.deactivate', { id: user.id, ...(approvalToken ? { approvalToken } : {}) }),
                t('manager.users.deactivated', { name: user.displayName }),
              )
            }
          />
        ))}
      {dialog}
    </div>
  );
}
