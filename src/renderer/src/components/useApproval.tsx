import type { ReactNode } from 'react';
import { useState } from 'react';
import type { ApprovalRequest } from '../../../shared/approvals';
import type { Approval } from '../../../shared/contract/users';
import type { Result } from '../../../shared/result';
import { ManagerOverrideDialog } from './ManagerOverrideDialog';

interface Pending {
  request: ApprovalRequest;
  summary: string;
  resolve(approval: Approval | null): void;
}

/**
 * Asks a manager to approve one request (an action on one subject: this order and
 * amount, this line and price) and waits for the answer: an approval good for exactly
 * that, or null when the dialog is cancelled. Render `dialog` somewhere in the screen.
 */
export function useApproval(): {
  ask(request: ApprovalRequest, summary: string): Promise<Approval | null>;
  /**
   * Runs `run` as the signed-in user; when main answers that this needs a manager's
   * approval, asks for one bound to `request` and runs again with the token.
   */
  withApproval<T>(request: ApprovalRequest, summary: string, run: (approvalToken?: string) => Promise<Result<T>>): Promise<Result<T> | null>;
  dialog: ReactNode;
} {
  const [pending, setPending] = useState<Pending | null>(null);
  const ask = (request: ApprovalRequest, summary: string) =>
    new Promise<Approval | null>((resolve) => setPending({ request, summary, resolve }));
  const withApproval = async <T,>(request: ApprovalRequest, summary: string, run: (approvalToken?: string) => Promise<Result<T>>) => {
    const first = await run();
    if (first.ok || first.error.code !== 'auth.approval-required') return first;
    const approval = await ask(request, summary);
    return approval ? run(approval.token) : null;
  };
  const finish = (approval: Approval | null) => {
    pending?.resolve(approval);
    setPending(null);
  };
  const dialog = pending ? (
    <ManagerOverrideDialog request={pending.request} summary={pending.summary} onApproved={finish} onCancel={() => finish(null)} />
  ) : null;
  return { ask, withApproval, dialog };
}
