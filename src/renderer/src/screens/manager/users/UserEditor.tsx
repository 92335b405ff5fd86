import { useId, useState } from 'react';
import type { PublicUser, Role } from '../../../../../shared/contract/users';
import type { PrivilegedAction } from '../../../components/privilegedAction';
import { ROLES } from '../../../../../shared/contract/users';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useT } from '../../../i18n/useT';
import { PermissionChecks } from './PermissionChecks';
import { PinField } from '../../../components/PinField';

/** Role and permissions, a new PIN (which also lifts a lockout), or deactivation of one user. */
export function UserEditor({
  user,
  onSave,
  onSetPin,
  onDeactivate,
  onClose,
}: {
  user: PublicUser;
  onSave(patch: { role: Role; permissions: PrivilegedAction[] }): Promise<boolean>;
  onSetPin(pin: string): Promise<boolean>;
  onDeactivate(): Promise<boolean>;
  onClose(): void;
}) {
  const t = useT();
  const ids = { role: useId(), pin: useId() };
  const [role, setRole] = useState<Role>(user.role);
  const [permissions, setPermissions] = useState<PrivilegedAction[]>(user.permissions);
  const [pin, setPin] = useState('');
  const [confirming, setConfirming] = useState(false);
  return (
    <section
      className="settings-form user-editor"
      aria-label={t('manager.users.editing', { name: user.displayName })}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !confirming) {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <h3>{t('manager.users.editing', { name: user.displayName })}</h3>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void onSave({ role, permissions });
        }}
      >
        <div className="form-field">
          <label htmlFor={ids.role}>{t('manager.users.role')}</label>
          <select id={ids.role} autoFocus value={role} onChange={(event) => setRole(ROLES.find((r) => r === event.target.value) ?? role)}>
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {t(`role.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <PermissionChecks value={permissions} onChange={setPermissions} locked={role === 'admin'} />
        <button type="submit">{t('manager.users.save')}</button>
      </form>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void onSetPin(pin).then((ok) => ok && setPin(''));
        }}
      >
        <label htmlFor={ids.pin}>{t('manager.users.newPin')}</label>
        <PinField
          id={ids.pin}
          value={pin}
          onDigits={setPin}
        />
        <button type="submit" disabled={pin.length < 4}>
          {t('manager.users.setPin')}
        </button>
      </form>
      <div className="form-actions">
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t('manager.users.deactivate')}
        </button>
        <button type="button" className="ghost" onClick={onClose}>
          {t('manager.users.close')}
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          danger
          title={t('manager.users.deactivate')}
          confirmLabel={t('manager.users.deactivate')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void onDeactivate().then((ok) => ok && onClose());
          }}
        >
          {t('manager.users.deactivateConfirm', { name: user.displayName })}
        </ConfirmDialog>
      )}
    </section>
  );
}
