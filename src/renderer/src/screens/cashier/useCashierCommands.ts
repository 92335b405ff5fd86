import type { ReactNode } from 'react';
import { useMemo } from 'react';
import type { TillEdit } from '../../../../shared/contract/till';
import { approvalForEdit } from '../../../../shared/contract/till';
import { useApproval } from '../../components/useApproval';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../state/appStore';
import { basketLocked } from './state/catalogActions';
import { useCheckoutStore } from './state/checkoutStore';
import { useSaleStore } from './state/saleStore';
import { prepareSend } from './state/sendPreparation';
import { voidEdit } from './state/tillEdits';

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
  /** F10: send while building, check again while unsettled, new sale once settled. */
  primary(): Promise<void>;
  send(): Promise<void>;
  cancelOnDevice(): Promise<void>;
  checkAgain(): Promise<void>;
  openForceOutcome(): void;
  backToBasket(): void;
  newSale(): void;
  unlockDeviceBasket(basketId: string, branchId: string): Promise<void>;
  deleteDeviceBasket(basketId: string): Promise<void>;
  /**
   * Asks main whether the signed-in user may make this edit (a manager approves it on
   * this screen when needed) and has it written to the audit log; true when it may be applied.
   */
  authorizeEdit(edit: TillEdit, summary: string): Promise<boolean>;
}

export function useCashierCommands(openForceOutcome: () => void): {
  commands: CashierCommands;
  approvalDialog: ReactNode;
  ask: ReturnType<typeof useApproval>['ask'];
  withApproval: ReturnType<typeof useApproval>['withApproval'];
} {
  const t = useT();
  const { ask, withApproval, dialog } = useApproval();

  const commands = useMemo<CashierCommands>(() => {
    const sale = () => useSaleStore.getState();
    const checkout = () => useCheckoutStore.getState();
    const selectedLine = () => {
      const { basket, selectedLineId } = sale();
      return basket.lines.find((line) => line.id === selectedLineId && !line.voided) ?? null;
    };
    const authorizeEdit = async (edit: TillEdit, summary: string): Promise<boolean> => {
      const api = useAppStore.getState().api;
      if (!api) return false;
      const basketId = sale().basket.id;
      const result = await withApproval(approvalForEdit(basketId, edit), summary, (approvalToken) =>
        api.call('till.authorizeEdit', approvalToken === undefined ? { basketId, edit } : { basketId, edit, approvalToken }),
      );
      if (result === null) return false;
      if (!result.ok) sale().notify(result.error);
      return result.ok;
    };

    const newSale = () => {
      checkout().dismiss();
      if (checkout().current === null) sale().newSale();
    };

    const send = async () => {
      if (checkout().current !== null || checkout().sending) return;
      const prepared = prepareSend(sale().basket, checkout().sections);
      if (!prepared.ok) {
        prepared.problems.forEach((problem) => sale().notify(problem));
        return;
      }
      await checkout().send(prepared.wire);
    };

    return {
      quantity() {
        const line = selectedLine();
        if (line && !basketLocked()) sale().openDialog({ kind: 'quantity', lineId: line.id });
      },
      discount() {
        if (!basketLocked() && sale().basket.lines.some((line) => !line.voided)) {
          sale().openDialog({ kind: 'discount', lineId: selectedLine()?.id ?? null });
        }
      },
      payment() {
        if (!basketLocked()) sale().openDialog({ kind: 'payment' });
      },
      customer() {
        if (!basketLocked()) sale().openDialog({ kind: 'customer' });
      },
      parked() {
        if (!basketLocked()) sale().openDialog({ kind: 'parked' });
      },
      price() {
        const line = selectedLine();
        if (line && !basketLocked()) sale().openDialog({ kind: 'price', lineId: line.id });
      },
      async voidOrCancel() {
        const current = checkout().current;
        if (current !== null) {
          if (current.state === 'on-device' && !current.cancelRequested) await checkout().cancel();
          return;
        }
        const line = selectedLine();
        if (!line || basketLocked()) return;
        if (await authorizeEdit(voidEdit(line), line.name)) sale().voidLine(line.id);
      },
      async primary() {
        const current = checkout().current;
        if (current === null) await send();
        else if (!current.final) await checkout().checkAgain();
        else newSale();
      },
      send,
      cancelOnDevice: () => checkout().cancel(),
      checkAgain: () => checkout().checkAgain(),
      openForceOutcome,
      backToBasket() {
        // The same lines go back to editing under a fresh id: the settled basket stays settled in the journal.
        const { current } = checkout();
        if (current === null || !current.final) return;
        checkout().dismiss();
        if (checkout().current === null) sale().load({ ...sale().basket, id: crypto.randomUUID() });
      },
      newSale,
      async unlockDeviceBasket(basketId, branchId) {
        const approval = await ask(
          { action: 'device-basket-unlock', subject: { basketId } },
          t('cashier.status.basketId', { id: basketId.slice(0, 8) }),
        );
        if (approval) await checkout().unlockDeviceBasket(basketId, branchId, approval.token);
      },
      async deleteDeviceBasket(basketId) {
        const approval = await ask(
          { action: 'device-basket-delete', subject: { basketId } },
          t('cashier.status.basketId', { id: basketId.slice(0, 8) }),
        );
        if (approval) await checkout().deleteDeviceBasket(basketId, approval.token);
      },
      authorizeEdit,
    };
  }, [ask, withApproval, openForceOutcome, t]);

  return { commands, approvalDialog: dialog, ask, withApproval };
}
