import { useEffect } from 'react';
import { useSaleStore } from '../screens/cashier/state/saleStore';
import { useAppStore } from './appStore';

/**
 * Tells main how many lines the unsent basket has, whichever screen is showing: a
 * downloaded update must never restart the app over a basket being rung up.
 */
export function useTillActivityReport(): void {
  const api = useAppStore((state) => state.api);
  const draftLines = useSaleStore((state) => state.basket.lines.length);
  useEffect(() => {
    if (api) void api.call('updates.tillActivity', { draftLines });
  }, [api, draftLines]);
}
