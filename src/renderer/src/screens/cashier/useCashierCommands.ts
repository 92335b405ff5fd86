import type { ReactNode } from 'react';
import { useMemo } from 'react';
import type { ForcibleOutcome, RecoveryDecision } from '../../../../shared/checkout/checkoutState';
import type { TillEdit } from '../../../../shared/contract/till';
import { approvalForEdit } from '../../../../shared/contract/till';
import { useApproval } from '../../components/useApproval';
import { useT } from '../../i18n/useT';
import { call } from '../../state/call';
import { useFailures } from '../../state/failures';
import { useCheckoutStore } from './state/checkoutStore';
import { useSaleStore } from './state/saleStore';
import { basketLocked, fromLastSession, isRetryable, liveLineCount, primaryAction, selectedLine } from './state/selectors';
import { prepareSend } from './state/sendPreparation';
import { DOCUMENT_TYPE, overReceiptLimit } from '../../../../shared/basket/wire';
import { voidEdit } from './state/tillEdits';
import { refuseWith, scansSettled, startNewSale } from './state/tillActions';

/** Everything the cashier can do from a key or a button, in one place so both paths behave the same. */
export interface CashierCommands {
  quantity(): void;
  discount(): void;
  payment(): void;
  customer(): void;
  parked(): void;
  price(): void;
  /** F8: void the selected line while building, cancel on the device while it waits there. */
  voidOrCancel(): Promise<void>;
  /** F10: send while building, check again while unsettled, send again after a refusal, new sale once paid. */
  primary(): Promise<void>;
  /** Sends a receipt above the device's receipt limit, once the cashier has confirmed the customer wants no invoice. */
  sendAsReceipt(): Promise<void>;
  cancelOnDevice(): Promise<void>;
  checkAgain(): Promise<void>;
  openForceOutcome(): void;
  forceOutcome(outcome: ForcibleOutcome, note: string): Promise<void>;
  /** A new sale; lines that were never paid are dropped only after the cashier confirms. */
  newSale(): void;
  unlockDeviceBasket(basketId: string, branchId: string): Promise<void>;
  deleteDeviceBasket(basketId: string): Promise<void>;
  /** An old basket TokenX never saw: send it again at once, or drop it once the cashier confirms. */
  decide(basketId: string, decision: RecoveryDecision): Promise<void>;
  /** A manager has checked a basket the device contradicted (a possible double sale). */
  acknowledgeAlert(basketId: string): Promise<void>;
  /**
   * Asks main whether the signed-in user may make this edit (a manager approves it on
   * this screen when needed) and has it written to the audit log; true when it may be applied.
   */
  authorizeEdit(edit: TillEdit, summary: string): Promise<boolean>;
}

const sale = () => useSaleStore.getState();
const checkout = () => useCheckoutStore.getState();

/** Whether the basket may change now; when not, the cashier is told why rather than left with a dead key. */
function editable(): boolean {
  if (!basketLocked(checkout())) return true;
  refuseWith('cashier.basket-locked', 'cashier.refused.locked');
  return false;
}

function withSelection(run: (lineId: string, name: string) => void | Promise<void>): void | Promise<void> {
  if (!editable()) return;
  const line = selectedLine(sale());
  if (line === null) return refuseWith('cashier.no-selection', 'cashier.refused.noSelection');
  return run(line.id, line.name);
}

/**
 * Sends the basket on screen, with every item scanned before F10; after a refusal the
 * same lines go again as a new basket. A receipt above the device's receipt limit
 * (reference §2.3, §6: an invoice is required there) waits for the cashier first.
 */
async function send(aboveLimitConfirmed = false): Promise<void> {
  await scansSettled();
  if (useFailures.getState().current !== null) return;
  const prepared = prepareSend(sale().basket, checkout().sections);
  if (!prepared.ok) {
    const [first] = prepared.problems;
    if (first) useFailures.getState().report(first, 'till');
    return;
  }
  const limitKurus = checkout().receiptLimit;
  const documentType = prepared.wire.documentType ?? DOCUMENT_TYPE.receipt;
  if (!aboveLimitConfirmed && limitKurus !== null && overReceiptLimit(documentType, prepared.totalKurus, limitKurus)) {
    sale().openDialog({ kind: 'over-receipt-limit', totalKurus: prepared.totalKurus, limitKurus });
    return;
  }
  if (isRetryable(checkout().current)) checkout().dismiss();
  await checkout().send(prepared.wire);
}

export function useCashierCommands(): { commands: CashierCommands; approvalDialog: ReactNode; withApproval: ReturnType<typeof useApproval>['withApproval'] } {
  const t = useT();
  const { ask, withApproval, dialog } = useApproval();

  const commands = useMemo<CashierCommands>(() => {
    const authorizeEdit = async (edit: TillEdit, summary: string): Promise<boolean> => {
      const basketId = sale().basket.id;
      const result = await withApproval(approvalForEdit(basketId, edit), summary, (approvalToken) =>
        call('till.authorizeEdit', approvalToken === undefined ? { basketId, edit } : { basketId, edit, approvalToken }),
      );
      return result !== null && result.ok;
    };
    const basketSubject = (basketId: string) => t('cashier.status.basketId', { id: basketId.slice(0, 8) });

    return {
      quantity: () => withSelection((lineId) => sale().openDialog({ kind: 'quantity', lineId })),
      discount() {
        if (!editable()) return;
        if (liveLineCount(sale()) === 0) return refuseWith('cashier.basket-empty', 'cashier.refused.empty');
        sale().openDialog({ kind: 'discount', lineId: selectedLine(sale())?.id ?? null });
      },
      payment: () => editable() && sale().openDialog({ kind: 'payment' }),
      customer: () => editable() && sale().openDialog({ kind: 'customer' }),
      parked: () => editable() && sale().openDialog({ kind: 'parked' }),
      // Main decides about the new price once it is typed: it may need a manager's approval for exactly that price.
      price: () => withSelection((lineId) => sale().openDialog({ kind: 'price', lineId })),
      async voidOrCancel() {
        const current = checkout().current;
        if (current !== null && !current.final) {
          if (current.state === 'on-device' && !current.cancelRequested) await checkout().cancel();
          return;
        }
        await withSelection(async (lineId, name) => {
          const line = selectedLine(sale());
          if (line && (await authorizeEdit(voidEdit(line), name))) sale().voidLine(lineId);
        });
      },
      async primary() {
        switch (primaryAction(checkout())) {
          case 'send':
          case 'resend':
            return send();
          case 'check':
            return checkout().checkAgain();
          case 'new-sale':
            return startNewSale();
        }
      },
      async sendAsReceipt() {
        sale().closeDialog();
        await send(true);
      },
      cancelOnDevice: () => checkout().cancel(),
      checkAgain: () => checkout().checkAgain(),
      openForceOutcome: () => sale().openDialog({ kind: 'force-outcome' }),
      async forceOutcome(outcome, note) {
        sale().closeDialog();
        const basketId = checkout().current?.basketId;
        if (basketId === undefined) return;
        const approval = await ask({ action: 'force-outcome', subject: { basketId, outcome } }, t(`cashier.status.${outcome}`));
        if (approval) await checkout().forceOutcome(outcome, approval.token, note);
      },
      newSale() {
        const unpaid = isRetryable(checkout().current) && fromLastSession(checkout()) === null && liveLineCount(sale()) > 0;
        if (unpaid) sale().openDialog({ kind: 'drop-basket' });
        else startNewSale();
      },
      async unlockDeviceBasket(basketId, branchId) {
        const approval = await ask({ action: 'device-basket-unlock', subject: { basketId } }, basketSubject(basketId));
        if (approval) await checkout().unlockDeviceBasket(basketId, branchId, approval.token);
      },
      async deleteDeviceBasket(basketId) {
        const approval = await ask({ action: 'device-basket-delete', subject: { basketId } }, basketSubject(basketId));
        if (approval) await checkout().deleteDeviceBasket(basketId, approval.token);
      },
      async decide(basketId, decision) {
        if (decision === 'drop') sale().openDialog({ kind: 'drop-old-basket', basketId });
        else await checkout().decide(basketId, decision);
      },
      async acknowledgeAlert(basketId) {
        const approval = await ask({ action: 'force-outcome', subject: { basketId, outcome: 'alert-acknowledged' } }, t('cashier.alert.approval', { id: basketId.slice(0, 8) }));
        if (approval) await checkout().acknowledgeAlert(basketId, approval.token);
      },
      authorizeEdit,
    };
  }, [ask, withApproval, t]);

  return { commands, approvalDialog: dialog, withApproval };
}
