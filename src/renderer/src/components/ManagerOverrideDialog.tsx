import { useId, useState } from 'react';
import type { Approval } from '../../../shared/contract/users';
import { useFormat } from '../i18n/format';
import { useT } from '../i18n/useT';
import { call } from '../state/call';
import { Dialog } from './Dialog';
import { PinPad } from './PinPad';
import type { PrivilegedAction } from './privilegedAction';
import { approversOf, useRoster } from './useRoster';

export type { PrivilegedAction } from './privilegedAction';

/**
 * A manager walks up, picks their name, types their PIN, and the one action on screen is
 * approved: main hands back a one-time token for exactly that action, which the caller
 * passes to the call that needs it. Nobody is signed out and nobody else is signed in.
 */
export function ManagerOverrideDialog({
  action,
  summary,
  onApproved,
  onCancel,
}: {
  action: PrivilegedAction;
  /** What is being approved, in words the manager checks before typing their PIN. */
  summary: string;
  onApproved(approval: Approval): void;
  onCancel(): void;
}) {
  const t = useT();
  const format = useFormat();
  const selectId = useId();
  const roster = useRoster();
  const approvers = roster.data === null ? null : approversOf(roster.data);
  const [chosen, setChosen] = useState('');
  const approverId = chosen || (approvers?.[0]?.id ?? '');
  const [busy, setBusy] = useState(false);

  const submit = async (pin: string) => {
    if (!approverId) return;
    setBusy(true);
    const result = await call('users.requestApproval', { approverId, pin, action });
    setBusy(false);
    if (result.ok) onApproved(result.value);
  };

  return (
    <Dialog title={t('override.title')} onCancel={onCancel} busy={busy} testId="manager-override">
      <p className="override-action">
        <strong>{t(`action.${action}`)}</strong>
        <br />
        {summary}
      </p>
      {approvers === null ? (
        <p aria-busy="true">{t('override.loading')}</p>
      ) : approvers.length === 0 ? (
        <p className="notice warn">{t('override.noApprovers')}</p>
      ) : (
        <>
          <div className="form-field">
            <label htmlFor={selectId}>{t('override.approver')}</label>
            <select id={selectId} value={approverId} disabled={busy} onChange={(event) => setChosen(event.target.value)}>
              {approvers.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.displayName} · {t(`role.${user.role}`)}
                  {user.lockedUntil ? ` · ${t('override.locked', { until: format.time(user.lockedUntil) })}` : ''}
                </option>
              ))}
            </select>
          </div>
          <PinPad autoFocus busy={busy} claims={['users.requestApproval']} onSubmit={(pin) => void submit(pin)} />
          {busy && <p aria-live="polite">{t('override.checking')}</p>}
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="ghost" disabled={busy} onClick={onCancel}>
          {t('dialog.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
