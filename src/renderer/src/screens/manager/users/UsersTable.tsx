import type { PublicUser } from '../../../../../shared/contract/users';
import { useFormat } from '../../../i18n/format';
import { useT } from '../../../i18n/useT';

/** Every user with role, state (active, locked until when, inactive) and permissions. */
export function UsersTable({ users, editing, onEdit }: { users: readonly PublicUser[]; editing: string | null; onEdit(userId: string | null): void }) {
  const t = useT();
  const format = useFormat();
  return (
    <table className="data-table" data-testid="users-table">
      <thead>
        <tr>
          <th>{t('manager.users.name')}</th>
          <th>{t('manager.users.role')}</th>
          <th>{t('manager.users.state')}</th>
          <th>{t('manager.users.permissions')}</th>
          <th>
            <span className="sr-only">{t('manager.users.edit')}</span>
          </th>
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
                  ? t('manager.users.lockedUntil', { until: `${format.date(user.lockedUntil)} ${format.time(user.lockedUntil)}` })
                  : t('manager.users.active')}
            </td>
            <td className="small">{user.permissions.map((action) => t(`action.${action}`)).join(', ') || '—'}</td>
            <td>
              {user.active && (
                <button type="button" className="ghost" data-user={user.id} onClick={() => onEdit(editing === user.id ? null : user.id)}>
                  {t('manager.users.edit')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
