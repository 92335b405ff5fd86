import { useEffect } from 'react';
import { useSaleStore } from './state/saleStore';
import { callInBackground } from '../../state/call';

/**
 * Tells main how many lines the unsent basket has, whichever screen is showing: a
 * downloaded update must never restart the app over a basket being rung up.
 */
export function useTillActivityReport(): void {
  const draftLines = useSaleStore((state) => state.basket.lines.length);
  useEffect(() => {
    void callInBackground('updates.tillActivity', { draftLines });
  }, [draftLines]);
}
