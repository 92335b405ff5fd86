import { useId, useState } from 'react';
import type { Role } from '../../../../../shared/contract/users';
import type { PrivilegedAction } from '../../../components/privilegedAction';
import { ROLES } from '../../../../../shared/contract/users';
import { useT } from '../../../i18n/useT';
import { PermissionChecks } from './PermissionChecks';
import { PinField } from '../../../components/PinField';

export interface NewUser {
  displayName: string;
  role: Role;
  pin: string;
  permissions?: PrivilegedAction[];
}

/** A new user: name, role, first PIN and, when the role's defaults are not wanted, permissions. */
export function UserForm({ onSubmit, onCancel }: { onSubmit(draft: NewUser): Promise<void>; onCancel(): void }) {
  const t = useT();
  const ids = { name: useId(), role: useId(), pin: useId() };
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('cashier');
  const [pin, setPin] = useState('');
  const [custom, setCustom] = useState<PrivilegedAction[] | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="settings-form user-form"
      aria-label={t('manager.users.add')}
      onSubmit={(event) => {
        event.preventDefault();
        setBusy(true);
        void onSubmit({ displayName, role, pin, ...(custom ? { permissions: custom } : {}) }).finally(() => setBusy(false));
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <div className="form-grid">
        <div className="form-field">
          <label htmlFor={ids.name}>{t('manager.users.name')}</label>
          <input id={ids.name} autoFocus autoComplete="off" maxLength={60} value={displayName} onChange={(event) => setDisplayName(event.target.value)} />
        </div>
        <div className="form-field">
          <label htmlFor={ids.role}>{t('manager.users.role')}</label>
          <select id={ids.role} value={role} onChange={(event) => setRole(ROLES.find((r) => r === event.target.value) ?? 'cashier')}>
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {t(`role.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={ids.pin}>{t('manager.users.pin')}</label>
          <PinField
            id={ids.pin}
            value={pin}
            onDigits={setPin}
          />
        </div>
      </div>
      <label className="radio">
        <input type="checkbox" checked={custom !== null} onChange={(event) => setCustom(event.target.checked ? [] : null)} />
        {t('manager.users.customPermissions')}
      </label>
      {custom !== null && <PermissionChecks value={custom} onChange={setCustom} locked={role === 'admin'} />}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? t('dialog.working') : t('manager.users.create')}
        </button>
        <button type="button" className="ghost" onClick={onCancel}>
          {t('dialog.cancel')}
        </button>
      </div>
    </form>
  );
}
