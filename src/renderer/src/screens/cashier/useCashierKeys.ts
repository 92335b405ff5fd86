import { useEffect } from 'react';
import { useAppStore } from '../../state/appStore';
import { anyDialogOpen } from '../../state/dialogStack';
import type { CashierCommands } from './useCashierCommands';

/**
 * The cashier's function keys (F1–F3 and F12 belong to the shell). They work from any
 * field on this screen, and not while a dialog, a warning or the help is open: there
 * Enter and Esc answer it.
 */
export function useCashierKeys(commands: CashierCommands): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const run: Record<string, () => void | Promise<void>> = {
        F4: commands.quantity,
        F5: commands.discount,
        F6: commands.payment,
        F7: commands.customer,
        F8: commands.voidOrCancel,
        F9: commands.price,
        F10: commands.primary,
        F11: commands.parked,
      };
      const action = run[event.key];
      if (!action || event.altKey || event.ctrlKey) return;
      // F5 reloads and F11 goes full screen in a browser; here they are till keys, even while they wait.
      event.preventDefault();
      if (useAppStore.getState().helpOpen || anyDialogOpen()) return;
      void action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [commands]);
}
