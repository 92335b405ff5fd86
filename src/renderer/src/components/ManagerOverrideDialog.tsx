import { useState } from 'react';
import type { Approval } from '../../../shared/contract/users';
import { useT } from '../i18n/useT';
import { call } from '../state/call';
import { Dialog } from './Dialog';
import { PersonAndPin } from './PersonAndPin';
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
  const roster = useRoster();
  const approvers = roster.data === null ? null : approversOf(roster.data);
  const [busy, setBusy] = useState(false);

  const submit = async (approverId: string, pin: string) => {
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
        <PersonAndPin label={t('override.approver')} people={approvers} claims={['users.requestApproval']} onSubmit={submit} />
      )}
      <div className="dialog-actions">
        <button type="button" className="ghost" disabled={busy} onClick={onCancel}>
          {t('dialog.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
