import { useEffect } from 'react';
import { useFormat } from '../../../i18n/format';
import { useT } from '../../../i18n/useT';
import { useAppStore } from '../../../state/appStore';
import { useCheckoutStore } from '../state/checkoutStore';
import type { CashierCommands } from '../useCashierCommands';

/**
 * A busy device and what it holds. It says one thing at a time: the open baskets that
 * block it (with what a manager can do about them), or that none shows any more and
 * sending again is the way on.
 */
export function DeviceBusy({ commands }: { commands: CashierCommands }) {
  const t = useT();
  const format = useFormat();
  const openBaskets = useCheckoutStore((state) => state.openBaskets);
  const loadOpenBaskets = useCheckoutStore((state) => state.loadOpenBaskets);
  const branchId = useAppStore((state) => state.settings?.tokenx.branchId ?? '');

  useEffect(() => {
    void loadOpenBaskets();
  }, [loadOpenBaskets]);

  if (openBaskets === null) return <p aria-busy="true">{t('cashier.status.readingDevice')}</p>;
  if (openBaskets.length === 0) return <p className="status-detail" data-testid="device-busy">{t('cashier.status.noOpenBaskets')}</p>;
  return (
    <div className="device-busy" data-testid="device-busy">
      <p className="status-detail">{t('cashier.status.busyHelp')}</p>
      <h3>{t('cashier.status.openBaskets')}</h3>
      <ul className="open-baskets">
        {openBaskets.map((basket) => (
          <li key={basket.basketID} data-testid="open-basket">
            <span>
              {basket.title || basket.basketID.slice(0, 8)} · {basket.total != null ? format.money(basket.total) : '—'}
              {basket.lockedBy ? ` · ${t('cashier.status.lockedBy', { terminal: basket.lockedBy })}` : ''}
            </span>
            <span className="row-actions">
              {basket.isLocked && (basket.branchId || branchId) && (
                <button type="button" className="ghost small" onClick={() => void commands.unlockDeviceBasket(basket.basketID, basket.branchId || branchId)}>
                  {t('cashier.action.unlock')}
                </button>
              )}
              <button type="button" className="danger small" onClick={() => void commands.deleteDeviceBasket(basket.basketID)} data-testid="delete-open-basket">
                {t('cashier.action.delete')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
