import { useId, useState } from 'react';
import type { RosterEntry } from '../../../../shared/contract/users';
import { PinField } from '../PinField';
import { useSession } from '../sessionStore';
import { FailureNotice } from '../../feedback/FailureNotice';
import { useT } from '../../i18n/useT';
import { call } from '../../state/call';
import { RecoveryCodeNotice } from './RecoveryCodeNotice';

/**
 * The way back in when every admin PIN is lost or locked: the recovery code written down
 * at setup sets a new admin PIN and signs the admin in; main then shows a new code once.
 */
export function RecoverPanel({ roster, onCancel }: { roster: RosterEntry[]; onCancel(): void }) {
  const t = useT();
  const setSession = useSession((state) => state.set);
  const admins = roster.filter((user) => user.role === 'admin');
  const ids = { admin: useId(), code: useId(), pin: useId() };
  const [adminId, setAdminId] = useState(admins[0]?.id ?? '');
  const [code, setCode] = useState('');
  const [pin, setPin] = useState('');
  const [newCode, setNewCode] = useState<string | null>(null);

  const submit = async () => {
    const result = await call('users.recover', { adminId, code, pin });
    if (!result.ok) return;
    setNewCode(result.value.recoveryCode);
    setSession(result.value);
  };

  if (newCode !== null) return <RecoveryCodeNotice code={newCode} />;
  return (
    <form
      className="settings-form"
      aria-labelledby="recover-title"
      data-testid="recover"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h2 id="recover-title">{t('manager.recover.title')}</h2>
      <p>{t('manager.recover.text')}</p>
      <div className="form-grid">
        <div className="form-field">
          <label htmlFor={ids.admin}>{t('manager.recover.admin')}</label>
          <select id={ids.admin} value={adminId} onChange={(event) => setAdminId(event.target.value)}>
            {admins.map((admin) => (
              <option key={admin.id} value={admin.id}>
                {admin.displayName}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={ids.code}>{t('manager.recover.code')}</label>
          <input id={ids.code} autoComplete="off" spellCheck={false} value={code} onChange={(event) => setCode(event.target.value)} />
        </div>
        <div className="form-field">
          <label htmlFor={ids.pin}>{t('manager.recover.pin')}</label>
          <PinField id={ids.pin} value={pin} onDigits={setPin} />
        </div>
      </div>
      <FailureNotice claims={['users.recover']} />
      <div className="form-actions">
        <button type="submit">{t('manager.recover.submit')}</button>
        <button type="button" className="ghost" onClick={onCancel}>
          {t('dialog.cancel')}
        </button>
      </div>
    </form>
  );
}
