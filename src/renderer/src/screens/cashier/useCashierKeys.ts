import { useEffect } from 'react';
import { useAppStore } from '../../state/appStore';
import type { CashierCommands } from './useCashierCommands';

/**
 * The cashier's function keys (F1–F3, F12 and ? belong to the shell). They work from any
 * field on this screen, and not while a dialog or the help is open: there Enter and Esc
 * answer the dialog.
 */
export function useCashierKeys(commands: CashierCommands): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (useAppStore.getState().helpOpen || document.querySelector('[aria-modal="true"]')) return;
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
      if (!action) return;
      // F5 reloads and F11 goes full screen in a browser; here they are till keys.
      event.preventDefault();
      void action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [commands]);
}
