import { canForce } from '../../../../../shared/checkout/checkoutRules';
import type { CheckoutEntry } from '../../../../../shared/checkout/checkoutState';
import { useT } from '../../../i18n/useT';
import { useCheckoutStore } from '../state/checkoutStore';
import { primaryAction } from '../state/selectors';
import type { CashierCommands } from '../useCashierCommands';

/** Only the actions that are safe in the basket's state, each with its key where it has one. */
export function StatusActions({ entry, commands }: { entry: CheckoutEntry; commands: CashierCommands }) {
  const t = useT();
  const working = useCheckoutStore((state) => state.working);
  const f10 = useCheckoutStore(primaryAction);
  return (
    <div className="status-actions">
      {entry.state === 'awaiting-decision' && (
        <>
          <button type="button" disabled={working} onClick={() => void commands.decide(entry.basketId, 'resend')} data-testid="decide-resend">
            {t('cashier.decide.resend')}
          </button>
          <button type="button" className="ghost" disabled={working} onClick={() => void commands.decide(entry.basketId, 'drop')} data-testid="decide-drop">
            {t('cashier.decide.drop')}
          </button>
        </>
      )}
      {entry.state === 'on-device' && !entry.cancelRequested && (
        <button type="button" className="danger" disabled={working} onClick={() => void commands.cancelOnDevice()} data-testid="cancel-on-device">
          <kbd>F8</kbd> {t('cashier.action.cancelOnDevice')}
        </button>
      )}
      {!entry.final && entry.state !== 'awaiting-decision' && (
        <button type="button" disabled={working} onClick={() => void commands.checkAgain()} data-testid="check-again">
          <kbd>F10</kbd> {t('cashier.action.checkAgain')}
        </button>
      )}
      {canForce(entry) && (
        <button type="button" className="ghost" disabled={working} onClick={commands.openForceOutcome} data-testid="force-outcome">
          {t('cashier.action.force')}
        </button>
      )}
      {entry.final && (
        <button type="button" className={f10 === 'new-sale' ? '' : 'ghost'} onClick={commands.newSale} data-testid="new-sale">
          {f10 === 'new-sale' && <kbd>F10</kbd>} {t('cashier.action.newSale')}
        </button>
      )}
    </div>
  );
}
