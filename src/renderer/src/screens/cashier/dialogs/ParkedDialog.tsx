import { Dialog } from '../../../components/Dialog';
import { useFormat } from '../../../i18n/format';
import { useT } from '../../../i18n/useT';
import { call } from '../../../state/call';
import { useQuery } from '../../../state/useQuery';
import { useSaleStore } from '../state/saleStore';
import { refuseWith } from '../state/tillActions';

/** The baskets parked at this till, for the F11 dialog. */
const useParked = () => useQuery('basket.listParked', () => call('basket.listParked'));

/**
 * Park the basket on screen (main keeps it) or recall a parked one. Only a basket that
 * never left this till can be parked: the screen locks the basket once it is sent.
 */
export function ParkedDialog() {
  const t = useT();
  const format = useFormat();
  const basket = useSaleStore((state) => state.basket);
  const close = useSaleStore((state) => state.closeDialog);
  const parked = useParked().data;
  const hasLines = basket.lines.some((line) => !line.voided);

  const park = async () => {
    if ((await call('basket.park', { basket, label: '' })).ok) useSaleStore.getState().newSale();
  };

  const recall = async (basketId: string) => {
    // Said, not silently ignored: the basket on screen has to be parked or finished first.
    if (hasLines) return refuseWith('cashier.parked-not-empty', 'cashier.parked.mustBeEmpty');
    const result = await call('basket.recall', { basketId });
    if (!result.ok) return;
    useSaleStore.getState().load(result.value);
    close();
  };

  return (
    <Dialog title={t('cashier.parked.title')} onCancel={close} testId="parked-dialog">
      {hasLines && (
        <button type="button" data-autofocus onClick={() => void park()} data-testid="park-basket">
          {t('cashier.parked.park')}
        </button>
      )}
      {parked === null ? (
        <p aria-busy="true">{t('cashier.parked.loading')}</p>
      ) : parked.length === 0 ? (
        <p className="muted">{t('cashier.parked.none')}</p>
      ) : (
        <>
          {hasLines && <p className="muted small">{t('cashier.parked.mustBeEmpty')}</p>}
          <ul className="parked-list">
            {parked.map((entry) => (
              <li key={entry.basketId} data-testid="parked-basket">
                <span>
                  {format.time(entry.parkedAt)} · {entry.label || t('cashier.parked.lines', { count: entry.lineCount })} · <strong>{format.money(entry.totalKurus)}</strong>
                </span>
                <button type="button" aria-disabled={hasLines} onClick={() => void recall(entry.basketId)}>
                  {t('cashier.parked.recall')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="ghost" onClick={close}>
          {t('cashier.dialog.close')} <kbd>Esc</kbd>
        </button>
      </div>
    </Dialog>
  );
}
