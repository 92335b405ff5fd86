import { useEffect, useId, useState } from 'react';
import type { ApprovalRequest } from '../../../shared/approvals';
import type { Approval, RosterEntry } from '../../../shared/contract/users';
import type { AppError } from '../../../shared/result';
import { errorText } from '../i18n/translate';
import { useLanguage, useT } from '../i18n/useT';
import { useAppStore } from '../state/appStore';
import { Dialog } from './Dialog';
import { PinPad } from './PinPad';

export type { PrivilegedAction } from './privilegedAction';

const RANK = { cashier: 0, manager: 1, admin: 2 } as const;

/**
 * A manager walks up, picks their name, types their PIN, and the one request on screen
 * is approved: main hands back a one-time token for exactly that action on exactly that
 * subject, which the caller passes to the call that needs it. Only users main would
 * accept for this request are offered. Nobody is signed out and nobody else is signed in.
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
  const language = useLanguage();
  const api = useAppStore((state) => state.api);
  const selectId = useId();
  const [roster, setRoster] = useState<RosterEntry[] | null>(null);
  const [approverId, setApproverId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    if (!api) return;
    let live = true;
    void api.call('users.approvers', { request }).then((result) => {
      if (!live) return;
      if (!result.ok) {
        setError(result.error);
        setRoster([]);
        return;
      }
      // Main lists only users holding the permission (and, for a discount, a limit that covers it).
      const approvers = [...result.value].sort((a, b) => RANK[b.role] - RANK[a.role]);
      setRoster(approvers);
      setApproverId((current) => current || (approvers[0]?.id ?? ''));
    });
    return () => {
      live = false;
    };
  }, [api, request]);

  const submit = async (pin: string) => {
    if (!api || !approverId) return;
    setBusy(true);
    const result = await api.call('users.requestApproval', { approverId, pin, request });
    setBusy(false);
    if (result.ok) onApproved(result.value);
    else setError(result.error);
  };

  const timeText = (iso: string) =>
    new Intl.DateTimeFormat(language === 'tr' ? 'tr-TR' : 'en-GB', { timeStyle: 'short', timeZone: 'Europe/Istanbul' }).format(new Date(iso));

  return (
    <Dialog title={t('override.title')} onCancel={onCancel} busy={busy} testId="manager-override">
      <p className="override-action">
        <strong>{t(`action.${request.action}`)}</strong>
        <br />
        {summary}
      </p>
      {roster === null ? (
        <p aria-busy="true">{t('override.loading')}</p>
      ) : roster.length === 0 ? (
        <p className="notice warn">{t('override.noApprovers')}</p>
      ) : (
        <>
          <div className="form-field">
            <label htmlFor={selectId}>{t('override.approver')}</label>
            <select id={selectId} value={approverId} disabled={busy} onChange={(event) => setApproverId(event.target.value)}>
              {roster.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.displayName} · {t(`role.${user.role}`)}
                  {user.lockedUntil ? ` · ${t('override.locked', { until: timeText(user.lockedUntil) })}` : ''}
                </option>
              ))}
            </select>
          </div>
          <PinPad autoFocus busy={busy} error={error ? errorText(error, language) : null} onSubmit={(pin) => void submit(pin)} />
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
