import { useEffect } from 'react';
import { attachTypeToEntry } from '../../scanner/typeToEntry';
import { useAppStore } from '../../state/appStore';
import { entryField } from './focus';
import { useCheckoutStore } from './state/checkoutStore';

/** What the till needs running while it is on screen: the checkout mirror, the target device, and typing that lands in the entry field. */
export function useTillSetup(): void {
  useEffect(() => {
    void useCheckoutStore.getState().start();
  }, []);

  const terminalId = useAppStore((state) => state.settings?.tokenx.terminalId);
  const tokenxMode = useAppStore((state) => state.training?.services.tokenx);
  useEffect(() => {
    // Another device has other departments: read them again before the next send.
    void useCheckoutStore.getState().loadTarget();
  }, [terminalId, tokenxMode]);

  // A character typed with focus on no field (a scan after a click) lands in the entry field.
  useEffect(() => attachTypeToEntry(window, entryField), []);
}
