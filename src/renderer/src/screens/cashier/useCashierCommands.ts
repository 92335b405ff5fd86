import type { ReactNode } from 'react';
import { useMemo } from 'react';
import type { PrivilegedAction } from '../../components/privilegedAction';
import { useSession } from '../../components/sessionStore';
import { useApproval } from '../../components/useApproval';
import { useT } from '../../i18n/useT';
import { basketLocked } from './state/catalogActions';
import { useCheckoutStore } from './state/checkoutStore';
import { useSaleStore } from './state/saleStore';
import { prepareSend } from './state/sendPreparation';

/** Everything the cashier can do from a key or a button, in one place so both paths behave the same. */
export interface CashierCommands {
  quantity(): void;
  discount(): void;
  payment(): void;
  customer(): void;
  parked(): void;
  price(): Promise<void>;
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
}

const permitted = (action: PrivilegedAction): boolean => useSession.getState().current?.user?.permissions.includes(action) ?? false;

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
    /** Runs `then` when the signed-in user may do `action`, or once a manager approves it on this screen. */
    const privileged = async (action: PrivilegedAction, summary: string): Promise<boolean> =>
      permitted(action) || (await ask(action, summary)) !== null;

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
      async price() {
        const line = selectedLine();
        if (!line || basketLocked()) return;
        if (await privileged('price-override', line.name)) sale().openDialog({ kind: 'price', lineId: line.id });
      },
      async voidOrCancel() {
        const current = checkout().current;
        if (current !== null) {
          if (current.state === 'on-device' && !current.cancelRequested) await checkout().cancel();
          return;
        }
        const line = selectedLine();
        if (!line || basketLocked()) return;
        if (await privileged('line-void', line.name)) sale().voidLine(line.id);
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
        const approval = await ask('device-basket-unlock', t('cashier.status.basketId', { id: basketId.slice(0, 8) }));
        if (approval) await checkout().unlockDeviceBasket(basketId, branchId, approval.token);
      },
      async deleteDeviceBasket(basketId) {
        const approval = await ask('device-basket-delete', t('cashier.status.basketId', { id: basketId.slice(0, 8) }));
        if (approval) await checkout().deleteDeviceBasket(basketId, approval.token);
      },
    };
  }, [ask, openForceOutcome, t]);

  return { commands, approvalDialog: dialog, ask, withApproval };
}
