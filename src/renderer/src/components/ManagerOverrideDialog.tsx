import { useState } from 'react';
import type { ApprovalRequest } from '../../../shared/approvals';
import type { Approval } from '../../../shared/contract/users';
import { useT } from '../i18n/useT';
import { call } from '../state/call';
import { useQuery } from '../state/useQuery';
import { Dialog } from './Dialog';
import { PersonAndPin } from './PersonAndPin';
import { bySeniority } from './useRoster';

export type { PrivilegedAction } from './privilegedAction';

/**
 * A manager walks up, picks their name, types their PIN, and the one request on screen
 * is approved: main hands back a one-time token for exactly that action on exactly that
 * subject, which the caller passes to the call that needs it. Only the users main would
 * accept for this request are offered (the permission, and for a discount a limit that
 * covers it), most senior first. Nobody is signed out and nobody else is signed in.
 */
export function ManagerOverrideDialog({
  request,
  summary,
  onApproved,
  onCancel,
}: {
  request: ApprovalRequest;
  /** What is being approved, in words the manager checks before typing their PIN. */
  summary: string;
  onApproved(approval: Approval): void;
  onCancel(): void;
}) {
  const t = useT();
  const approvers = useQuery(`users.approvers#${JSON.stringify(request)}`, () => call('users.approvers', { request })).data;
  const [busy, setBusy] = useState(false);

  const submit = async (approverId: string, pin: string) => {
    setBusy(true);
    const result = await call('users.requestApproval', { approverId, pin, request });
    setBusy(false);
    if (result.ok) onApproved(result.value);
  };

  return (
    <Dialog title={t('override.title')} onCancel={onCancel} busy={busy} testId="manager-override">
      <p className="override-action">
        <strong>{t(`action.${request.action}`)}</strong>
        <br />
        {summary}
      </p>
      {approvers === null ? (
        <p aria-busy="true">{t('override.loading')}</p>
      ) : approvers.length === 0 ? (
        <p className="notice warn">{t('override.noApprovers')}</p>
      ) : (
        <PersonAndPin label={t('override.approver')} people={bySeniority(approvers)} claims={['users.requestApproval']} onSubmit={submit} />
      )}
      <div className="dialog-actions">
        <button type="button" className="ghost" disabled={busy} onClick={onCancel}>
          {t('dialog.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
