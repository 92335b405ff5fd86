import type { ReactNode } from 'react';
import { useState } from 'react';
import type { Approval } from '../../../shared/contract/users';
import type { PrivilegedAction } from './privilegedAction';
import type { Result } from '../../../shared/result';
import { ManagerOverrideDialog } from './ManagerOverrideDialog';

interface Pending {
  action: PrivilegedAction;
  summary: string;
  resolve(approval: Approval | null): void;
}

/**
 * Asks a manager to approve one action and waits for the answer: an approval, or null
 * when the dialog is cancelled. Render `dialog` somewhere in the screen.
 */
export function useApproval(): {
  ask(action: PrivilegedAction, summary: string): Promise<Approval | null>;
  /**
   * Runs `run` as the signed-in user; when main answers that this needs a manager's
   * approval, asks for it and runs again with the token.
   */
  withApproval<T>(action: PrivilegedAction, summary: string, run: (approvalToken?: string) => Promise<Result<T>>): Promise<Result<T> | null>;
  dialog: ReactNode;
} {
  const [pending, setPending] = useState<Pending | null>(null);
  const ask = (action: PrivilegedAction, summary: string) =>
    new Promise<Approval | null>((resolve) => setPending({ action, summary, resolve }));
  const withApproval = async <T,>(action: PrivilegedAction, summary: string, run: (approvalToken?: string) => Promise<Result<T>>) => {
    const first = await run();
    if (first.ok || first.error.code !== 'auth.approval-required') return first;
    const approval = await ask(action, summary);
    return approval ? run(approval.token) : null;
  };
  const finish = (approval: Approval | null) => {
    pending?.resolve(approval);
    setPending(null);
  };
  const dialog = pending ? (
    <ManagerOverrideDialog action={pending.action} summary={pending.summary} onApproved={finish} onCancel={() => finish(null)} />
  ) : null;
  return { ask, withApproval, dialog };
}
