import { useId, useState } from 'react';
import { useFormat } from '../i18n/format';
import { useT } from '../i18n/useT';
import { PinPad } from './PinPad';
import type { RosterEntry } from './useRoster';

/**
 * Who (a name from the list, with role and any lockout) and their PIN: the sign-in and
 * the manager's approval ask the same way. The PIN field has the cursor.
 */
export function PersonAndPin({
  label,
  people,
  claims,
  submitLabel,
  onSubmit,
}: {
  label: string;
  people: readonly RosterEntry[];
  /** The call that checks the PIN: what main says about it shows under the field. */
  claims: readonly string[];
  submitLabel?: string;
  onSubmit(userId: string, pin: string): Promise<unknown>;
}) {
  const t = useT();
  const format = useFormat();
  const selectId = useId();
  const [chosen, setChosen] = useState('');
  const userId = chosen || (people[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  const submit = async (pin: string) => {
    if (!userId) return;
    setBusy(true);
    await onSubmit(userId, pin);
    setBusy(false);
  };
  return (
    <>
      <div className="form-field">
        <label htmlFor={selectId}>{label}</label>
        <select id={selectId} value={userId} disabled={busy} onChange={(event) => setChosen(event.target.value)}>
          {people.map((user) => (
            <option key={user.id} value={user.id}>
              {user.displayName} · {t(`role.${user.role}`)}
              {user.lockedUntil ? ` · ${t('override.locked', { until: format.time(user.lockedUntil) })}` : ''}
            </option>
          ))}
        </select>
      </div>
      <PinPad autoFocus busy={busy} claims={claims} submitLabel={submitLabel} onSubmit={(pin) => void submit(pin)} />
      {busy && <p aria-live="polite">{t('override.checking')}</p>}
    </>
  );
}
